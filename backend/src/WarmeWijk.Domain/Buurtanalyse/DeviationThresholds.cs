namespace WarmeWijk.Domain.Buurtanalyse;

/// <summary>
/// When a deviation from a reference turns on the knipperlicht: more than <see cref="SharePoints"/> percentage points
/// for a share, more than <see cref="RelativePercent"/> % (relative to the reference) for other kinds, unless
/// <see cref="PerIndicator"/> sets the threshold of an indicator (in the unit of its kind).
/// </summary>
public sealed class DeviationThresholds
{
    public decimal SharePoints { get; init; } = 5m;

    public decimal RelativePercent { get; init; } = 20m;

    /// <summary>Thresholds by indicator id: percentage points for shares, relative % for the other kinds.</summary>
    public IReadOnlyDictionary<string, decimal> PerIndicator { get; init; } = new Dictionary<string, decimal>();

    public decimal For(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return PerIndicator.TryGetValue(indicator.Id, out var threshold) ? threshold
            : indicator.Kind == IndicatorKind.Share ? SharePoints
            : RelativePercent;
    }
}
