namespace WarmeWijk.Infrastructure.Buurtanalyse.Import;

/// <summary>A rejected line (or GeoJSON feature) and why. <see cref="Line"/> is 1-based; <see cref="Feature"/> is the 0-based index in <c>features</c>.</summary>
public sealed record ImportRejection(long Line, string Reason, int? Feature = null)
{
    public override string ToString() => Feature is { } index ? $"features[{index}] (line {Line}): {Reason}" : $"line {Line}: {Reason}";
}

/// <summary>
/// What an import found, filled in while its rows are read. Every rejection is counted; the first
/// <see cref="MaxStoredRejections"/> are kept. A <see cref="FatalError"/> (wrong separator, missing columns, not UTF-8,
/// empty file, not a FeatureCollection...) stops the import: rows read before it must be discarded.
/// </summary>
public sealed class ImportReport(int maxStoredRejections = ImportReport.DefaultMaxStoredRejections)
{
    public const int DefaultMaxStoredRejections = 1_000;

    private readonly List<ImportRejection> _rejections = [];

    public int MaxStoredRejections { get; } = maxStoredRejections;

    public long AcceptedCount { get; private set; }

    public long RejectedCount { get; private set; }

    /// <summary>Rows of sectors outside the sector directory's region (Wallonia), left out when a directory is used.</summary>
    public long SkippedCount { get; private set; }

    public IReadOnlyList<ImportRejection> Rejections => _rejections;

    public string? FatalError { get; private set; }

    /// <summary>How far the input has been read, for a progress bar.</summary>
    public long BytesRead { get; internal set; }

    /// <summary>No fatal error and no rejected line: the import can be committed as a whole.</summary>
    public bool IsClean => FatalError is null && RejectedCount == 0;

    internal void Accept() => AcceptedCount++;

    internal void Skip() => SkippedCount++;

    internal void Reject(ImportRejection rejection)
    {
        RejectedCount++;
        if (_rejections.Count < MaxStoredRejections)
        {
            _rejections.Add(rejection);
        }
    }

    internal void Fail(string error) => FatalError ??= error;
}
