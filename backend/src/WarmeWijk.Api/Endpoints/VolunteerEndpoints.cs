using Microsoft.AspNetCore.Http.HttpResults;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Matching;
using WarmeWijk.Application.Matching.Commands.AnswerMatchOffer;
using WarmeWijk.Application.Matching.Commands.CompleteMatch;
using WarmeWijk.Application.Matching.Commands.ProposeMatch;
using WarmeWijk.Application.Matching.Commands.SetMatchingWeights;
using WarmeWijk.Application.Matching.Queries.GetMatchingWeights;
using WarmeWijk.Application.Matching.Queries.GetMatchOffer;
using WarmeWijk.Application.Matching.Queries.ListRequestMatches;
using WarmeWijk.Application.Matching.Queries.PlanBatch;
using WarmeWijk.Application.Matching.Queries.RankCandidates;
using WarmeWijk.Application.Volunteers;
using WarmeWijk.Application.Volunteers.Commands.ChangeVolunteerStatus;
using WarmeWijk.Application.Volunteers.Commands.LogVolunteerHours;
using WarmeWijk.Application.Volunteers.Commands.RecordVolunteerFeedback;
using WarmeWijk.Application.Volunteers.Commands.RegisterVolunteer;
using WarmeWijk.Application.Volunteers.Commands.UpdateVolunteer;
using WarmeWijk.Application.Volunteers.Queries.GetVolunteer;
using WarmeWijk.Application.Volunteers.Queries.ListVolunteers;
using WarmeWijk.Domain.Matching;

namespace WarmeWijk.Api.Endpoints;

internal static class VolunteerEndpoints
{
    public sealed record VolunteerStatusBody(VolunteerStatus To, string Reason);

    public sealed record VolunteerFeedbackBody(DateOnly On, string Notes);

    public sealed record VolunteerHoursBody(DateOnly On, decimal Hours, Guid? HelpRequestId, string? Note);

    public sealed record MatchProposalBody(Guid VolunteerId);

    public sealed record MatchAnswerBody(bool Accept, string? Reason);

    public sealed record MatchCompletionBody(decimal Hours, string? VolunteerFeedback, string? ResidentFeedback);

