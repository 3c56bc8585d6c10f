using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Webhooks;

namespace WarmeWijk.Application.Webhooks.Queries.ListWebhookDeliveries;

/// <summary>
/// The webhook deliveries of the caller's network, newest first, optionally in one state
/// (pending, failed, dead or delivered; case-insensitive), a page at a time.
/// </summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record ListWebhookDeliveriesQuery(string? State = null, string? Cursor = null, int? Limit = null) : IRequest<WebhookDeliveryPage>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}

public sealed class ListWebhookDeliveriesValidator : AbstractValidator<ListWebhookDeliveriesQuery>
{
    public ListWebhookDeliveriesValidator()
    {
        RuleFor(q => q.State)
            .Must(state => state is null || Enum.GetNames<WebhookDeliveryState>().Contains(state, StringComparer.OrdinalIgnoreCase))
            .WithMessage("The state must be one of: pending, failed, dead, delivered.");
        RuleFor(q => q.Limit).InclusiveBetween(1, ListWebhookDeliveriesQuery.MaxLimit);
        RuleFor(q => q.Cursor)
            .Must(cursor => cursor is null || DeliveryCursor.TryDecode(cursor, out _))
            .WithMessage("The cursor is not one this API gave out; start again without it.");
    }
}

public sealed class ListWebhookDeliveriesHandler(IAppDbContext db)
    : IRequestHandler<ListWebhookDeliveriesQuery, WebhookDeliveryPage>
{
    public async Task<WebhookDeliveryPage> Handle(ListWebhookDeliveriesQuery request, CancellationToken cancellationToken)
    {
        // The tenant filter keeps this to the caller's network.
        IQueryable<OutboxMessage> messages = db.OutboxMessages.AsNoTracking();
        messages = request.State is null ? messages : Enum.Parse<WebhookDeliveryState>(request.State, ignoreCase: true) switch
        {
            WebhookDeliveryState.Pending => messages.Where(m => m.DeliveredAt == null && m.DeadLetteredAt == null),
            WebhookDeliveryState.Failed => messages.Where(m => m.DeliveredAt == null && m.DeadLetteredAt == null && m.Attempts > 0),
            WebhookDeliveryState.Dead => messages.Where(m => m.DeadLetteredAt != null),
            _ => messages.Where(m => m.DeliveredAt != null),
        };
        var total = await messages.CountAsync(cancellationToken);

        if (request.Cursor is not null && DeliveryCursor.TryDecode(request.Cursor, out var after))
        {
            messages = messages.Where(m => m.CreatedAt < after.CreatedAt || (m.CreatedAt == after.CreatedAt && m.Id.CompareTo(after.Id) < 0));
        }

        var limit = request.Limit ?? ListWebhookDeliveriesQuery.DefaultLimit;
        var items = await messages.ToDeliveryDtos(db).Take(limit + 1).ToListAsync(cancellationToken);
        var next = items.Count > limit ? new DeliveryCursor(items[limit - 1].CreatedAt, items[limit - 1].Id).Encode() : null;
        return new WebhookDeliveryPage(items.Take(limit).ToList(), total, next);
    }
}
