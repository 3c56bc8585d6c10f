using WarmeWijk.Domain.Buurtplan;

namespace WarmeWijk.Application.Buurtplan;

public sealed record PlanGoalDto(
    Guid Id,
    Guid NeighbourhoodId,
    string Title,
    string? Description,
    GoalStatus Status,
    IReadOnlyList<GoalFinding> Findings,
    IReadOnlyList<FollowedIndicatorDto> Indicators,
    int Version);

/// <summary>An indicator a goal follows; <see cref="Source"/> tells where its current value comes from.</summary>
public sealed record FollowedIndicatorDto(string Code, PlanIndicatorSource Source, decimal Baseline, decimal Target);

public enum PlanIndicatorSource
{
    /// <summary>A buurtanalyse indicator: its current value is in the neighbourhood's indicators.</summary>
    Buurtanalyse,

    /// <summary>A report KPI (see the list in docs/decisions/0014-buurtplan.md): its current value is in the reporting dashboard.</summary>
    ReportKpi,
}

public sealed record PlanPartnerDto(Guid Id, string Name);

/// <summary>An action; <see cref="Owner"/> is the owning user's name or the free-text name, and <see cref="NextStatuses"/> where its status may go.</summary>
public sealed record PlanActionDto(
    Guid Id,
    Guid GoalId,
    string Title,
    DateOnly StartOn,
    DateOnly DueOn,
    Guid? OwnerUserId,
    string? OwnerName,
    string Owner,
    IReadOnlyList<PlanPartnerDto> Partners,
    PlanActionStatus Status,
    IReadOnlyList<PlanActionStatus> NextStatuses,
    string? Notes,
    int Version);

public sealed record NeighbourhoodActivityDto(
    Guid Id,
    Guid NeighbourhoodId,
    DateOnly HeldOn,
    ActivityType Type,
    int Participants,
    IReadOnlyList<ResidentGroup> GroupsReached,
    Guid? ActionId,
    string? Description,
    DateTimeOffset RecordedAt,
    int Version);

/// <summary>A user of the network who can own an action.</summary>
public sealed record PlanOwnerDto(Guid Id, string DisplayName);

/// <summary>
/// A neighbourhood's buurtplan: its goals (oldest first), their actions (by start date; each names its goal), the
/// activities (newest first) and, for the forms, the users who can own an action and the report KPIs a goal can follow.
/// </summary>
public sealed record BuurtplanDto(
    Guid NeighbourhoodId,
    string NeighbourhoodName,
    IReadOnlyList<PlanGoalDto> Goals,
    IReadOnlyList<PlanActionDto> Actions,
    IReadOnlyList<NeighbourhoodActivityDto> Activities,
    IReadOnlyList<PlanOwnerDto> Owners,
    IReadOnlyList<string> ReportKpis);