    public static void MapVolunteerEndpoints(this RouteGroupBuilder api)
    {
        var volunteers = api.MapGroup("/volunteers")
            .WithTags("Volunteers")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        volunteers.MapGet("/", async Task<Ok<ListResponse<VolunteerSummaryDto>>> (VolunteerStatus? status, BuddyType? buddyType, string? search, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListVolunteersQuery(status, buddyType, search), ct)))
            .WithName("ListVolunteers")
            .WithSummary("The network's volunteers by name, filtered on status, buddy type or part of the name.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        volunteers.MapPost("/", async Task<Created<VolunteerDto>> (VolunteerInput profile, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var created = await sender.Send(new RegisterVolunteerCommand(profile), ct);
                http.Response.Headers.ETag = Concurrency.ETagOf(created.Version);
                return TypedResults.Created($"/api/v1/volunteers/{created.Id}", created);
            })
            .WithName("RegisterVolunteer")
            .WithSummary("Register a volunteer; the pipeline starts at Intake.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        volunteers.MapGet("/{id:guid}", async Task<Ok<VolunteerDto>> (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                WithETag(http, await sender.Send(new GetVolunteerQuery(id), ct)))
            .WithName("GetVolunteer")
            .WithSummary("A volunteer's profile with feedback conversations and hours; every read is audited. The ETag is its version.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        volunteers.MapPut("/{id:guid}", async Task<Ok<VolunteerDto>> (Guid id, VolunteerInput profile, ISender sender, HttpContext http, CancellationToken ct) =>
                WithETag(http, await sender.Send(new UpdateVolunteerCommand(id, Concurrency.IfMatchVersion(http.Request), profile), ct)))
            .WithName("UpdateVolunteer")
            .WithSummary("Replace a volunteer's profile (If-Match required).")
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        volunteers.MapPost("/{id:guid}/status", async Task<Ok<VolunteerDto>> (Guid id, VolunteerStatusBody body, ISender sender, HttpContext http, CancellationToken ct) =>
                WithETag(http, await sender.Send(new ChangeVolunteerStatusCommand(id, Concurrency.IfMatchVersion(http.Request), body.To, body.Reason), ct)))
            .WithName("ChangeVolunteerStatus")
            .WithSummary("Move a volunteer along intake → training → active ⇄ paused → stopped, with a reason (If-Match required). 409 for a step the pipeline does not allow.")
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        volunteers.MapPost("/{id:guid}/feedback", async Task<Ok<FeedbackConversationDto>> (Guid id, VolunteerFeedbackBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RecordVolunteerFeedbackCommand(id, body.On, body.Notes), ct)))
            .WithName("RecordVolunteerFeedback")
            .WithSummary("Notes of a feedback conversation with the volunteer.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        volunteers.MapPost("/{id:guid}/hours", async Task<Ok<LoggedHoursDto>> (Guid id, VolunteerHoursBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new LogVolunteerHoursCommand(id, body.On, body.Hours, body.HelpRequestId, body.Note), ct)))
            .WithName("LogVolunteerHours")
            .WithSummary("Hours the volunteer gave on a day, optionally for one help request.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var matching = api.MapGroup("")
            .WithTags("Matching")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        matching.MapGet("/help-requests/{id:guid}/candidates", async Task<Ok<CandidatesDto>> (Guid id, int? top, bool? includeExcluded, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RankCandidatesQuery(id, top ?? 10, includeExcluded ?? false), ct)))
            .WithName("RankCandidates")
            .WithSummary("The best volunteers for the request with a score breakdown and reasons; includeExcluded=true adds everyone who cannot take it, with every reason.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        matching.MapPost("/help-requests/{id:guid}/proposals", async Task<Created<VolunteerMatchDto>> (Guid id, MatchProposalBody body, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var proposed = await sender.Send(new ProposeMatchCommand(id, Concurrency.IfMatchVersion(http.Request), body.VolunteerId), ct);
                return TypedResults.Created($"/api/v1/volunteer-matches/{proposed.Id}", proposed);
            })
            .WithName("ProposeMatch")
            .WithSummary("Propose a volunteer for a request in Matching (If-Match on the request). The answer holds the volunteer's one-time link.")
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        matching.MapGet("/help-requests/{id:guid}/matches", async Task<Ok<ListResponse<RequestMatchDto>>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListRequestMatchesQuery(id), ct)))
            .WithName("ListRequestMatches")
            .WithSummary("Every volunteer proposed for the request, newest first, with how each proposal ended.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        matching.MapGet("/matching/batch-plan", async Task<Ok<BatchPlanDto>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new PlanBatchQuery(), ct)))
            .WithName("PlanBatch")
            .WithSummary("The optimal assignment of every request in Matching to the volunteers at once, beside greedy one-by-one picking. Changes nothing.");

        matching.MapGet("/matching/weights", async Task<Ok<MatchingWeightsDto>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetMatchingWeightsQuery(), ct)))
            .WithName("GetMatchingWeights")
            .WithSummary("The weights of the network's matching scores, and whether they are the defaults.");

        matching.MapPut("/matching/weights", async Task<Ok<MatchingWeightsDto>> (SetMatchingWeightsCommand weights, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(weights, ct)))
            .WithName("SetMatchingWeights")
            .WithSummary("Set the network's weights of the matching scores (each 0–100); reset=true goes back to the defaults.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        matching.MapPost("/volunteer-matches/{id:guid}/complete", async Task<Ok<VolunteerMatchDto>> (Guid id, MatchCompletionBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CompleteMatchCommand(id, body.Hours, body.VolunteerFeedback, body.ResidentFeedback), ct)))
            .WithName("CompleteMatch")
            .WithSummary("The help was given: hours and a few words from both sides; the request is completed.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var offers = api.MapGroup("/match-offers").WithTags("Matching").AllowAnonymous();

        offers.MapGet("/{token}", async Task<Ok<MatchOfferDto>> (string token, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetMatchOfferQuery(token), ct)))
            .WithName("GetMatchOffer")
            .WithSummary("What the volunteer sees through their personal link (no sign-in): only what the task needs.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        offers.MapPost("/{token}/answer", async Task<Ok<MatchOfferDto>> (string token, MatchAnswerBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new AnswerMatchOfferCommand(token, body.Accept, body.Reason), ct)))
            .WithName("AnswerMatchOffer")
            .WithSummary("The volunteer accepts or declines, once. 409 for a second answer or one after the deadline.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static Ok<VolunteerDto> WithETag(HttpContext http, VolunteerDto volunteer) => http.WithETag(volunteer, volunteer.Version);
}
