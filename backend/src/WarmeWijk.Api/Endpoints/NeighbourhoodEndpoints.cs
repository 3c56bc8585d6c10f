using Microsoft.AspNetCore.Http.HttpResults;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Neighbourhoods;
using WarmeWijk.Application.Neighbourhoods.Commands.CreateNeighbourhood;
using WarmeWijk.Application.Neighbourhoods.Queries.GetNeighbourhood;
using WarmeWijk.Application.Neighbourhoods.Queries.ListNeighbourhoods;

namespace WarmeWijk.Api.Endpoints;

internal static class NeighbourhoodEndpoints
{
    public static void MapNeighbourhoodEndpoints(this RouteGroupBuilder api)
    {
        var neighbourhoods = api.MapGroup("/neighbourhoods")
            .WithTags("Neighbourhoods")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        neighbourhoods.MapGet("/", async Task<Ok<ListResponse<NeighbourhoodSummaryDto>>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListNeighbourhoodsQuery(), ct)))
            .WithName("ListNeighbourhoods")
            .WithSummary("The neighbourhoods of the caller's network.");

        neighbourhoods.MapGet("/{id:guid}", async Task<Ok<NeighbourhoodDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetNeighbourhoodQuery(id), ct)))
            .WithName("GetNeighbourhood")
            .WithSummary("One neighbourhood with its statistical sectors.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        neighbourhoods.MapPost("/", async Task<Created<NeighbourhoodDto>> (CreateNeighbourhoodCommand command, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(command, ct);
                return TypedResults.Created($"/api/v1/neighbourhoods/{created.Id}", created);
            })
            .WithName("CreateNeighbourhood")
            .WithSummary("Define a neighbourhood of the caller's network as statistical sectors of one municipality.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
