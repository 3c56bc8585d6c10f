using System.Buffers.Text;
using System.Globalization;
using System.Text;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Domain.Webhooks;

namespace WarmeWijk.Application.Webhooks;

internal static class WebhookDeliveryQueries
{
    /// <summary>Newest first, with the subscription's URL and the partner's name; never the payload.</summary>
    public static IQueryable<WebhookDeliveryDto> ToDeliveryDtos(this IQueryable<OutboxMessage> messages, IAppDbContext db) =>
        from m in messages
        join s in db.WebhookSubscriptions on m.SubscriptionId equals s.Id
        join p in db.PartnerOrganisations on s.PartnerOrganisationId equals p.Id
        orderby m.CreatedAt descending, m.Id descending
        select new WebhookDeliveryDto(
            m.Id,
            s.Id,
            s.Url,
            p.Name,
            m.EventType,
            m.SubjectId,
            m.DeliveredAt != null ? WebhookDeliveryState.Delivered
                : m.DeadLetteredAt != null ? WebhookDeliveryState.Dead
                : m.Attempts > 0 ? WebhookDeliveryState.Failed
                : WebhookDeliveryState.Pending,
            m.Attempts,
            m.LastError,
            m.CreatedAt,
            m.DeliveredAt == null && m.DeadLetteredAt == null ? m.NextAttemptAt : null,
            m.DeliveredAt,
            m.DeadLetteredAt);
}

/// <summary>Where a page ended: the last item's creation time and id (keyset pagination), as an opaque string.</summary>
internal readonly record struct DeliveryCursor(DateTimeOffset CreatedAt, Guid Id)
{
    public string Encode()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{CreatedAt.UtcTicks}.{Id:N}");
        return Base64Url.EncodeToString(Encoding.ASCII.GetBytes(text));
    }

    public static bool TryDecode(string? value, out DeliveryCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(value) || value.Length > 100 || !Base64Url.IsValid(value))
        {
            return false;
        }

        var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(value)).Split('.');
        if (parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks
            || !Guid.TryParseExact(parts[1], "N", out var id))
        {
            return false;
        }

        cursor = new DeliveryCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
        return true;
    }
}
