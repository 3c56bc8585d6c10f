using WarmeWijk.Domain.Buurtanalyse.Data;

namespace WarmeWijk.Application.Buurtanalyse;

/// <summary>
/// An import and its outcome. <see cref="ImportedBy"/> names the person only for the caller's own network, otherwise the
/// network. <see cref="Progress"/> (0–1) is set while it runs; <see cref="Rejections"/> only on the detail.
/// </summary>
public sealed record DatasetImportDto(
    Guid Id,
    DatasetKind Kind,
    int? Year,
    string FileName,
    long FileBytes,
    DatasetImportStatus Status,
    bool IsSynthetic,
    string ImportedBy,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    long AcceptedRows,
    long RejectedRows,
    long SkippedRows,
    long StoredValues,
    int? FirstYear,
    int? LastYear,
    string? FatalError,
    double? Progress,
    IReadOnlyList<DatasetRejection>? Rejections);

internal static class DatasetImportMapping
{
    public static DatasetImportDto ToDto(this DatasetImport import, Guid? callerNetwork, string? networkName, double? progress, bool withRejections) => new(
        import.Id, import.Kind, import.Year, import.FileName, import.FileBytes, import.Status, import.IsSynthetic,
        import.ImportedByNetworkId == callerNetwork ? import.ImportedByName : networkName ?? "WarmeWijk",
        import.StartedAt, import.FinishedAt, import.AcceptedRows, import.RejectedRows, import.SkippedRows, import.StoredValues,
        import.FirstYear, import.LastYear, import.FatalError, progress, withRejections ? import.Rejections : null);
}
