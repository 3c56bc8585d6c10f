namespace WarmeWijk.Application.Reporting.Exports;

/// <summary>
/// A report as a spreadsheet: a cover (the title and notes such as the period, when it was made and the suppression
/// rule) and its tables. The writers (<see cref="IReportExporter"/>) know nothing of what the figures mean.
/// </summary>
public sealed record ReportWorkbook(string Title, IReadOnlyList<string> Notes, IReadOnlyList<ReportTable> Tables);

/// <summary>
/// One table: its <paramref name="Name"/> becomes the XLSX sheet name and the CSV <c>table</c> value, its
/// <paramref name="Title"/> is listed on the cover. Every row has one cell per column: anything else throws.
/// </summary>
public sealed record ReportTable(string Name, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<ReportCell>> Rows)
{
    public IReadOnlyList<string> Columns { get; } = Columns;

    public IReadOnlyList<IReadOnlyList<ReportCell>> Rows { get; } = Rows.Select((row, index) => row.Count == Columns.Count
        ? row
        : throw new ArgumentException($"Row {index + 1} of table '{Name}' has {row.Count} cell(s) where there are {Columns.Count} column(s).", nameof(Rows))).ToArray();
}

/// <summary>One cell of a <see cref="ReportTable"/>: the closed set of values a report shows.</summary>
public abstract record ReportCell
{
    private ReportCell()
    {
    }

    /// <summary>A name or label.</summary>
    public sealed record Text(string Value) : ReportCell;

    /// <summary>A number shown with <paramref name="Decimals"/> decimals: counts (0), medians in days (1).</summary>
    public sealed record Number(decimal Value, int Decimals = 0) : ReportCell
    {
        public int Decimals { get; } = Decimals is >= 0 and <= 28
            ? Decimals
            : throw new ArgumentOutOfRangeException(nameof(Decimals), Decimals, "A number has 0 to 28 decimals.");
    }

    /// <summary>A share as a fraction, shown as a percentage with one decimal: 0.253 is 25.3 %.</summary>
    public sealed record Percent(decimal Fraction) : ReportCell;

    /// <summary>
    /// A hidden count: fewer than five, shown as <see cref="SmallLabel"/>; or <paramref name="Withheld"/>, a larger count hidden
    /// so that a small one cannot be found by subtraction from a total, shown as <see cref="WithheldLabel"/>.
    /// </summary>
    public sealed record Suppressed(bool Withheld = false) : ReportCell
    {
        public const string SmallLabel = "<5";

        public const string WithheldLabel = "x";

        public string Label => Withheld ? WithheldLabel : SmallLabel;
    }

    /// <summary>No value, such as the median of nothing.</summary>
    public sealed record Empty : ReportCell;
}
