using System.Text.Unicode;
using CsvHelper;
using WarmeWijk.Application.Partners;

namespace WarmeWijk.Infrastructure.Partners;

/// <summary>
/// The sociale kaart CSV: RFC 4180 with commas, a header line with the column names of <see cref="SocialMapColumns"/>
/// (in any order, case-insensitive), UTF-8 with or without a byte order mark. The export writes a byte order mark so
/// that spreadsheets read the accents; text that a spreadsheet would run as a formula gets a leading apostrophe, which
/// the import takes off again.
/// </summary>
public sealed class SocialMapCsv : ISocialMapCsv
{
    private const int MaxRecordBytes = 64 * 1024;

    private static readonly CsvReaderOptions ReadOptions = new()
    {
        Separator = ',',
        TrackLineNumbers = true,
        TrimWhitespace = true,
        SkipEmptyLines = true,
        MaxRecordSize = MaxRecordBytes,
    };

    private static readonly CsvWriterOptions WriteOptions = CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    public SocialMapCsvTable Read(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var csv = CsvReader.Create(content, ReadOptions, leaveOpen: true);
        try
        {
            return Read(csv);
        }
        catch (CsvFormatException e)
        {
            return Fatal($"The file cannot be read as comma-separated values: {e.Message}");
        }
    }

    public async Task WriteAsync(IEnumerable<IReadOnlyList<string>> rows, Stream output, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, WriteOptions, leaveOpen: true);
        foreach (var row in rows)
        {
            await csv.WriteRecordAsync(row.ToArray(), cancellationToken);
        }
    }

    private static SocialMapCsvTable Read(CsvReader csv)
    {
        csv.ReadHeader();
        var headers = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (headers.Count == 0)
        {
            return Fatal("The file is empty.");
        }

        if (headers.Count == 1 && headers[0].IndexOfAny([';', '\t', '|']) is var at and >= 0)
        {
            return Fatal($"The columns are separated by '{(headers[0][at] == '\t' ? "tab" : headers[0][at].ToString())}'; separate them with commas, as the export does.");
        }

        if (headers.GroupBy(h => h).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return Fatal($"The column '{twice.Key}' appears twice in the header.", twice.Key);
        }

        var missing = SocialMapColumns.Required.Where(c => !headers.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return Fatal(
                $"The column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))} are missing; the header needs at least {string.Join(", ", SocialMapColumns.Required)}.",
                missing[0]);
        }

        var records = new List<SocialMapCsvRecord>();
        var rejections = new List<SocialMapRejectionDto>();
        while (csv.Read())
        {
            var line = csv.LineNumber;
            if (!Utf8.IsValid(csv.RawRecord))
            {
                return Fatal($"The file is not UTF-8: line {line} holds bytes that are not UTF-8 text (Latin-1 or Windows-1252?). Save it as UTF-8 and import it again.");
            }

            if (csv.FieldCount != headers.Count)
            {
                rejections.Add(new SocialMapRejectionDto(line, null, $"The line has {csv.FieldCount} field(s) where the header has {headers.Count} (a comma inside a value must be quoted)."));
                continue;
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
            {
                fields[headers[i]] = Unescaped(csv.GetString(i));
            }

            records.Add(new SocialMapCsvRecord(line, fields));
        }

        return records.Count == 0 && rejections.Count == 0 ? Fatal("The file has a header but no data lines.") : new SocialMapCsvTable(records, rejections, null);
    }

    /// <summary>Takes off the apostrophe the export puts before text starting with = + - @ (formula injection).</summary>
    private static string Unescaped(string value) =>
        value.Length > 1 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@' ? value[1..] : value;

    private static SocialMapCsvTable Fatal(string reason, string? column = null) =>
        new([], [new SocialMapRejectionDto(1, column, reason)], reason);
}
