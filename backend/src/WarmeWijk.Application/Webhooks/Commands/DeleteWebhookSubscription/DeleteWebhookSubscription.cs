using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Webhooks.Commands.DeleteWebhookSubscription;

/// <summary>
/// A partner stops a subscription. It is deactivated, not deleted, so the coordinator keeps the delivery history;
/// messages still waiting for it are dead-lettered by the dispatcher instead of being sent.
/// </summary>
[RequiresRole(Role.Partner)]
public sealed record DeleteWebhookSubscriptionCommand(Guid Id) : IRequest<Unit>;

public sealed class DeleteWebhookSubscriptionHandler(IAppDbContext db, ICurrentUser currentUser)
    : IRequestHandler<DeleteWebhookSubscriptionCommand, Unit>
{
    public async Task<Unit> Handle(DeleteWebhookSubscriptionCommand request, CancellationToken cancellationToken)
    {
        var partnerId = WebhookRules.PartnerOrganisationOf(currentUser);

        // Another partner's subscription, or one already deleted, is indistinguishable from a missing one.
        var subscription = await db.WebhookSubscriptions
            .SingleOrDefaultAsync(s => s.Id == request.Id && s.PartnerOrganisationId == partnerId && s.IsActive, cancellationToken)
            ?? throw new NotFoundException("Webhook subscription", request.Id);

        subscription.Deactivate();
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
