namespace WarmeWijk.Application.Webhooks;

/// <summary>A new subscription, with its signing secret: the only time the secret is shown.</summary>
public sealed record CreatedWebhookSubscriptionDto(Guid Id, string Url, string Secret, DateTimeOffset CreatedAt);

/// <summary>A subscription as its partner sees it later (never with the secret).</summary>
public sealed record WebhookSubscriptionDto(Guid Id, string Url, DateTimeOffset CreatedAt);

public enum WebhookDeliveryState
{
    /// <summary>Not delivered yet: waiting for its first attempt or for a retry.</summary>
    Pending,

    /// <summary>Pending, after at least one failed attempt.</summary>
    Failed,

    /// <summary>Given up after the maximum number of attempts; a coordinator can replay it.</summary>
    Dead,

    Delivered,
}

/// <summary>One outbox message as the coordinator sees it: its delivery state, never its payload.</summary>
public sealed record WebhookDeliveryDto(
    Guid Id,
    Guid SubscriptionId,
    string SubscriptionUrl,
    string PartnerName,
    string EventType,
    Guid SubjectId,
    WebhookDeliveryState State,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? DeadLetteredAt);

/// <summary>A page of deliveries, newest first. Pass <see cref="NextCursor"/> as <c>cursor</c> for the next page; null on the last page.</summary>
public sealed record WebhookDeliveryPage(IReadOnlyList<WebhookDeliveryDto> Items, int Total, string? NextCursor);
