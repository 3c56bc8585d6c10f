using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Buurtanalyse.Data;

/// <summary>The open-data layouts an import can read.</summary>
public enum DatasetKind
{
    /// <summary>Statbel OPENDATA_SECTOREN_&lt;year&gt;: residents (and area) per sector.</summary>
    Population,

    /// <summary>Statbel TF_PSNL_INC_TAX_SECTOR: fiscal income per sector.</summary>
    Income,

    /// <summary>Statbel TF_CAR_HH_SECTOR: households and cars per sector.</summary>
    Households,

    /// <summary>The generic "indicator value per sector per year" file.</summary>
    IndicatorValues,

    /// <summary>Sector boundaries as a GeoJSON FeatureCollection in WGS84.</summary>
    SectorBoundaries,
}

public enum DatasetImportStatus
{
    Running,

    /// <summary>Every line was accepted and the data was stored.</summary>
    Succeeded,

    /// <summary>The file had rejected lines or a fatal error; nothing was stored.</summary>
    Rejected,

    /// <summary>The import stopped on a fault of the server; nothing was stored.</summary>
    Failed,
}

/// <summary>A rejected line (or GeoJSON feature) of an import, kept for the report.</summary>
public sealed record DatasetRejection(long Line, int? Feature, string Reason);

/// <summary>
/// One upload of an open-data file. The figures it stores are shared open data (see docs/decisions/0008), so an import
/// is not tenant-owned; it records which network and user ran it.
/// </summary>
public sealed class DatasetImport : Entity
{
    private List<DatasetRejection> _rejections = [];

    private DatasetImport()
    {
        FileName = string.Empty;
        ImportedByName = string.Empty;
    }

    public DatasetImport(
        Guid id, DatasetKind kind, int? year, string fileName, long fileBytes, Guid? networkId, Guid? userId, string importedByName,
        DateTimeOffset startedAt, bool isSynthetic = false)
    {
        Id = id;
        Kind = kind;
        Year = year;
        FileName = Guard.Required(fileName, "The file name", 255);
        FileBytes = fileBytes;
        ImportedByNetworkId = networkId;
        ImportedByUserId = userId;
        ImportedByName = Guard.Required(importedByName, "The importer's name", 200);
        StartedAt = startedAt;
        IsSynthetic = isSynthetic;
        Status = DatasetImportStatus.Running;
    }

    public DatasetKind Kind { get; private set; }

    /// <summary>The year given with the upload (the population file has no year column); null when the file holds its years.</summary>
    public int? Year { get; private set; }

    public string FileName { get; private set; }

    public long FileBytes { get; private set; }

    public Guid? ImportedByNetworkId { get; private set; }

    public Guid? ImportedByUserId { get; private set; }

    public string ImportedByName { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public DatasetImportStatus Status { get; private set; }

    /// <summary>Made up for the demo, not published by Statbel.</summary>
    public bool IsSynthetic { get; private set; }

    public long AcceptedRows { get; private set; }

    public long RejectedRows { get; private set; }

    /// <summary>Rows of sectors outside Flanders and Brussels, left out.</summary>
    public long SkippedRows { get; private set; }

    /// <summary>Figures (or boundaries) stored: a row of a Statbel file can hold several indicators.</summary>
    public long StoredValues { get; private set; }

    public int? FirstYear { get; private set; }

    public int? LastYear { get; private set; }

    public string? FatalError { get; private set; }

    /// <summary>The first rejected lines with their reasons (all of them are counted in <see cref="RejectedRows"/>).</summary>
    public IReadOnlyList<DatasetRejection> Rejections => _rejections;

    public void Succeed(DateTimeOffset at, long accepted, long skipped, long stored, int? firstYear, int? lastYear)
    {
        EnsureRunning();
        (Status, FinishedAt, AcceptedRows, SkippedRows, StoredValues, FirstYear, LastYear) =
            (DatasetImportStatus.Succeeded, at, accepted, skipped, stored, firstYear, lastYear);
    }

    public void Reject(DateTimeOffset at, long accepted, long rejected, long skipped, string? fatalError, IEnumerable<DatasetRejection> rejections)
    {
        EnsureRunning();
        (Status, FinishedAt, AcceptedRows, RejectedRows, SkippedRows, FatalError) =
            (DatasetImportStatus.Rejected, at, accepted, rejected, skipped, fatalError);
        _rejections = [.. rejections];
    }

    public void Fail(DateTimeOffset at, string error)
    {
        EnsureRunning();
        (Status, FinishedAt, FatalError) = (DatasetImportStatus.Failed, at, error);
    }

    private void EnsureRunning()
    {
        if (Status != DatasetImportStatus.Running)
        {
            throw new DomainRuleException($"The import has finished already ({Status}).");
        }
    }
}
