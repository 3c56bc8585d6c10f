using WarmeWijk.Domain.Reporting;

namespace WarmeWijk.Application.Reporting;

/// <summary>A count in a report: <see cref="Value"/> is null unless <see cref="Disclosure"/> is Shown ("&lt;5" when Small: 1 to 4; "x" when Withheld).</summary>
public sealed record CountDto(int? Value, Disclosure Disclosure)
{
    public static CountDto From(ProtectedCount count) => new(count.Value, count.Disclosure);

    /// <summary>A count that is part of no table: hidden only when small (zero is shown, as in tables).</summary>
    public static CountDto Of(int value) => From(ProtectedCount.Of(value, SmallCountProtection.IsSmall(value) ? Disclosure.Small : Disclosure.Shown));
}

/// <summary>Hours from the intake to a milestone; null when fewer than five requests reached it.</summary>
public sealed record DurationDto(double? MedianHours, double? P90Hours);

/// <summary>
/// The figures of a group of requests that came in during the period (a cohort). Rates are fractions (0.75 is 75 %);
/// null when one of their counts is hidden.
/// </summary>
public sealed record RequestFiguresDto(
    CountDto RequestsIn,
    CountDto FirstContacted,
    CountDto Triaged,
    CountDto TriagedLight,
    CountDto TriagedHeavy,
    CountDto Matched,
    CountDto Referred,
    CountDto AcceptedByPartner,
    CountDto Completed,
    CountDto ClosedAfterReferral,
    CountDto ClosedNoOffer,
    CountDto Cancelled,
    CountDto StillOpen,
    DurationDto TimeToFirstContact,
    DurationDto TimeToTriage,
    DurationDto TimeToMatch,
    double? MatchRate,
    double? ReferralRate,
    double? PartnerAcceptanceRate,
    double? CompletionRate)
{
    public static RequestFiguresDto From(ProtectedStats stats)
    {
        CountDto Count(Measure measure) => CountDto.From(stats.Counts[measure]);
        DurationDto Duration(ProtectedDuration d) => new(d.MedianHours, d.P90Hours);
        return new(
            Count(Measure.RequestsIn), Count(Measure.FirstContacted), Count(Measure.Triaged), Count(Measure.TriagedLight), Count(Measure.TriagedHeavy),
            Count(Measure.Matched), Count(Measure.Referred), Count(Measure.AcceptedByPartner), Count(Measure.Completed),
            Count(Measure.ClosedAfterReferral), Count(Measure.ClosedNoOffer), Count(Measure.Cancelled), Count(Measure.StillOpen),
            Duration(stats.TimeToFirstContact), Duration(stats.TimeToTriage), Duration(stats.TimeToMatch),
            stats.MatchRate, stats.ReferralRate, stats.PartnerAcceptanceRate, stats.CompletionRate);
    }
}

/// <summary>One row of a breakdown: <see cref="Key"/> is the category code, channel, neighbourhood id ("outside" for none) or month (yyyy-MM).</summary>
public sealed record BreakdownRowDto(string Key, string Label, RequestFiguresDto Figures);

public sealed record PeriodDto(DateOnly From, DateOnly To);
