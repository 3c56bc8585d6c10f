using DocumentFormat.OpenXml.Spreadsheet;
using WarmeWijk.Application.Reporting.Exports;
using WarmeWijk.Infrastructure.Reporting.Exports;
using static WarmeWijk.Application.Reporting.Exports.ReportCell;

namespace WarmeWijk.Infrastructure.Tests.Reporting;

public sealed class XlsxReportExporterTests
{
    private static readonly XlsxReportExporter Exporter = new();

    [Test]
    public async Task Should_write_a_package_the_validator_finds_nothing_wrong_with()
    {
        using var xlsx = XlsxContent.Open(await SampleReports.Write(Exporter, SampleReports.TwoTables()));

        Assert.That(xlsx.ValidationErrors(), Is.Empty);
        Assert.That(xlsx.SheetNames, Is.EqualTo(new[] { "Rapport", "Per buurt", "Per categorie" }));
    }

    [Test]
    public async Task Should_put_the_title_the_notes_and_the_sheets_on_the_cover()
    {
        using var xlsx = XlsxContent.Open(await SampleReports.Write(Exporter, SampleReports.TwoTables()));

        Assert.That(xlsx.Cell("Rapport", "A1"), Is.EqualTo(new XlsxCell("Kerncijfers Kiel 2025", false, null, Bold: true, false)));
        Assert.That(new[] { "A3", "A4", "A5" }.Select(r => xlsx.Cell("Rapport", r)!.Value), Is.EqualTo(new[]
        {
            "Periode: 1 januari 2025 – 31 december 2025", "Gemaakt op 2 januari 2026 om 09:00", "Aantallen kleiner dan 5 worden getoond als <5.",
        }));
        Assert.That(new[] { "A7", "B7", "A8", "B8" }.Select(r => xlsx.Cell("Rapport", r)!.Value), Is.EqualTo(new[]
        {
            "Per buurt", "Hulpvragen per buurt", "Per categorie", "Hulpvragen per categorie",
        }));
    }

    [Test]
    [SetCulture("nl-BE")]
    public async Task Should_write_a_bold_frozen_header_and_typed_cells_with_a_format_each()
    {
        using var xlsx = XlsxContent.Open(await SampleReports.Write(Exporter, SampleReports.TwoTables()));

        Assert.Multiple(() =>
        {
            Assert.That(xlsx.Cell("Per buurt", "C1"), Is.EqualTo(new XlsxCell("Mediaan dagen tot eerste contact", false, null, Bold: true, false)));
            Assert.That(xlsx.Cell("Per buurt", "A2"), Is.EqualTo(new XlsxCell("Sint-Janneke — ‘ë’", false, null, false, false)));
            Assert.That(xlsx.Cell("Per buurt", "B2"), Is.EqualTo(new XlsxCell("1234", true, "#,##0", false, false)));
            Assert.That(xlsx.Cell("Per buurt", "C2"), Is.EqualTo(new XlsxCell("2.3", true, "#,##0.0", false, false)));
            Assert.That(xlsx.Cell("Per buurt", "D2"), Is.EqualTo(new XlsxCell("0.253", true, "0.0 %", false, false)));
            Assert.That(xlsx.Cell("Per buurt", "A3"), Is.EqualTo(new XlsxCell("Kiel, \"centrum\"\nnoord", false, null, false, false, Wrapped: true)));
            Assert.That(xlsx.Cell("Per buurt", "B3"), Is.EqualTo(new XlsxCell("<5", false, null, false, RightAligned: true)));
            Assert.That(xlsx.Cell("Per buurt", "C3"), Is.Null);
            Assert.That(xlsx.Cell("Per categorie", "B3"), Is.EqualTo(new XlsxCell("-3", true, "#,##0", false, false)));
            Assert.That(xlsx.Cell("Per categorie", "A3")!.Value, Is.EqualTo("=1+1"), "text, never a formula");
        });
        Assert.That(xlsx.Worksheet("Per buurt").Descendants<Row>().Select(row => row.Height?.Value), Is.EqualTo(new double?[] { null, null, 30 }));
        var pane = xlsx.Worksheet("Per buurt").Descendants<Pane>().Single();
        Assert.That((pane.State?.Value, pane.VerticalSplit?.Value, pane.TopLeftCell?.Value), Is.EqualTo((PaneStateValues.Frozen, 1d, "A2")));
    }

    [Test]
    public async Task Should_size_the_columns_to_their_longest_value()
    {
        using var xlsx = XlsxContent.Open(await SampleReports.Write(Exporter, SampleReports.TwoTables()));

        var widths = xlsx.Worksheet("Per buurt").Descendants<Column>().Select(c => c.Width!.Value);

        Assert.That(widths, Is.EqualTo(new[] { "Sint-Janneke — ‘ë’".Length + 2d, 12, "Mediaan dagen tot eerste contact".Length + 2, 12 }));
    }

    [Test]
    public async Task Should_give_every_sheet_a_unique_name_that_excel_accepts()
    {
        string[] wanted =
        [
            "Rapport", "Per buurt", "per BUURT", "Aanvragen/kanaal: [2025]*?\\", "Een heel erg lange naam voor een tabel met cijfers",
            "Een heel erg lange naam voor een tabel met cijfers", "'Citaat'", "History", "", new string('x', 30) + "😀",
        ];
        var workbook = new ReportWorkbook("Namen", [], [.. wanted.Select(name => new ReportTable(name, name, ["Kolom"], []))]);

        using var xlsx = XlsxContent.Open(await SampleReports.Write(Exporter, workbook));

        Assert.That(xlsx.SheetNames, Is.EqualTo(new[]
        {
            "Rapport", "Rapport (2)", "Per buurt", "per BUURT (2)", "Aanvragen-kanaal- -2025----", "Een heel erg lange naam voor ee",
            "Een heel erg lange naam voo (2)", "Citaat", "History (2)", "Tabel", new string('x', 30),
        }));
        Assert.That(xlsx.ValidationErrors(), Is.Empty);
    }

    [Test]
    public async Task Should_write_to_a_stream_that_refuses_synchronous_writes()
    {
        await using var output = new AsynchronousOnlyStream();

        await Exporter.WriteAsync(SampleReports.TwoTables(), output, CancellationToken.None);

        using var xlsx = XlsxContent.Open(output.ToArray());
        Assert.That(xlsx.SheetNames, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Should_replace_the_characters_xml_cannot_hold()
    {
        var workbook = new ReportWorkbook("Titel\u0001", [], [new ReportTable("Blad\uFFFF", "Tabel", ["Kolom\u0002"], [[new ReportCell.Text("a\u0000b\uD800 😀")]])]);

        using var xlsx = XlsxContent.Open(await SampleReports.Write(Exporter, workbook));

        Assert.That(xlsx.SheetNames[1], Is.EqualTo("Blad\uFFFD"));
        Assert.That(new[] { "A1", "A2" }.Select(r => xlsx.Cell("Blad\uFFFD", r)!.Value), Is.EqualTo(new[] { "Kolom\uFFFD", "a\uFFFDb\uFFFD 😀" }));
    }
}
