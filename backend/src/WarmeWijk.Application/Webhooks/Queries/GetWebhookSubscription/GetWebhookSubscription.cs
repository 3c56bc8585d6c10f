using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Webhooks.Queries.GetWebhookSubscription;

/// <summary>One of the caller's own active subscriptions, without its secret.</summary>
[RequiresRole(Role.Partner)]
public sealed record GetWebhookSubscriptionQuery(Guid Id) : IRequest<WebhookSubscriptionDto>;

public sealed class GetWebhookSubscriptionHandler(IAppDbContext db, ICurrentUser currentUser)
    : IRequestHandler<GetWebhookSubscriptionQuery, WebhookSubscriptionDto>
{
    public async Task<WebhookSubscriptionDto> Handle(GetWebhookSubscriptionQuery request, CancellationToken cancellationToken)
    {
        var partnerId = WebhookRules.PartnerOrganisationOf(currentUser);
        return await db.WebhookSubscriptions.AsNoTracking()
            .Where(s => s.Id == request.Id && s.PartnerOrganisationId == partnerId && s.IsActive)
            .Select(s => new WebhookSubscriptionDto(s.Id, s.Url, s.CreatedAt))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Webhook subscription", request.Id);
    }
}
