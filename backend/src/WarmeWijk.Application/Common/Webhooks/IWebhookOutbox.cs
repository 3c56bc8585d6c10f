namespace WarmeWijk.Application.Common.Webhooks;

/// <summary>
/// Writes webhook events to the transactional outbox. <see cref="Enqueue"/> only adds rows to the current unit of
/// work: they are saved by the caller's own <c>SaveChangesAsync</c>, in the same transaction as the change they
/// report, and delivered later by a background worker. Nothing is written if the caller never saves.
/// </summary>
public interface IWebhookOutbox
{
    /// <summary>
    /// Adds one message per active webhook subscription of the partner organisation (none if it has none). The JSON
    /// body is fixed now: <c>{"type": eventType, "timestamp": ISO-8601 UTC, "data": data}</c>, camelCase.
    /// Messages about the same <paramref name="subjectId"/> are delivered in the order they were enqueued.
    /// </summary>
    /// <param name="partnerOrganisationId">The partner whose subscriptions receive the event.</param>
    /// <param name="eventType">One of <see cref="WebhookEventTypes"/>, at most 60 characters.</param>
    /// <param name="subjectId">The resource the event is about (e.g. the referral).</param>
    /// <param name="data">The event's data: only what the partner may see (minimum data).</param>
    void Enqueue(Guid partnerOrganisationId, string eventType, Guid subjectId, object data);
}

/// <summary>The event types partners can receive.</summary>
public static class WebhookEventTypes
{
    /// <summary>A referral to the partner changed status; the subject is the referral.</summary>
    public const string ReferralStatusChanged = "referral.status_changed";
}
