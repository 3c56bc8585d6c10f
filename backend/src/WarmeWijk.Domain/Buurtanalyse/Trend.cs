namespace WarmeWijk.Domain.Buurtanalyse;

public enum TrendDirection
{
    /// <summary>Fewer than two years have a value.</summary>
    Unknown,
    Stable,
    Rising,
    Falling,
}

/// <summary>
/// An indicator over the years: every year's value (suppressed years included, as gaps) and the change from the first
/// to the last year with a value. <see cref="AbsoluteChange"/> is in the indicator's unit (percentage points for a
/// share); <see cref="RelativeChange"/> is in % of the first value.
/// </summary>
public sealed record Trend(
    IndicatorDefinition Indicator,
    IReadOnlyList<IndicatorValue> Values,
    int? FromYear,
    int? ToYear,
    decimal? AbsoluteChange,
    decimal? RelativeChange,
    TrendDirection Direction)
{
    public static Trend Of(IndicatorDefinition indicator, IEnumerable<IndicatorValue> values)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(values);
        var byYear = values.OrderBy(v => v.Year).ToList();
        if (byYear.Any(v => v.Indicator.Id != indicator.Id))
        {
            throw new ArgumentException($"A trend of {indicator.Id} can only hold values of {indicator.Id}.", nameof(values));
        }

        var known = byYear.Where(v => v.Value is not null).ToList();
        if (known.Count < 2)
        {
            return new Trend(indicator, byYear, null, null, null, null, TrendDirection.Unknown);
        }

        var (first, last) = (known[0], known[^1]);
        var change = last.Value!.Value - first.Value!.Value;
        return new Trend(
            indicator,
            byYear,
            first.Year,
            last.Year,
            change,
            first.Value == 0 ? null : change / Math.Abs(first.Value.Value) * 100,
            change switch
            {
                > 0 => TrendDirection.Rising,
                < 0 => TrendDirection.Falling,
                _ => TrendDirection.Stable,
            });
    }
}
