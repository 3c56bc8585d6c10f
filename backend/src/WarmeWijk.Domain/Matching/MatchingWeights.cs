using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Matching;

/// <summary>A network's weights of the soft scores. A candidate's score is the sum of weight × normalised value (0..1).</summary>
public sealed record MatchingWeights
{
    public const double MaxWeight = 100;

    public static readonly MatchingWeights Default = new();

    public double Distance { get; init => field = Weight(value, nameof(Distance)); } = 0.35;

    public double AvailabilityOverlap { get; init => field = Weight(value, nameof(AvailabilityOverlap)); } = 0.25;

    public double LoadBalance { get; init => field = Weight(value, nameof(LoadBalance)); } = 0.15;

    public double Continuity { get; init => field = Weight(value, nameof(Continuity)); } = 0.15;

    public double Preferences { get; init => field = Weight(value, nameof(Preferences)); } = 0.10;

    /// <summary>The distance at which the distance score is halved: normalised = 1 / (1 + km / this).</summary>
    public double DistanceHalfScoreKm
    {
        get;
        init => field = double.IsFinite(value) && value > 0
            ? value
            : throw new DomainRuleException($"The half-score distance must be more than zero kilometres, not {value}.");
    } = 2;

    private static double Weight(double value, string name) =>
        double.IsFinite(value) && value is >= 0 and <= MaxWeight
            ? value
            : throw new DomainRuleException($"The weight {name} must be between 0 and {MaxWeight}, not {value}.");
}
