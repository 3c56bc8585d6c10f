using System.Globalization;
using System.Text;
using CsvHelper;
using WarmeWijk.Domain.Buurtanalyse;
using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Infrastructure.Buurtanalyse.Import;

internal enum FigureRule
{
    /// <summary>A whole number, 0 or more.</summary>
    Count,

    /// <summary>Any number, 0 or more (amounts, areas).</summary>
    NonNegative,

    /// <summary>Any number.</summary>
    Signed,
}

/// <summary>
/// The current line of a <see cref="TabularReader"/>, read through typed accessors. The first bad value rejects the
/// line with a reason naming its column; later accessors then return defaults. Read the sector first, so that a line
/// of a sector outside the directory's region is skipped before its other values are judged.
/// </summary>
internal sealed class TabularRow
{
    private readonly CsvReader _csv;
    private readonly IReadOnlyList<string> _headers;
    private readonly Dictionary<TabularColumn, int> _columns;
    private readonly SectorCheck _sectors;
    private readonly DuplicateRows _duplicates = new();

    private TabularRow(CsvReader csv, IReadOnlyList<string> headers, Dictionary<TabularColumn, int> columns, SectorCheck sectors) =>
        (_csv, _headers, _columns, _sectors) = (csv, headers, columns, sectors);

    public string? Rejection { get; private set; }

    public bool IsSkipped { get; private set; }

    private bool IsOpen => Rejection is null && !IsSkipped;

    /// <summary>Reads and checks the header; <see langword="null"/> after a fatal error in <paramref name="report"/>.</summary>
    public static TabularRow? Open(CsvReader csv, IReadOnlyList<TabularColumn> layout, SectorCheck sectors, ImportReport report)
    {
        IReadOnlyList<string> headers;
        try
        {
            csv.ReadHeader();
            headers = csv.Headers;
        }
        catch (CsvFormatException e)
        {
            report.Fail(TabularReader.Unreadable(e));
            return null;
        }

        if (headers.Count == 0)
        {
            report.Fail("The file is empty.");
            return null;
        }

        if (headers.Any(h => h.Contains('\uFFFD', StringComparison.Ordinal)))
        {
            report.Fail(TabularReader.NotUtf8(1));
            return null;
        }

        var columns = new Dictionary<TabularColumn, int>();
        var missing = new List<TabularColumn>();
        foreach (var column in layout)
        {
            var index = column.Names.Select(name => csv.TryGetFieldIndex(name, out var i) ? i : -1).FirstOrDefault(i => i >= 0, -1);
            if (index >= 0)
            {
                columns[column] = index;
            }
            else if (column.IsRequired)
            {
                missing.Add(column);
            }
        }

        if (missing.Count > 0)
        {
            report.Fail(headers.Count == 1
                ? $"The header line has a single column ('{SectorCheck.Abbreviate(headers[0])}'): the file is not separated by '|', ';', ',' or tabs."
                : $"Missing required column(s): {string.Join("; ", missing)}. The header has: {string.Join(", ", headers)}.");
            return null;
        }

        return new TabularRow(csv, headers, columns, sectors);
    }

    /// <summary>Moves to the current line; <see langword="false"/> when its number of fields already rejects it.</summary>
    public bool Start()
    {
        (Rejection, IsSkipped) = (null, false);
        if (_csv.FieldCount != _headers.Count)
        {
            Reject($"The line has {_csv.FieldCount} field(s) where the header has {_headers.Count}"
                + (_csv.Separator == ',' ? " (a decimal comma in a comma-separated file must be quoted)." : "."));
        }

        return IsOpen;
    }

    /// <summary>Rejects the line, unless it is already rejected or skipped.</summary>
    public void Reject(string reason)
    {
        if (IsOpen)
        {
            Rejection = reason;
        }
    }

    /// <summary>The text of a column, <see langword="null"/> when it is empty or the optional column is absent.</summary>
    public string? Text(TabularColumn column) =>
        IsOpen && _columns.TryGetValue(column, out var index) && _csv.GetString(index) is { Length: > 0 } text ? text : null;

