using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Domain.Buurtanalyse;

public enum IndicatorStatus
{
    /// <summary>The value is known.</summary>
    Available,

    /// <summary>A figure it depends on is confidential (<c>C</c>), so the value is too.</summary>
    Suppressed,

    /// <summary>The value cannot be computed from the sectors' figures, e.g. a median of several sectors.</summary>
    NotAggregatable,

    /// <summary>The denominator is 0 (e.g. a sector without residents).</summary>
    Undefined,

    /// <summary>None of the area's sectors has a figure for the year.</summary>
    NoData,
}

/// <summary>
/// An indicator for an area and year. <see cref="Value"/> is set only when <see cref="Status"/> is
/// <see cref="IndicatorStatus.Available"/>; shares are percentages. <see cref="MissingSectors"/> lists the sectors
/// without a row (the value is computed over the others); <see cref="SuppressedSectors"/> those whose confidential
/// figures made the value suppressed.
/// </summary>
public sealed record IndicatorValue(
    IndicatorDefinition Indicator,
    int Year,
    IndicatorStatus Status,
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator,
    IReadOnlyList<SectorCode> SuppressedSectors,
    IReadOnlyList<SectorCode> MissingSectors,
    string? Reason);
