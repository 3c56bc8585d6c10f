using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Webhooks.Commands.ReplayWebhookDelivery;

/// <summary>
/// A coordinator sends a dead-lettered delivery again: it becomes pending with a fresh set of attempts and exactly
/// the same body and webhook-id, so a partner that did get it can recognise the duplicate.
/// </summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record ReplayWebhookDeliveryCommand(Guid Id) : IRequest<WebhookDeliveryDto>;

public sealed class ReplayWebhookDeliveryHandler(IAppDbContext db, TimeProvider clock)
    : IRequestHandler<ReplayWebhookDeliveryCommand, WebhookDeliveryDto>
{
    public async Task<WebhookDeliveryDto> Handle(ReplayWebhookDeliveryCommand request, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Webhook delivery", request.Id);

        if (message.DeadLetteredAt is null)
        {
            throw new ConflictException(message.DeliveredAt is null
                ? "Only a dead-lettered delivery can be replayed; this one is still pending."
                : "Only a dead-lettered delivery can be replayed; this one was delivered.");
        }

        var subscription = await (
                from s in db.WebhookSubscriptions
                join p in db.PartnerOrganisations on s.PartnerOrganisationId equals p.Id
                where s.Id == message.SubscriptionId
                select new { s.Url, s.IsActive, PartnerName = p.Name })
            .SingleAsync(cancellationToken);
        if (!subscription.IsActive)
        {
            throw new ConflictException("The partner deleted this webhook subscription; the delivery cannot be replayed.");
        }

        message.Replay(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        // The state the replay left, not a fresh read: the dispatcher may already be sending it.
        return new WebhookDeliveryDto(
            message.Id,
            message.SubscriptionId,
            subscription.Url,
            subscription.PartnerName,
            message.EventType,
            message.SubjectId,
            WebhookDeliveryState.Pending,
            message.Attempts,
            message.LastError,
            message.CreatedAt,
            message.NextAttemptAt,
            message.DeliveredAt,
            message.DeadLetteredAt);
    }
}
