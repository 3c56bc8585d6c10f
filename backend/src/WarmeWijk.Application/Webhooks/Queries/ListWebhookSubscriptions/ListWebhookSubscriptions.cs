using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Webhooks.Queries.ListWebhookSubscriptions;

/// <summary>The caller's own active subscriptions, oldest first, without their secrets.</summary>
[RequiresRole(Role.Partner)]
public sealed record ListWebhookSubscriptionsQuery : IRequest<ListResponse<WebhookSubscriptionDto>>;

public sealed class ListWebhookSubscriptionsHandler(IAppDbContext db, ICurrentUser currentUser)
    : IRequestHandler<ListWebhookSubscriptionsQuery, ListResponse<WebhookSubscriptionDto>>
{
    public async Task<ListResponse<WebhookSubscriptionDto>> Handle(ListWebhookSubscriptionsQuery request, CancellationToken cancellationToken)
    {
        var partnerId = WebhookRules.PartnerOrganisationOf(currentUser);
        var items = await db.WebhookSubscriptions.AsNoTracking()
            .Where(s => s.PartnerOrganisationId == partnerId && s.IsActive)
            .OrderBy(s => s.CreatedAt)
            .Select(s => new WebhookSubscriptionDto(s.Id, s.Url, s.CreatedAt))
            .ToListAsync(cancellationToken);
        return new ListResponse<WebhookSubscriptionDto>(items, items.Count);
    }
}
