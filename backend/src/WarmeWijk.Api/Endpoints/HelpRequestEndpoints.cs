using Microsoft.AspNetCore.Http.HttpResults;
using WarmeWijk.Api.Idempotency;
using WarmeWijk.Application.Auditing.Queries.ListAuditEntries;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.HelpCategories.Commands.SaveHelpCategory;
using WarmeWijk.Application.HelpCategories.Queries.ListHelpCategories;
using WarmeWijk.Application.HelpRequests;
using WarmeWijk.Application.HelpRequests.Commands.Assign;
using WarmeWijk.Application.HelpRequests.Commands.FirstContact;
using WarmeWijk.Application.HelpRequests.Commands.FollowUps;
using WarmeWijk.Application.HelpRequests.Commands.RecordIntake;
using WarmeWijk.Application.HelpRequests.Commands.Transition;
using WarmeWijk.Application.HelpRequests.Commands.Triage;
using WarmeWijk.Application.HelpRequests.Commands.Waitlist;
using WarmeWijk.Application.HelpRequests.Queries.Caseload;
using WarmeWijk.Application.HelpRequests.Queries.GetHelpRequest;
using WarmeWijk.Application.HelpRequests.Queries.ListHelpRequests;
using WarmeWijk.Application.HelpRequests.Queries.TriageSuggestion;
using WarmeWijk.Application.HelpRequests.Queries.Waitlist;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Matching;

namespace WarmeWijk.Api.Endpoints;

internal static class HelpRequestEndpoints
{
    public sealed record TriageBody(TriageRoute DecidedRoute, string? OverrideReason, ResidentChoice ResidentChoice);

    public sealed record TransitionBody(HelpRequestStatus To, string Reason);

    public sealed record AssigneeBody(Guid? AssigneeId);

    public sealed record WaitlistBody(int Priority, string Reason);

    public sealed record FirstContactBody(DateTimeOffset? At);

    public sealed record HelpCategoryBody(
        string NameNl, string NameEn, TriageRoute DefaultRoute, bool IsActive,
        IReadOnlyList<BuddyType>? BuddyTypes, bool? RequiresHomeVisit, IReadOnlyList<string>? RequiredTraining);

    public sealed record FollowUpBody(string Description, DateOnly DueOn, Recurrence Recurrence);

    public static void MapHelpRequestEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/help-categories", async Task<Ok<ListResponse<HelpCategoryDto>>> (bool? includeInactive, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListHelpCategoriesQuery(includeInactive ?? false), ct)))
            .WithTags("Help requests")
            .WithName("ListHelpCategories")
            .WithSummary("The help categories of the caller's network offered at intake; includeInactive=true adds the switched-off ones.");

