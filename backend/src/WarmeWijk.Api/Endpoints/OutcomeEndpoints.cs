using Microsoft.AspNetCore.Http.HttpResults;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Reporting.Outcomes;
using WarmeWijk.Application.Reporting.Outcomes.DeleteOutcome;
using WarmeWijk.Application.Reporting.Outcomes.GetOutcome;
using WarmeWijk.Application.Reporting.Outcomes.ListOutcomes;
using WarmeWijk.Application.Reporting.Outcomes.RecordOutcome;
using WarmeWijk.Application.Reporting.Outcomes.UpdateOutcome;
using WarmeWijk.Domain.Reporting;

namespace WarmeWijk.Api.Endpoints;

/// <summary>Outcomes and stories (outcome harvesting): the changes seen in the neighbourhood, told next to the numbers.</summary>
internal static class OutcomeEndpoints
{
    public static void MapOutcomeEndpoints(this RouteGroupBuilder api)
    {
        var outcomes = api.MapGroup("/outcomes")
            .WithTags("Outcomes")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        outcomes.MapGet("/", async Task<Ok<OutcomePage>> (
                    DateOnly? from, DateOnly? to, Guid? neighbourhoodId, OutcomeType? type, Guid? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListOutcomesQuery(from, to, neighbourhoodId, type, cursor, limit ?? 25), ct)))
            .WithName("ListOutcomes")
            .WithSummary("Outcomes observed in a period (at most five years; by default the last five), newest first, with counts per type; "
                + "filter on neighbourhood and type, and pass nextCursor as cursor for the next page.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        outcomes.MapPost("/", async Task<Created<OutcomeDto>> (OutcomeInput outcome, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var created = await sender.Send(new RecordOutcomeCommand(outcome), ct);
                http.Response.Headers.ETag = Concurrency.ETagOf(created.Version);
                return TypedResults.Created($"/api/v1/outcomes/{created.Id}", created);
            })
            .WithName("RecordOutcome")
            .WithSummary("Record an outcome: what changed, for whom, why it matters and how the network contributed. Without names or contact data.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        outcomes.MapGet("/{id:guid}", async Task<Ok<OutcomeDto>> (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                WithETag(http, await sender.Send(new GetOutcomeQuery(id), ct)))
            .WithName("GetOutcome")
            .WithSummary("One outcome; the ETag is needed to change or delete it.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        outcomes.MapPut("/{id:guid}", async Task<Ok<OutcomeDto>> (Guid id, OutcomeInput outcome, ISender sender, HttpContext http, CancellationToken ct) =>
                WithETag(http, await sender.Send(new UpdateOutcomeCommand(id, Concurrency.IfMatchVersion(http.Request), outcome), ct)))
            .WithName("UpdateOutcome")
            .WithSummary("Replace an outcome (If-Match required). A field worker may change only the outcomes they recorded.")
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        outcomes.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                await sender.Send(new DeleteOutcomeCommand(id, Concurrency.IfMatchVersion(http.Request)), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteOutcome")
            .WithSummary("Delete an outcome (If-Match required). A field worker may delete only the outcomes they recorded.")
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    private static Ok<OutcomeDto> WithETag(HttpContext http, OutcomeDto outcome) => http.WithETag(outcome, outcome.Version);
}
