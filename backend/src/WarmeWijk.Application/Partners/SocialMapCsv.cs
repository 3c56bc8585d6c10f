namespace WarmeWijk.Application.Partners;

/// <summary>
/// The columns of the sociale kaart CSV, named after the Open Referral HSDS organisation fields where one exists
/// (see docs/decisions/0013-sociale-kaart.md). List-valued columns separate their values with ';'.
/// </summary>
public static class SocialMapColumns
{
    public const string Id = "id";
    public const string Name = "name";
    public const string Description = "description";
    public const string Kind = "kind";
    public const string Email = "email";
    public const string Url = "url";
    public const string Phone = "phone";
    public const string Address = "address";
    public const string Categories = "categories";
    public const string Services = "services";
    public const string ServiceAreas = "service_areas";
    public const string AcceptsReferrals = "accepts_referrals";
    public const string Status = "status";

    /// <summary>In the order the export writes them.</summary>
    public static readonly IReadOnlyList<string> All =
        [Id, Name, Description, Kind, Email, Url, Phone, Address, Categories, Services, ServiceAreas, AcceptsReferrals, Status];

    /// <summary>The columns a file must have; the others may be left out.</summary>
    public static readonly IReadOnlyList<string> Required = [Name, Kind];
}

/// <summary>One data line of the file: its line number and its fields by (lower-case) column name.</summary>
public sealed record SocialMapCsvRecord(long Line, IReadOnlyDictionary<string, string> Fields)
{
    public string this[string column] => Fields.TryGetValue(column, out var value) ? value : string.Empty;
}

/// <summary>What was read: the records, the lines that could not be read at all, or a fatal error (e.g. a missing column).</summary>
public sealed record SocialMapCsvTable(IReadOnlyList<SocialMapCsvRecord> Records, IReadOnlyList<SocialMapRejectionDto> Rejections, string? FatalError);

/// <summary>A rejected line: its number (1 is the header), the column when one is to blame, and why.</summary>
public sealed record SocialMapRejectionDto(long Line, string? Column, string Reason);

/// <summary>The outcome of an import; with rejections or a fatal error nothing was stored.</summary>
public sealed record SocialMapImportDto(int Created, int Updated, int Unchanged, IReadOnlyList<SocialMapRejectionDto> Rejections, string? FatalError);

/// <summary>Reads and writes the sociale kaart CSV (RFC 4180, comma-separated, UTF-8 with or without byte order mark).</summary>
public interface ISocialMapCsv
{
    SocialMapCsvTable Read(Stream content);

    Task WriteAsync(IEnumerable<IReadOnlyList<string>> rows, Stream output, CancellationToken cancellationToken);
}

/// <summary>The file was read but nothing was stored (422, with the report).</summary>
public sealed class SocialMapRejectedException(SocialMapImportDto import)
    : Exception(import.FatalError is { } fatal
        ? $"Nothing was imported: {fatal}"
        : $"Nothing was imported: {import.Rejections.Select(r => r.Line).Distinct().Count()} line(s) were rejected. Correct them and import the whole file again.")
{
    public SocialMapImportDto Import { get; } = import;
}
