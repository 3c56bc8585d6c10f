namespace WarmeWijk.Domain.Buurtanalyse;

public enum DeviationDirection
{
    Equal,
    Above,
    Below,
}

public enum DeviationUnit
{
    /// <summary>Shares: the difference of two percentages.</summary>
    PercentagePoints,

    /// <summary>Counts, means and medians: the difference relative to the reference.</summary>
    Percent,
}

/// <summary>Whether a deviation is good news, given the indicator's <see cref="BetterDirection"/>.</summary>
public enum DeviationAssessment
{
    Neutral,
    Favourable,
    Unfavourable,
}

/// <summary>
/// A neighbourhood's value against a reference. <see cref="Difference"/> is signed, in <see cref="Unit"/>;
/// <see cref="IsFlagged"/> is the knipperlicht: the deviation is larger than <see cref="Threshold"/>.
/// </summary>
public sealed record Comparison(
    ReferenceValue Reference,
    decimal Difference,
    DeviationUnit Unit,
    DeviationDirection Direction,
    decimal Threshold,
    bool IsFlagged,
    DeviationAssessment Assessment)
{
    /// <summary>
    /// Compares <paramref name="value"/> with <paramref name="reference"/>; <see langword="null"/> when the value is not
    /// available, or when a relative difference is asked against a reference of 0.
    /// </summary>
    public static Comparison? Of(IndicatorValue value, ReferenceValue reference, DeviationThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (reference.IndicatorId != value.Indicator.Id)
        {
            throw new ArgumentException(
                $"A {reference.IndicatorId} reference cannot be compared with {value.Indicator.Id}.", nameof(reference));
        }

        var isShare = value.Indicator.Kind == IndicatorKind.Share;
        if (value.Value is not { } actual || (!isShare && reference.Value == 0))
        {
            return null;
        }

        var difference = isShare ? actual - reference.Value : (actual - reference.Value) / Math.Abs(reference.Value) * 100;
        var direction = difference switch
        {
            > 0 => DeviationDirection.Above,
            < 0 => DeviationDirection.Below,
            _ => DeviationDirection.Equal,
        };
        var threshold = thresholds.For(value.Indicator);
        return new Comparison(
            reference,
            difference,
            isShare ? DeviationUnit.PercentagePoints : DeviationUnit.Percent,
            direction,
            threshold,
            Math.Abs(difference) > threshold,
            Assess(value.Indicator.Better, direction));
    }

    private static DeviationAssessment Assess(BetterDirection better, DeviationDirection direction) => (better, direction) switch
    {
        (BetterDirection.Higher, DeviationDirection.Above) or (BetterDirection.Lower, DeviationDirection.Below) => DeviationAssessment.Favourable,
        (BetterDirection.Higher, DeviationDirection.Below) or (BetterDirection.Lower, DeviationDirection.Above) => DeviationAssessment.Unfavourable,
        _ => DeviationAssessment.Neutral,
    };
}
