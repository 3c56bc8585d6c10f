using System.Diagnostics;
using CsvHelper;
using WarmeWijk.Application.Reporting.Exports;

namespace WarmeWijk.Infrastructure.Reporting.Exports;

/// <summary>
/// The workbook as one RFC 4180 table in UTF-8 with a byte order mark: a leading <c>table</c> column with the table's
/// name, then every table's columns in order of first appearance, a header that several tables share being one
/// column. A row fills its own table's columns and leaves the others empty, so filtering on <c>table</c> gives each
/// table back. Numbers have '.' and no thousands separator, a percentage is written as its fraction, a suppressed
/// count as "&lt;5". The cover (title and notes) is not written. See ADR 0011.
/// </summary>
public sealed class CsvReportExporter : IReportExporter
{
    public const string TableColumn = "table";

    /// <summary>RFC 4180 (comma, CRLF, quotes where needed) with a BOM; text a spreadsheet would run as a formula gets a leading apostrophe.</summary>
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    public ReportFormat Format => ReportFormat.Csv;

    public string ContentType => "text/csv; charset=utf-8";

    public string FileExtension => "csv";

    public async Task WriteAsync(ReportWorkbook workbook, Stream output, CancellationToken cancellationToken)
    {
        var columns = new List<string>();
        var positions = workbook.Tables.Select(table => PositionsOf(table, columns)).ToArray();

        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        await csv.WriteRecordAsync([TableColumn, .. columns], cancellationToken);
        for (var t = 0; t < workbook.Tables.Count; t++)
        {
            var table = workbook.Tables[t];
            foreach (var row in table.Rows)
            {
                var cells = new ReportCell?[columns.Count];
                for (var c = 0; c < row.Count; c++)
                {
                    cells[positions[t][c]] = row[c];
                }

                csv.WriteField(table.Name);
                foreach (var cell in cells)
                {
                    Write(csv, cell);
                }

                await csv.EndRecordAsync(cancellationToken);
            }
        }
    }

    /// <summary>Where each of the table's columns goes, adding to <paramref name="columns"/> the headers it has first.</summary>
    private static int[] PositionsOf(ReportTable table, List<string> columns)
    {
        var positions = new int[table.Columns.Count];
        var taken = new HashSet<int>();
        for (var c = 0; c < positions.Length; c++)
        {
            var position = -1;
            do
            {
                position = columns.IndexOf(table.Columns[c], position + 1);
            }
            while (position >= 0 && taken.Contains(position));

            if (position < 0)
            {
                columns.Add(table.Columns[c]);
                position = columns.Count - 1;
            }

            taken.Add(position);
            positions[c] = position;
        }

        return positions;
    }

    /// <summary>Writes a cell; <see langword="null"/> is a column of another table.</summary>
    private static void Write(CsvWriter csv, ReportCell? cell)
    {
        switch (cell)
        {
            case ReportCell.Text text:
                csv.WriteField(text.Value);
                break;
            case ReportCell.Number number:
                csv.WriteField(ReportCellValues.Rounded(number), "F" + number.Decimals);
                break;
            case ReportCell.Percent percent:
                csv.WriteField(ReportCellValues.Rounded(percent), "F" + ReportCellValues.FractionDecimals);
                break;
            case ReportCell.Suppressed hidden:
                csv.WriteField(hidden.Label);
                break;
            case ReportCell.Empty or null:
                csv.WriteField("");
                break;
            default:
                throw new UnreachableException($"Unknown report cell {cell}.");
        }
    }
}
