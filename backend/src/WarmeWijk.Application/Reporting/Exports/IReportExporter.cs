namespace WarmeWijk.Application.Reporting.Exports;

/// <summary>Writes a <see cref="ReportWorkbook"/> in one file format; one is registered per <see cref="ReportFormat"/>.</summary>
public interface IReportExporter
{
    ReportFormat Format { get; }

    /// <summary>The media type of the response, e.g. <c>text/csv; charset=utf-8</c>.</summary>
    string ContentType { get; }

    /// <summary>The file name extension without its dot: <c>csv</c> or <c>xlsx</c>.</summary>
    string FileExtension { get; }

    /// <summary>Writes the whole workbook to <paramref name="output"/> with asynchronous writes only, and leaves it open.</summary>
    Task WriteAsync(ReportWorkbook workbook, Stream output, CancellationToken cancellationToken);
}

public enum ReportFormat
{
    Csv,
    Xlsx,
}
