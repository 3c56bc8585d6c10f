using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Common.Webhooks;
using WarmeWijk.Domain.Webhooks;

namespace WarmeWijk.Infrastructure.Webhooks;

/// <summary>
/// Adds outbox messages to the request's unit of work (the scoped DbContext), so they are saved in the same
/// transaction as the change they report. Scoped: one instance per unit of work.
/// </summary>
internal sealed class WebhookOutbox(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : IWebhookOutbox
{
    private const int MaxEventTypeLength = 60;

    /// <summary>camelCase, enums as strings: the same conventions as the API's own JSON.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private DateTimeOffset _lastCreatedAt = DateTimeOffset.MinValue;

    public void Enqueue(Guid partnerOrganisationId, string eventType, Guid subjectId, object data)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventType);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(eventType.Length, MaxEventTypeLength, nameof(eventType));
        ArgumentNullException.ThrowIfNull(data);

        // The partner may be the caller (a partner client) or not (a coordinator closing a referral), so the network
        // comes from the subscription rows. A signed-in caller still never reaches another network's subscriptions;
        // background work (no user) is not filtered.
        var callerNetwork = currentUser.NetworkId;
        var subscriptions = db.WebhookSubscriptions.IgnoreQueryFilters()
            .Where(s => s.PartnerOrganisationId == partnerOrganisationId && s.IsActive)
            .Where(s => callerNetwork == null || s.NetworkId == callerNetwork)
            .Select(s => new { s.Id, s.NetworkId })
            .ToList();
        if (subscriptions.Count == 0)
        {
            return;
        }

        var createdAt = NextCreatedAt();
        var payload = JsonSerializer.Serialize(new Envelope(eventType, createdAt.UtcDateTime, data), Json);
        foreach (var subscription in subscriptions)
        {
            var message = new OutboxMessage(subscription.Id, eventType, subjectId, payload, createdAt);
            message.AssignToNetwork(subscription.NetworkId);
            db.OutboxMessages.Add(message);
        }
    }

    /// <summary>
    /// Delivery order per subject follows CreatedAt. Two events enqueued in one unit of work (one transaction) could
    /// get the same clock reading, or readings that the database rounds to the same value (SQLite keeps 0.1 ms), so
    /// each one gets at least 1 ms more than the previous.
    /// </summary>
    private DateTimeOffset NextCreatedAt()
    {
        var now = clock.GetUtcNow();
        _lastCreatedAt = now > _lastCreatedAt.AddMilliseconds(1) ? now : _lastCreatedAt.AddMilliseconds(1);
        return _lastCreatedAt;
    }

    private sealed record Envelope(string Type, DateTime Timestamp, object Data);
}
