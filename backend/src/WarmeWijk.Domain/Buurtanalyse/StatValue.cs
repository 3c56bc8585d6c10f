using System.Globalization;

namespace WarmeWijk.Domain.Buurtanalyse;

/// <summary>
/// A published figure for one sector: a number, or suppressed by the publisher for confidentiality (Statbel's
/// <c>C</c>). A suppressed figure is neither zero nor missing: there is a value, it is hidden. <c>default</c> is
/// suppressed, so a figure that was never set cannot pass for 0.
/// </summary>
public readonly record struct StatValue
{
    private StatValue(decimal number) => Number = number;

    /// <summary>The number, or <see langword="null"/> when suppressed.</summary>
    public decimal? Number { get; }

    public bool IsSuppressed => Number is null;

    public static StatValue Suppressed => default;

    public static StatValue Of(decimal number) => new(number);

    public override string ToString() => Number?.ToString(CultureInfo.InvariantCulture) ?? "C";
}
