using Microsoft.AspNetCore.Http.HttpResults;
using WarmeWijk.Application.Buurtplan;
using WarmeWijk.Application.Buurtplan.Commands.ChangeActionStatus;
using WarmeWijk.Application.Buurtplan.Commands.CreateAction;
using WarmeWijk.Application.Buurtplan.Commands.CreateGoal;
using WarmeWijk.Application.Buurtplan.Commands.RecordActivity;
using WarmeWijk.Application.Buurtplan.Commands.UpdateAction;
using WarmeWijk.Application.Buurtplan.Commands.UpdateActivity;
using WarmeWijk.Application.Buurtplan.Commands.UpdateGoal;
using WarmeWijk.Application.Buurtplan.Queries.GetAction;
using WarmeWijk.Application.Buurtplan.Queries.GetActivity;
using WarmeWijk.Application.Buurtplan.Queries.GetBuurtplan;
using WarmeWijk.Application.Buurtplan.Queries.GetGoal;
using WarmeWijk.Application.Common.Messaging;

namespace WarmeWijk.Api.Endpoints;

/// <summary>The buurtplan of a neighbourhood (goals, actions, indicators) and its activities (ontmoeting).</summary>
internal static class BuurtplanEndpoints
{
    public static void MapBuurtplanEndpoints(this RouteGroupBuilder api)
    {
        var plan = api.MapGroup("/")
            .WithTags("Buurtplan")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        plan.MapGet("/neighbourhoods/{id:guid}/buurtplan", async Task<Ok<BuurtplanDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetBuurtplanQuery(id), ct)))
            .WithName("GetBuurtplan")
            .WithSummary("A neighbourhood's buurtplan: goals with findings and indicators, actions, activities; each with its version for If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        plan.MapPost("/neighbourhoods/{id:guid}/buurtplan/goals", async Task<Created<PlanGoalDto>> (Guid id, PlanGoalInput goal, ISender sender, HttpContext http, CancellationToken ct) =>
                Created(http, "goals", await sender.Send(new CreatePlanGoalCommand(id, goal), ct), g => g.Id, g => g.Version))
            .WithName("CreatePlanGoal")
            .WithSummary("Add a goal to the neighbourhood's buurtplan, with the findings that motivate it and the indicators it follows.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        plan.MapGet("/buurtplan/goals/{id:guid}", async Task<Ok<PlanGoalDto>> (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                WithETag(http, await sender.Send(new GetPlanGoalQuery(id), ct)))
            .WithName("GetPlanGoal")
            .WithSummary("One goal; the ETag is needed to change it.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        plan.MapPut("/buurtplan/goals/{id:guid}", async Task<Ok<PlanGoalDto>> (Guid id, PlanGoalInput goal, ISender sender, HttpContext http, CancellationToken ct) =>
                WithETag(http, await sender.Send(new UpdatePlanGoalCommand(id, Concurrency.IfMatchVersion(http.Request), goal), ct)))
            .WithName("UpdatePlanGoal")
            .WithSummary("Replace a goal, its status included (If-Match required).")
            .WithConcurrencyProblems();

        plan.MapPost("/buurtplan/goals/{id:guid}/actions", async Task<Created<PlanActionDto>> (Guid id, PlanActionInput action, ISender sender, HttpContext http, CancellationToken ct) =>
                Created(http, "actions", await sender.Send(new CreatePlanActionCommand(id, action), ct), a => a.Id, a => a.Version))
            .WithName("CreatePlanAction")
            .WithSummary("Add an action to a goal; it starts Planned.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        plan.MapGet("/buurtplan/actions/{id:guid}", async Task<Ok<PlanActionDto>> (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                WithETag(http, await sender.Send(new GetPlanActionQuery(id), ct)))
            .WithName("GetPlanAction")
            .WithSummary("One action; the ETag is needed to change it.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        plan.MapPut("/buurtplan/actions/{id:guid}", async Task<Ok<PlanActionDto>> (Guid id, PlanActionInput action, ISender sender, HttpContext http, CancellationToken ct) =>
                WithETag(http, await sender.Send(new UpdatePlanActionCommand(id, Concurrency.IfMatchVersion(http.Request), action), ct)))
            .WithName("UpdatePlanAction")
            .WithSummary("Replace an action's details, not its status (If-Match required).")
            .WithConcurrencyProblems();

        plan.MapPut("/buurtplan/actions/{id:guid}/status", async Task<Ok<PlanActionDto>> (Guid id, PlanActionStatusInput body, ISender sender, HttpContext http, CancellationToken ct) =>
                WithETag(http, await sender.Send(new ChangePlanActionStatusCommand(id, Concurrency.IfMatchVersion(http.Request), body.Status), ct)))
            .WithName("ChangePlanActionStatus")
            .WithSummary("Move an action to another status (If-Match required); 409 when the move is not allowed (see nextStatuses).")
            .WithConcurrencyProblems();

        plan.MapPost("/neighbourhoods/{id:guid}/activities", async Task<Created<NeighbourhoodActivityDto>> (
                    Guid id, NeighbourhoodActivityInput activity, ISender sender, HttpContext http, CancellationToken ct) =>
                Created(http, "activities", await sender.Send(new RecordNeighbourhoodActivityCommand(id, activity), ct), a => a.Id, a => a.Version))
            .WithName("RecordNeighbourhoodActivity")
            .WithSummary("Record an activity (ontmoeting) held in the neighbourhood: date, type, participants, groups reached; no names.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        plan.MapGet("/activities/{id:guid}", async Task<Ok<NeighbourhoodActivityDto>> (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                WithETag(http, await sender.Send(new GetNeighbourhoodActivityQuery(id), ct)))
            .WithName("GetNeighbourhoodActivity")
            .WithSummary("One activity; the ETag is needed to change it.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        plan.MapPut("/activities/{id:guid}", async Task<Ok<NeighbourhoodActivityDto>> (
                    Guid id, NeighbourhoodActivityInput activity, ISender sender, HttpContext http, CancellationToken ct) =>
                WithETag(http, await sender.Send(new UpdateNeighbourhoodActivityCommand(id, Concurrency.IfMatchVersion(http.Request), activity), ct)))
            .WithName("UpdateNeighbourhoodActivity")
            .WithSummary("Replace an activity's record (If-Match required).")
            .WithConcurrencyProblems();
    }

    private static Ok<PlanGoalDto> WithETag(HttpContext http, PlanGoalDto goal) => http.WithETag(goal, goal.Version);

    private static Ok<PlanActionDto> WithETag(HttpContext http, PlanActionDto action) => http.WithETag(action, action.Version);

    private static Ok<NeighbourhoodActivityDto> WithETag(HttpContext http, NeighbourhoodActivityDto activity) => http.WithETag(activity, activity.Version);

    private static Created<T> Created<T>(HttpContext http, string collection, T created, Func<T, Guid> id, Func<T, int> version)
    {
        http.Response.Headers.ETag = Concurrency.ETagOf(version(created));
        var prefix = collection == "activities" ? "/api/v1/activities" : $"/api/v1/buurtplan/{collection}";
        return TypedResults.Created($"{prefix}/{id(created)}", created);
    }
}
