using System.Text.Unicode;
using CsvHelper;

namespace WarmeWijk.Infrastructure.Buurtanalyse.Import;

/// <summary>
/// Streams a separated-values file (Statbel's <c>|</c>, <c>;</c> or <c>,</c>, or tabs, detected from the header) one
/// line at a time: memory stays constant however large the file. Accepts UTF-8 with or without a byte order mark.
/// </summary>
internal static class TabularReader
{
    private const int MaxLineBytes = 1 << 20;

    private static readonly CsvReaderOptions Options = new()
    {
        TrackLineNumbers = true,
        TrimWhitespace = true,
        // Statbel values never span lines: one stray quote must not swallow the rest of the file.
        AllowLineBreaksInQuotes = false,
        MaxRecordSize = MaxLineBytes,
    };

    /// <summary>
    /// Reads the rows of <paramref name="source"/>, which stays open. <paramref name="map"/> turns a row into a
    /// <typeparamref name="TRow"/> through the <see cref="TabularRow"/> accessors, which reject the row on bad values;
    /// only accepted rows are yielded. Everything else ends up in <paramref name="report"/>.
    /// </summary>
    public static IEnumerable<TRow> Read<TRow>(
        Stream source,
        IReadOnlyList<TabularColumn> layout,
        ImportReport report,
        SectorCheck sectors,
        Func<TabularRow, TRow> map)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(report);
        return ReadRows(source, layout, report, sectors, map);
    }

    private static IEnumerable<TRow> ReadRows<TRow>(
        Stream source,
        IReadOnlyList<TabularColumn> layout,
        ImportReport report,
        SectorCheck sectors,
        Func<TabularRow, TRow> map)
    {
        using var csv = CsvReader.Create(source, Options, leaveOpen: true);
        var row = TabularRow.Open(csv, layout, sectors, report);
        if (row is null)
        {
            yield break;
        }

        var lines = 0L;
        while (Next(csv, report))
        {
            lines++;
            if (!Utf8.IsValid(csv.RawRecord))
            {
                report.Fail(NotUtf8(csv.LineNumber));
                yield break;
            }

            report.BytesRead = csv.ByteOffset;
            var value = row.Start() ? map(row) : default;
            if (row.Rejection is { } reason)
            {
                report.Reject(new ImportRejection(csv.LineNumber, reason));
            }
            else if (row.IsSkipped)
            {
                report.Skip();
            }
            else
            {
                report.Accept();
                yield return value!;
            }
        }

        if (lines == 0 && report.FatalError is null)
        {
            report.Fail("The file has a header but no data lines.");
        }
    }

    internal static string NotUtf8(long line) =>
        $"The file is not UTF-8: line {line} holds bytes that are not UTF-8 text (Latin-1 or Windows-1252, or a zip or "
        + "Excel file?). Save it as UTF-8 and import it again.";

    internal static string Unreadable(CsvFormatException exception) =>
        $"The file cannot be read as separated values (a line longer than {MaxLineBytes / 1024} KB?): {exception.Message}";

    private static bool Next(CsvReader csv, ImportReport report)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException e)
        {
            report.Fail(Unreadable(e));
            return false;
        }
    }
}
