using WarmeWijk.Domain.Buurtanalyse;

namespace WarmeWijk.Application.Buurtanalyse.Queries.GetNeighbourhoodIndicators;

/// <summary>
/// A neighbourhood's indicator table (indicators with figures only, in the order of <see cref="Indicators.All"/>) and
/// each sector's latest value per indicator for the map. <see cref="ContainsSyntheticData"/> is set when any figure
/// comes from the demo's made-up data.
/// </summary>
public sealed record NeighbourhoodIndicatorsDto(
    Guid NeighbourhoodId,
    string Name,
    string MunicipalityName,
    bool ContainsSyntheticData,
    IReadOnlyList<IndicatorRowDto> Indicators,
    IReadOnlyList<SectorValuesDto> Sectors);

public sealed record IndicatorRowDto(
    string Id,
    string NameNl,
    string NameEn,
    IndicatorKind Kind,
    BetterDirection Better,
    IndicatorValueDto Latest,
    TrendDto Trend,
    IReadOnlyList<ComparisonDto> Comparisons);

/// <summary>Shares are percentages; <see cref="Value"/> is set only when <see cref="Status"/> is Available.</summary>
public sealed record IndicatorValueDto(
    int Year,
    IndicatorStatus Status,
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator,
    IReadOnlyList<string> SuppressedSectors,
    IReadOnlyList<string> MissingSectors,
    string? Reason);

/// <summary>Every year's value (suppressed years as gaps) and the change from the first to the last known year.</summary>
public sealed record TrendDto(
    TrendDirection Direction, int? FromYear, int? ToYear, decimal? AbsoluteChange, decimal? RelativeChange, IReadOnlyList<TrendPointDto> Points);

public sealed record TrendPointDto(int Year, IndicatorStatus Status, decimal? Value);

/// <summary>The neighbourhood against a reference; <see cref="IsFlagged"/> is the knipperlicht.</summary>
public sealed record ComparisonDto(
    string Area,
    int Year,
    decimal Value,
    string Source,
    decimal Difference,
    DeviationUnit Unit,
    DeviationDirection Direction,
    decimal Threshold,
    bool IsFlagged,
    DeviationAssessment Assessment);

public sealed record SectorValuesDto(string Code, string Name, IReadOnlyList<SectorValueDto> Values);

public sealed record SectorValueDto(string IndicatorId, int Year, IndicatorStatus Status, decimal? Value);

internal static class IndicatorMapping
{
    // Four decimals are more than any figure here is precise to; they keep the JSON short.
    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null;

    public static IndicatorRowDto ToDto(this IndicatorAnalysis analysis) => new(
        analysis.Indicator.Id,
        analysis.Indicator.NameNl,
        analysis.Indicator.NameEn,
        analysis.Indicator.Kind,
        analysis.Indicator.Better,
        analysis.Latest!.ToDto(),
        new TrendDto(
            analysis.Trend.Direction,
            analysis.Trend.FromYear,
            analysis.Trend.ToYear,
            Round(analysis.Trend.AbsoluteChange),
            Round(analysis.Trend.RelativeChange),
            [.. analysis.Trend.Values.Select(v => new TrendPointDto(v.Year, v.Status, Round(v.Value)))]),
        [
            .. analysis.Comparisons.Select(c => new ComparisonDto(
                c.Reference.Area, c.Reference.Year, Round(c.Reference.Value)!.Value, c.Reference.Source, Round(c.Difference)!.Value, c.Unit,
                c.Direction, c.Threshold, c.IsFlagged, c.Assessment)),
        ]);

    public static IndicatorValueDto ToDto(this IndicatorValue value) => new(
        value.Year,
        value.Status,
        Round(value.Value),
        Round(value.Numerator),
        Round(value.Denominator),
        [.. value.SuppressedSectors.Select(s => s.Value)],
        [.. value.MissingSectors.Select(s => s.Value)],
        value.Reason);
}
