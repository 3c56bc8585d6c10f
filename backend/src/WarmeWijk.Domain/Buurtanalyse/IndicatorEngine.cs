using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Domain.Buurtanalyse;

/// <summary>A named set of sectors: a neighbourhood, or the municipality it lies in.</summary>
public sealed record SectorArea(string Name, IReadOnlyCollection<SectorCode> Sectors);

/// <summary>
/// One row of a neighbourhood's indicator table: the latest year's value, the trend over all years, and the comparisons
/// with the municipality and the reference areas (with their knipperlichten).
/// </summary>
public sealed record IndicatorAnalysis(
    IndicatorDefinition Indicator,
    IndicatorValue? Latest,
    Trend Trend,
    IReadOnlyList<Comparison> Comparisons);

/// <summary>Computes a neighbourhood's indicator table from its sectors' figures.</summary>
public sealed class IndicatorEngine(DeviationThresholds thresholds)
{
    /// <param name="neighbourhood">The neighbourhood's sectors.</param>
    /// <param name="municipality">
    /// All sectors of the municipality, to compare with its value of the same year (not for counts: a part is always
    /// smaller than its whole); <see langword="null"/> to leave that comparison out.
    /// </param>
    /// <param name="indicators">The indicators to compute, in table order.</param>
    /// <param name="observations">The figures of the neighbourhood's (and the municipality's) sectors, all years.</param>
    /// <param name="references">Reference values such as <see cref="FlandersReferences.All"/>.</param>
    public IReadOnlyList<IndicatorAnalysis> Analyse(
        SectorArea neighbourhood,
        SectorArea? municipality,
        IEnumerable<IndicatorDefinition> indicators,
        IEnumerable<SectorObservation> observations,
        IEnumerable<ReferenceValue> references)
    {
        ArgumentNullException.ThrowIfNull(neighbourhood);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(references);

        var byIndicator = observations.ToLookup(o => o.IndicatorId, StringComparer.Ordinal);
        var referencesByIndicator = references.ToLookup(r => r.IndicatorId, StringComparer.Ordinal);
        return
        [
            .. indicators.Select(indicator => Analyse(
                indicator, neighbourhood, municipality, byIndicator[indicator.Id].ToLookup(o => o.Year), referencesByIndicator[indicator.Id])),
        ];
    }

    private IndicatorAnalysis Analyse(
        IndicatorDefinition indicator,
        SectorArea neighbourhood,
        SectorArea? municipality,
        ILookup<int, SectorObservation> byYear,
        IEnumerable<ReferenceValue> references)
    {
        var trend = Trend.Of(indicator, byYear
            .Select(year => SectorAggregation.Aggregate(indicator, year.Key, neighbourhood.Sectors, year))
            .Where(value => value.Status != IndicatorStatus.NoData));
        var latest = trend.Values.Count > 0 ? trend.Values[^1] : null;
        if (latest is null)
        {
            return new IndicatorAnalysis(indicator, null, trend, []);
        }

        var municipal = municipality is null || indicator.Kind == IndicatorKind.Count
            ? null
            : SectorAggregation.Aggregate(indicator, latest.Year, municipality.Sectors, byYear[latest.Year]);
        IEnumerable<ReferenceValue> compareWith = municipal?.Value is { } municipalValue
            ? [new ReferenceValue(indicator.Id, municipality!.Name, latest.Year, municipalValue, "Computed from the same sector figures"), .. references]
            : references;
        return new IndicatorAnalysis(
            indicator, latest, trend, [.. compareWith.Select(r => Comparison.Of(latest, r, thresholds)).OfType<Comparison>()]);
    }
}
