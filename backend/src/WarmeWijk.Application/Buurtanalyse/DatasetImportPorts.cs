using WarmeWijk.Domain.Buurtanalyse.Data;

namespace WarmeWijk.Application.Buurtanalyse;

/// <summary>What to import: a file already saved on the server (seekable), and who imports it.</summary>
public sealed record DatasetUpload(
    Guid ImportId, DatasetKind Kind, int? Year, string FileName, Stream Content, Guid? NetworkId, Guid? UserId, string ImportedByName,
    bool IsSynthetic = false);

/// <summary>
/// Reads an open-data file with the matching importer and stores it all-or-nothing, in one transaction: a file with a
/// rejected line or a fatal error stores nothing. The latest import of an indicator and year replaces earlier figures.
/// </summary>
public interface IDatasetImportRunner
{
    /// <returns>The finished import: succeeded, or rejected with the reasons.</returns>
    Task<DatasetImport> RunAsync(DatasetUpload upload, CancellationToken cancellationToken);
}

/// <summary>How far running imports have read their file (this instance only).</summary>
public interface IImportProgress
{
    /// <returns>The fraction read, 0–1, or <see langword="null"/> when the import is not running here.</returns>
    double? FractionRead(Guid importId);
}
