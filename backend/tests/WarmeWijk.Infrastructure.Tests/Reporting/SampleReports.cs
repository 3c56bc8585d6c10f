using WarmeWijk.Application.Reporting.Exports;
using static WarmeWijk.Application.Reporting.Exports.ReportCell;

namespace WarmeWijk.Infrastructure.Tests.Reporting;

/// <summary>Workbooks with the awkward values a real report meets, and a way to run a writer on them.</summary>
internal static class SampleReports
{
    /// <summary>
    /// Two tables that share the columns "Hulpvragen" and "Matchratio": names with a comma, quotes, a line break,
    /// typographic Unicode and a formula, a rounding midpoint, a negative number, suppressed and empty cells.
    /// </summary>
    public static ReportWorkbook TwoTables() => new(
        "Kerncijfers Kiel 2025",
        ["Periode: 1 januari 2025 – 31 december 2025", "Gemaakt op 2 januari 2026 om 09:00", "Aantallen kleiner dan 5 worden getoond als <5."],
        [
            new ReportTable("Per buurt", "Hulpvragen per buurt", ["Buurt", "Hulpvragen", "Mediaan dagen tot eerste contact", "Matchratio"],
            [
                [new Text("Sint-Janneke — ‘ë’"), new Number(1234), new Number(2.25m, 1), new Percent(0.2525m)],
                [new Text("Kiel, \"centrum\"\r\nnoord"), new Suppressed(), new Empty(), new Empty()],
            ]),
            new ReportTable("Per categorie", "Hulpvragen per categorie", ["Categorie", "Hulpvragen", "Matchratio"],
            [
                [new Text("Vervoer"), new Number(12), new Percent(0.5m)],
                [new Text("=1+1"), new Number(-3), new Percent(1)],
            ]),
        ]);

    public static async Task<byte[]> Write(IReportExporter exporter, ReportWorkbook workbook)
    {
        using var output = new MemoryStream();
        await exporter.WriteAsync(workbook, output, CancellationToken.None);
        return output.ToArray();
    }
}
