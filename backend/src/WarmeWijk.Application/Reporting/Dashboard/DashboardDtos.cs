using WarmeWijk.Domain.HelpRequests;

namespace WarmeWijk.Application.Reporting.Dashboard;

public sealed record DashboardFiltersDto(Guid? NeighbourhoodId, string? CategoryCode, IntakeChannel? Channel);

/// <summary>The waiting list today (not of the period): its size, and in days how long the requests on it have waited.</summary>
public sealed record WaitingListDto(CountDto Size, double? MedianDaysWaiting, double? LongestDaysWaiting);

public sealed record SignalThemeCountDto(string Theme, CountDto Count);

/// <summary>
/// Residents reached in the period (with a request from a sector of the neighbourhoods) per group, against the group's
/// population in the buurtanalyse figures of the same sectors (the latest year up to the period's end) where one exists.
/// </summary>
public sealed record ReachGroupDto(string Group, CountDto Reached, int? Population, int? PopulationYear, double? Share);

public sealed record ReachDto(CountDto ResidentsReached, IReadOnlyList<ReachGroupDto> Groups, CountDto AlsoVolunteering);

/// <summary>Volunteering in the whole network during the period: hours (those of completed matches and those logged) and who helped.</summary>
public sealed record VolunteerFiguresDto(decimal? Hours, CountDto VolunteersWhoHelped, CountDto ActiveNow);

public sealed record DashboardDto(
    string NetworkName,
    PeriodDto Period,
    PeriodDto PreviousPeriod,
    DashboardFiltersDto Filters,
    RequestFiguresDto Current,
    RequestFiguresDto Previous,
    IReadOnlyList<BreakdownRowDto> ByMonth,
    IReadOnlyList<BreakdownRowDto> ByCategory,
    IReadOnlyList<BreakdownRowDto> ByChannel,
    IReadOnlyList<BreakdownRowDto> ByNeighbourhood,
    WaitingListDto WaitingList,
    CountDto Signals,
    IReadOnlyList<SignalThemeCountDto> SignalsByTheme,
    ReachDto Reach,
    VolunteerFiguresDto Volunteers,
    int SuppressionThreshold);
