using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Webhooks;

/// <summary>
/// One webhook event for one subscription, written in the same transaction as the change it reports and
/// delivered later by a background worker. Messages about the same subject are delivered in order.
/// </summary>
public sealed class OutboxMessage : TenantOwnedEntity
{
    private OutboxMessage()
    {
        EventType = string.Empty;
        Payload = string.Empty;
    }

    public OutboxMessage(Guid subscriptionId, string eventType, Guid subjectId, string payload, DateTimeOffset createdAt)
    {
        SubscriptionId = subscriptionId;
        EventType = eventType;
        SubjectId = subjectId;
        Payload = payload;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public Guid SubscriptionId { get; private set; }

    public string EventType { get; private set; }

    /// <summary>The referral (or other resource) the event is about; delivery keeps order per subject.</summary>
    public Guid SubjectId { get; private set; }

    /// <summary>The JSON body, fixed at write time so that a replay sends exactly the same bytes.</summary>
    public string Payload { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public DateTimeOffset? DeadLetteredAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Which worker holds the message and until when, so two API instances never deliver it twice.</summary>
    public string? LeasedBy { get; private set; }

    public DateTimeOffset? LeasedUntil { get; private set; }

    public bool IsPending => DeliveredAt is null && DeadLetteredAt is null;

    public void Lease(string worker, DateTimeOffset until) => (LeasedBy, LeasedUntil) = (worker, until);

    public void MarkDelivered(DateTimeOffset at)
    {
        Attempts++;
        DeliveredAt = at;
        (LeasedBy, LeasedUntil, LastError) = (null, null, null);
    }

    public void MarkFailed(string error, DateTimeOffset at, DateTimeOffset? retryAt)
    {
        Attempts++;
        LastError = error.Length <= 1000 ? error : error[..1000];
        (LeasedBy, LeasedUntil) = (null, null);
        if (retryAt is { } next)
        {
            NextAttemptAt = next;
        }
        else
        {
            DeadLetteredAt = at;
        }
    }

    /// <summary>A coordinator sends a dead-lettered message again.</summary>
    public void Replay(DateTimeOffset at)
    {
        if (DeadLetteredAt is null)
        {
            throw new DomainRuleException("Only a dead-lettered message can be replayed.");
        }

        (DeadLetteredAt, NextAttemptAt, Attempts, LastError) = (null, at, 0, null);
    }
}
