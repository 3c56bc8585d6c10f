using System.Text;
using WarmeWijk.Application.Reporting.Exports;
using WarmeWijk.Infrastructure.Reporting.Exports;
using static WarmeWijk.Application.Reporting.Exports.ReportCell;

namespace WarmeWijk.Infrastructure.Tests.Reporting;

public sealed class CsvReportExporterTests
{
    private static readonly CsvReportExporter Exporter = new();

    [Test]
    [SetCulture("nl-BE")]
    public async Task Should_write_one_rfc4180_table_in_utf8_with_a_bom_whatever_the_current_culture()
    {
        var bytes = await SampleReports.Write(Exporter, SampleReports.TwoTables());

        Assert.That(bytes[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes[3..]), Is.EqualTo(
            "table,Buurt,Hulpvragen,Mediaan dagen tot eerste contact,Matchratio,Categorie\r\n" +
            "Per buurt,Sint-Janneke — ‘ë’,1234,2.3,0.253,\r\n" +
            "Per buurt,\"Kiel, \"\"centrum\"\"\r\nnoord\",<5,,,\r\n" +
            "Per categorie,,12,,0.500,Vervoer\r\n" +
            "Per categorie,,-3,,1.000,\"'=1+1\"\r\n"));
    }

    [Test]
    public async Task Should_give_every_record_as_many_fields_as_the_header()
    {
        var bytes = await SampleReports.Write(Exporter, SampleReports.TwoTables());

        var records = CsvRecords.Parse(bytes);

        Assert.That(records.Select(r => r.Length), Is.All.EqualTo(6));
        Assert.That(records[2][1], Is.EqualTo("Kiel, \"centrum\"\r\nnoord"));
    }

    [Test]
    public async Task Should_keep_a_header_that_a_table_repeats_as_two_columns()
    {
        var workbook = new ReportWorkbook("Trend", [],
        [
            new ReportTable("Jaren", "Aantal per jaar", ["Jaar", "Aantal", "Aantal"], [[new Number(2024), new Number(1), new Number(2)]]),
            new ReportTable("Buurten", "Aantal per buurt", ["Buurt", "Aantal"], [[new Text("Kiel"), new Number(3)]]),
        ]);

        var records = CsvRecords.Parse(await SampleReports.Write(Exporter, workbook));

        Assert.That(records, Is.EqualTo(new[]
        {
            new[] { "table", "Jaar", "Aantal", "Aantal", "Buurt" },
            ["Jaren", "2024", "1", "2", ""],
            ["Buurten", "", "3", "", "Kiel"],
        }));
    }

    [Test]
    public async Task Should_write_only_the_header_of_a_workbook_without_tables()
    {
        var bytes = await SampleReports.Write(Exporter, new ReportWorkbook("Leeg", [], []));

        Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo("\uFEFFtable\r\n"));
    }

    [Test]
    public async Task Should_write_the_same_bytes_to_a_stream_that_refuses_synchronous_writes()
    {
        await using var output = new AsynchronousOnlyStream();

        await Exporter.WriteAsync(SampleReports.TwoTables(), output, CancellationToken.None);

        Assert.That(output.ToArray(), Is.EqualTo(await SampleReports.Write(Exporter, SampleReports.TwoTables())));
    }
}
