using WarmeWijk.Domain.HelpRequests;

namespace WarmeWijk.Application.HelpRequests;

public sealed record ResidentRefDto(Guid Id, string FirstName, string LastName);

public sealed record TimeWindowDto(Weekday Day, TimeOnly From, TimeOnly Until);

public sealed record TriageDto(TriageRoute SuggestedRoute, string SuggestionReason, TriageRoute DecidedRoute, string? OverrideReason, ResidentChoice ResidentChoice, DateTimeOffset DecidedAt);

/// <summary>ByName is the staff member's display name, or null for a partner's software or a removed user.</summary>
public sealed record TimelineEntryDto(HelpRequestStatus? From, HelpRequestStatus To, DateTimeOffset At, Guid By, string? ByName, string Reason);

/// <summary>CancelledAt is set when the task was stopped because the resident withdrew consent for follow-up contact.</summary>
public sealed record FollowUpDto(Guid Id, string Description, DateOnly DueOn, Recurrence Recurrence, Guid AssignedTo, DateTimeOffset? DoneAt, DateTimeOffset? CancelledAt);

public sealed record HelpRequestDto(
    Guid Id,
    ResidentRefDto Resident,
    IntakeChannel Channel,
    string CategoryCode,
    string SectorCode,
    string Description,
    Urgency Urgency,
    Recurrence Recurrence,
    DateOnly? WishedFrom,
    IReadOnlyList<TimeWindowDto> TimeWindows,
    IReadOnlyList<string> Needs,
    HelpRequestStatus Status,
    IReadOnlyList<HelpRequestStatus> AllowedTransitions,
    TriageDto? Triage,
    int? WaitlistPriority,
    Guid? AssignedFieldWorkerId,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FirstContactAt,
    IReadOnlyList<TimelineEntryDto> Timeline,
    IReadOnlyList<FollowUpDto> FollowUps)
{
    public static HelpRequestDto From(HelpRequest h, ResidentRefDto resident, IReadOnlyDictionary<Guid, string> names) => new(
        h.Id,
        resident,
        h.Channel,
        h.CategoryCode,
        h.SectorCode,
        h.Description,
        h.Urgency,
        h.Recurrence,
        h.WishedFrom,
        [.. h.TimeWindows.Select(w => new TimeWindowDto(w.Day, w.From, w.Until))],
        h.Needs,
        h.Status,
        HelpRequestTransitions.From(h.Status),
        h.Triage is { } t ? new TriageDto(t.SuggestedRoute, t.SuggestionReason, t.DecidedRoute, t.OverrideReason, t.ResidentChoice, t.DecidedAt) : null,
        h.WaitlistPriority,
        h.AssignedFieldWorkerId,
        h.Version,
        h.CreatedAt,
        h.FirstContactAt,
        [.. h.Timeline.OrderBy(e => e.At).Select(e => new TimelineEntryDto(e.From, e.To, e.At, e.By, names.GetValueOrDefault(e.By), e.Reason))],
        [.. h.FollowUps.OrderBy(f => f.DueOn).Select(f => new FollowUpDto(f.Id, f.Description, f.DueOn, f.Recurrence, f.AssignedTo, f.DoneAt, f.CancelledAt))]);
}

/// <summary>A line in a list: the resident is shown by first name and initial only.</summary>
public sealed record HelpRequestSummaryDto(
    Guid Id, string ResidentName, string CategoryCode, Urgency Urgency, HelpRequestStatus Status, DateTimeOffset CreatedAt, int? WaitlistPriority);
