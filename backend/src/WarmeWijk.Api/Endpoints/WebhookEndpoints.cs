using Microsoft.AspNetCore.Http.HttpResults;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Webhooks;
using WarmeWijk.Application.Webhooks.Commands.CreateWebhookSubscription;
using WarmeWijk.Application.Webhooks.Commands.DeleteWebhookSubscription;
using WarmeWijk.Application.Webhooks.Commands.ReplayWebhookDelivery;
using WarmeWijk.Application.Webhooks.Queries.GetWebhookDelivery;
using WarmeWijk.Application.Webhooks.Queries.GetWebhookSubscription;
using WarmeWijk.Application.Webhooks.Queries.ListWebhookDeliveries;
using WarmeWijk.Application.Webhooks.Queries.ListWebhookSubscriptions;

namespace WarmeWijk.Api.Endpoints;

internal static class WebhookEndpoints
{
    public static void MapWebhookEndpoints(this RouteGroupBuilder api)
    {
        MapSubscriptions(api);
        MapDeliveries(api);
    }

    private static void MapSubscriptions(RouteGroupBuilder api)
    {
        var subscriptions = api.MapGroup("/webhook-subscriptions")
            .WithTags("Webhook subscriptions")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        subscriptions.MapPost("/", async Task<Created<CreatedWebhookSubscriptionDto>> (CreateWebhookSubscriptionCommand command, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(command, ct);
                return TypedResults.Created($"/api/v1/webhook-subscriptions/{created.Id}", created);
            })
            .WithName("CreateWebhookSubscription")
            .WithSummary("Partner: subscribe a URL to the events about the partner's referrals.")
            .WithDescription("The answer holds the signing secret (whsec_...). It is shown only here: store it. " +
                "The URL must be absolute https (http only for loopback while testing), at most 2000 characters.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);

        subscriptions.MapGet("/", async Task<Ok<ListResponse<WebhookSubscriptionDto>>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListWebhookSubscriptionsQuery(), ct)))
            .WithName("ListWebhookSubscriptions")
            .WithSummary("Partner: the partner's own active subscriptions, without their secrets.");

        subscriptions.MapGet("/{id:guid}", async Task<Ok<WebhookSubscriptionDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetWebhookSubscriptionQuery(id), ct)))
            .WithName("GetWebhookSubscription")
            .WithSummary("Partner: one of the partner's own active subscriptions, without its secret.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        subscriptions.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteWebhookSubscriptionCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteWebhookSubscription")
            .WithSummary("Partner: stop a subscription. Messages still waiting for it are not sent.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void MapDeliveries(RouteGroupBuilder api)
    {
        var deliveries = api.MapGroup("/webhook-deliveries")
            .WithTags("Webhook deliveries")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        deliveries.MapGet("/", async Task<Ok<WebhookDeliveryPage>> (string? state, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListWebhookDeliveriesQuery(state, cursor, limit), ct)))
            .WithName("ListWebhookDeliveries")
            .WithSummary("Coordinator: the webhook deliveries of the network, newest first, without payloads.")
            .WithDescription("state: pending, failed (pending after a failed attempt), dead or delivered; omit for all. " +
                "limit: 1-200 (default 50). cursor: the nextCursor of the previous page.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        deliveries.MapGet("/{id:guid}", async Task<Ok<WebhookDeliveryDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetWebhookDeliveryQuery(id), ct)))
            .WithName("GetWebhookDelivery")
            .WithSummary("Coordinator: one webhook delivery of the network, without its payload.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        deliveries.MapPost("/{id:guid}/replay", async Task<Accepted<WebhookDeliveryDto>> (Guid id, ISender sender, CancellationToken ct) =>
            {
                var replayed = await sender.Send(new ReplayWebhookDeliveryCommand(id), ct);
                return TypedResults.Accepted($"/api/v1/webhook-deliveries/{replayed.Id}", replayed);
            })
            .WithName("ReplayWebhookDelivery")
            .WithSummary("Coordinator: send a dead-lettered delivery again (same body, same webhook-id, a fresh set of attempts).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
