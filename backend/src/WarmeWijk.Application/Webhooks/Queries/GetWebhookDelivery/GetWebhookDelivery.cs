using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Webhooks.Queries.GetWebhookDelivery;

/// <summary>One webhook delivery of the caller's network, without its payload.</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record GetWebhookDeliveryQuery(Guid Id) : IRequest<WebhookDeliveryDto>;

public sealed class GetWebhookDeliveryHandler(IAppDbContext db) : IRequestHandler<GetWebhookDeliveryQuery, WebhookDeliveryDto>
{
    public async Task<WebhookDeliveryDto> Handle(GetWebhookDeliveryQuery request, CancellationToken cancellationToken) =>
        await db.OutboxMessages.AsNoTracking().Where(m => m.Id == request.Id).ToDeliveryDtos(db).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Webhook delivery", request.Id);
}
