using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Domain.Buurtplan;
using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Application.Buurtplan;

/// <summary>Loads the buurtplan's rows of the caller's network (404 otherwise) and shows them as the API does.</summary>
public sealed class BuurtplanStore(IAppDbContext db)
{
    public async Task<Neighbourhood> NeighbourhoodAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Neighbourhoods.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken)
        ?? throw new NotFoundException("Neighbourhood", id);

    public async Task<PlanGoal> GoalAsync(Guid id, CancellationToken cancellationToken) =>
        await db.PlanGoals.SingleOrDefaultAsync(g => g.Id == id, cancellationToken) ?? throw new NotFoundException("Goal", id);

    public async Task<PlanAction> ActionAsync(Guid id, CancellationToken cancellationToken) =>
        await db.PlanActions.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException("Action", id);

    public async Task<NeighbourhoodActivity> ActivityAsync(Guid id, CancellationToken cancellationToken) =>
        await db.NeighbourhoodActivities.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException("Activity", id);

    /// <summary>The row to change: If-Match is required (428), the row must be of the network (404) and the version current (412).</summary>
    public static async Task<T> ForChangeAsync<T>(Task<T> load, Func<T, int> version, int? expectedVersion, string resource)
    {
        if (expectedVersion is null)
        {
            throw new PreconditionRequiredException(resource);
        }

        var row = await load;
        return version(row) == expectedVersion ? row : throw new PreconditionFailedException(resource, version(row));
    }

    /// <summary>An activity may be part of an action of its own neighbourhood only; otherwise the field is wrong (400).</summary>
    public async Task CheckActionAsync(Guid? actionId, Guid neighbourhoodId, CancellationToken cancellationToken)
    {
        if (actionId is { } id && !await db.PlanActions.AnyAsync(a => a.Id == id && a.NeighbourhoodId == neighbourhoodId, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure("ActionId", "There is no such action in this neighbourhood's buurtplan.")]);
        }
    }

    public static PlanGoalDto ToDto(PlanGoal goal) => new(
        goal.Id,
        goal.NeighbourhoodId,
        goal.Title,
        goal.Description,
        goal.Status,
        goal.Findings,
        [.. goal.Indicators.Select(i => new FollowedIndicatorDto(
            i.Code, i.IsBuurtanalyseIndicator() ? PlanIndicatorSource.Buurtanalyse : PlanIndicatorSource.ReportKpi, i.Baseline, i.Target))],
        goal.Version);

    public static NeighbourhoodActivityDto ToDto(NeighbourhoodActivity activity) => new(
        activity.Id,
        activity.NeighbourhoodId,
        activity.HeldOn,
        activity.Type,
        activity.Participants,
        activity.GroupsReached,
        activity.ActionId,
        activity.Description,
        activity.RecordedAt,
        activity.Version);

    public async Task<PlanActionDto> ToDtoAsync(PlanAction action, CancellationToken cancellationToken) =>
        (await ToDtosAsync([action], cancellationToken))[0];

    /// <summary>Actions with their owner's and partners' names, read in two queries for all of them.</summary>
    public async Task<IReadOnlyList<PlanActionDto>> ToDtosAsync(IReadOnlyList<PlanAction> actions, CancellationToken cancellationToken)
    {
        var userIds = actions.Where(a => a.OwnerUserId is not null).Select(a => a.OwnerUserId!.Value).Distinct().ToList();
        var partnerIds = actions.SelectMany(a => a.PartnerIds).Distinct().ToList();
        var users = await db.StaffUsers.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var partners = await db.PartnerOrganisations.AsNoTracking().Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return [.. actions.Select(a => new PlanActionDto(
            a.Id,
            a.GoalId,
            a.Title,
            a.StartOn,
            a.DueOn,
            a.OwnerUserId,
            a.OwnerName,
            a.OwnerName ?? users.GetValueOrDefault(a.OwnerUserId!.Value, "?"),
            [.. a.PartnerIds.Where(partners.ContainsKey).Select(id => new PlanPartnerDto(id, partners[id]))],
            a.Status,
            PlanAction.AllowedTransitions[a.Status],
            a.Notes,
            a.Version))];
    }
}