        api.MapPut("/help-categories/{code}", async Task<Ok<HelpCategoryDto>> (string code, HelpCategoryBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SaveHelpCategoryCommand(
                    code, body.NameNl, body.NameEn, body.DefaultRoute, body.IsActive, body.BuddyTypes, body.RequiresHomeVisit, body.RequiredTraining), ct)))
            .WithTags("Help requests")
            .WithName("SaveHelpCategory")
            .WithSummary("Add or change a help category; its default route is the network's triage rule for it.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/audit", async Task<Ok<AuditPage>> (Guid? entityId, Guid? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListAuditEntriesQuery(entityId, cursor, limit ?? 50), ct)))
            .WithTags("Audit")
            .WithName("ListAuditEntries")
            .WithSummary("Who read or changed personal data, when and why; newest first.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/me/caseload", async Task<Ok<CaseloadDto>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetCaseloadQuery(), ct)))
            .WithTags("Help requests")
            .WithName("GetCaseload")
            .WithSummary("My open requests and my follow-up tasks not yet done.");

        api.MapGet("/waitlist", async Task<Ok<ListResponse<HelpRequestSummaryDto>>> (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetWaitlistQuery(), ct)))
            .WithTags("Help requests")
            .WithName("GetWaitlist")
            .WithSummary("The waiting list in order: priority (1 first), then waiting time.");

        var requests = api.MapGroup("/help-requests")
            .WithTags("Help requests")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        requests.MapPost("/", async Task<Created<HelpRequestDto>> (RecordIntakeCommand command, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var created = await sender.Send(command, ct);
                http.Response.Headers.ETag = Concurrency.ETagOf(created.Version);
                return TypedResults.Created($"/api/v1/help-requests/{created.Id}", created);
            })
            .WithIdempotency()
            .WithName("RecordIntake")
            .WithSummary("Record a help request (intake). Send an Idempotency-Key so a retry never creates a second one.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        requests.MapGet("/", async Task<Ok<HelpRequestPage>> (HelpRequestStatus? status, bool? mine, Guid? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListHelpRequestsQuery(status, mine ?? false, cursor, limit ?? 25), ct)))
            .WithName("ListHelpRequests")
            .WithSummary("The network's help requests, newest first; pass nextCursor as cursor for the next page.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        requests.MapGet("/{id:guid}", async Task<Ok<HelpRequestDto>> (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                http.WithETag(await sender.Send(new GetHelpRequestQuery(id), ct)))
            .WithName("GetHelpRequest")
            .WithSummary("One help request with its timeline; the ETag is needed to change it.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        requests.MapGet("/{id:guid}/triage-suggestion", async Task<Ok<TriageSuggestionDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SuggestTriageQuery(id), ct)))
            .WithName("SuggestTriage")
            .WithSummary("What the network's triage rules suggest: light (volunteers) or heavy (referral).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        requests.MapPost("/{id:guid}/triage", async Task<Ok<HelpRequestDto>> (Guid id, TriageBody body, ISender sender, HttpContext http, CancellationToken ct) =>
                http.WithETag(await sender.Send(new TriageHelpRequestCommand(id, Concurrency.IfMatchVersion(http.Request), body.DecidedRoute, body.OverrideReason, body.ResidentChoice), ct)))
            .WithName("TriageHelpRequest")
            .WithSummary("Record the triage decision and the resident's choice (If-Match required).")
            .WithConcurrencyProblems();

        requests.MapPost("/{id:guid}/transitions", async Task<Ok<HelpRequestDto>> (Guid id, TransitionBody body, ISender sender, HttpContext http, CancellationToken ct) =>
                http.WithETag(await sender.Send(new TransitionHelpRequestCommand(id, Concurrency.IfMatchVersion(http.Request), body.To, body.Reason), ct)))
            .WithName("TransitionHelpRequest")
            .WithSummary("Move the request to another status, with a reason (If-Match required). 409 when the step is not allowed.")
            .WithConcurrencyProblems();

        requests.MapPut("/{id:guid}/assignee", async Task<Ok<HelpRequestDto>> (Guid id, AssigneeBody body, ISender sender, HttpContext http, CancellationToken ct) =>
                http.WithETag(await sender.Send(new AssignHelpRequestCommand(id, Concurrency.IfMatchVersion(http.Request), body.AssigneeId), ct)))
            .WithName("AssignHelpRequest")
            .WithSummary("Give the request to a field worker or coordinator for follow-up, or null to take it back (If-Match required).")
            .WithConcurrencyProblems();

        requests.MapPost("/{id:guid}/first-contact", async Task<Ok<HelpRequestDto>> (Guid id, FirstContactBody body, ISender sender, HttpContext http, CancellationToken ct) =>
                http.WithETag(await sender.Send(new RecordFirstContactCommand(id, body.At), ct)))
            .WithName("RecordFirstContact")
            .WithSummary("Record the first conversation with the resident about this request (e.g. the call-back after a voicemail); later calls change nothing.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        requests.MapPost("/{id:guid}/waitlist", async Task<Ok<HelpRequestDto>> (Guid id, WaitlistBody body, ISender sender, HttpContext http, CancellationToken ct) =>
                http.WithETag(await sender.Send(new PutOnWaitlistCommand(id, Concurrency.IfMatchVersion(http.Request), body.Priority, body.Reason), ct)))
            .WithName("PutOnWaitlist")
            .WithSummary("Put the request on the waiting list with a priority from 1 (most urgent) to 5 (If-Match required).")
            .WithConcurrencyProblems();

        requests.MapPost("/{id:guid}/follow-ups", async Task<Ok<HelpRequestDto>> (Guid id, FollowUpBody body, ISender sender, HttpContext http, CancellationToken ct) =>
                http.WithETag(await sender.Send(new AddFollowUpCommand(id, body.Description, body.DueOn, body.Recurrence), ct)))
            .WithName("AddFollowUp")
            .WithSummary("Plan a follow-up task for yourself, e.g. weekly phone contact.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        requests.MapPost("/{id:guid}/follow-ups/{taskId:guid}/complete", async Task<Ok<HelpRequestDto>> (Guid id, Guid taskId, ISender sender, HttpContext http, CancellationToken ct) =>
                http.WithETag(await sender.Send(new CompleteFollowUpCommand(id, taskId), ct)))
            .WithName("CompleteFollowUp")
            .WithSummary("Mark a follow-up task done; a recurring task returns with its next due date.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
