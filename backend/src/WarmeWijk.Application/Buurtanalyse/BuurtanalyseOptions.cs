using WarmeWijk.Domain.Buurtanalyse;

namespace WarmeWijk.Application.Buurtanalyse;

/// <summary>Configuration section <c>Buurtanalyse</c>: upload limit and the knipperlicht thresholds.</summary>
public sealed class BuurtanalyseOptions
{
    public const string Section = "Buurtanalyse";

    /// <summary>The largest file an import accepts; larger uploads get 413.</summary>
    public long MaxUploadBytes { get; set; } = 150L * 1024 * 1024;

    /// <summary>Flag a share that differs more than this many percentage points from its reference.</summary>
    public decimal SharePoints { get; set; } = 5m;

    /// <summary>Flag a count, mean or median that differs more than this % from its reference.</summary>
    public decimal RelativePercent { get; set; } = 20m;

    /// <summary>Thresholds by indicator id, in the unit of its kind.</summary>
    public Dictionary<string, decimal> PerIndicator { get; set; } = [];

    public DeviationThresholds Thresholds() => new()
    {
        SharePoints = SharePoints,
        RelativePercent = RelativePercent,
        PerIndicator = PerIndicator,
    };
}