    public SectorCode Sector(TabularColumn column)
    {
        if (!IsOpen)
        {
            return default;
        }

        var index = _columns[column];
        switch (_sectors.Check(_csv.GetString(index), out var code, out var reason))
        {
            case SectorVerdict.Invalid:
                Reject($"{_headers[index]}: {reason}");
                break;
            case SectorVerdict.OutsideDirectory:
                IsSkipped = true;
                break;
        }

        return code;
    }

    public int Year(TabularColumn column)
    {
        if (!IsOpen)
        {
            return default;
        }

        var index = _columns[column];
        var text = _csv.GetSpan(index);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= YearRange.First and <= YearRange.Last)
        {
            return year;
        }

        Reject($"{_headers[index]} '{Show(text)}' is not a year ({YearRange.First}–{YearRange.Last}).");
        return default;
    }

    /// <summary>A required statistic: a number by <paramref name="rule"/>, or <c>C</c> for a confidential cell.</summary>
    public StatValue Figure(TabularColumn column, FigureRule rule) => Figure(column, rule, isOptional: false) ?? default;

    /// <summary>Like <see cref="Figure(TabularColumn, FigureRule)"/>, but an empty cell or absent column is <see langword="null"/>.</summary>
    public StatValue? OptionalFigure(TabularColumn column, FigureRule rule) => Figure(column, rule, isOptional: true);

    /// <summary>Rejects the line when an earlier line had the same sector, year and indicator.</summary>
    public void EnsureUnique(SectorCode sector, int year, string? indicator = null)
    {
        if (IsOpen && _duplicates.Register(sector, year, indicator, checked((int)_csv.LineNumber)) is { } first)
        {
            Reject($"Duplicate row: sector {sector}, year {year}{(indicator is null ? "" : $", indicator {indicator}")} is already on line {first}.");
        }
    }

    private StatValue? Figure(TabularColumn column, FigureRule rule, bool isOptional)
    {
        if (!IsOpen || !_columns.TryGetValue(column, out var index))
        {
            return null;
        }

        var text = _csv.GetSpan(index);
        var name = _headers[index];
        if (text.IsEmpty)
        {
            if (!isOptional)
            {
                Reject($"{name} is empty.");
            }

            return null;
        }

        if (text is [(byte)'C'] or [(byte)'c'])
        {
            return StatValue.Suppressed;
        }

        if (!TryParseNumber(text, out var number))
        {
            Reject($"{name} '{Show(text)}' is not a number.");
        }
        else if (number < 0 && rule != FigureRule.Signed)
        {
            Reject($"{name} {Show(text)} is negative.");
        }
        else if (rule == FigureRule.Count && number != decimal.Truncate(number))
        {
            Reject($"{name} {Show(text)} is not a whole number.");
        }

        return StatValue.Of(number);
    }

    // Plain numbers only: a sign, up to 19 digits and one decimal point or comma (Statbel writes areas with a comma).
    // No thousands separators, exponents or spaces. Much faster than decimal.TryParse, which dominated the import time.
    private static bool TryParseNumber(ReadOnlySpan<byte> text, out decimal number)
    {
        number = 0;
        var isNegative = text is [(byte)'-', ..];
        var digits = text is [(byte)'-' or (byte)'+', ..] ? text[1..] : text;
        var (mantissa, count, scale) = (0UL, 0, -1);
        foreach (var c in digits)
        {
            if (c is (byte)'.' or (byte)',' && scale < 0)
            {
                scale = 0;
                continue;
            }

            if (c is < (byte)'0' or > (byte)'9' || ++count > 19)
            {
                return false;
            }

            mantissa = (mantissa * 10) + (ulong)(c - '0');
            scale = scale < 0 ? scale : scale + 1;
        }

        number = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, isNegative, (byte)Math.Max(scale, 0));
        return count > 0;
    }

    private static string Show(ReadOnlySpan<byte> text) => SectorCheck.Abbreviate(Encoding.UTF8.GetString(text));
}

/// <summary>The years an import accepts.</summary>
internal static class YearRange
{
    public const int First = 1900;
    public const int Last = 2100;
}
