using WarmeWijk.Infrastructure.Buurtanalyse.Import;
using static WarmeWijk.Infrastructure.Tests.Buurtanalyse.Import.ImportSupport;

namespace WarmeWijk.Infrastructure.Tests.Buurtanalyse.Import;

/// <summary>File-level problems, which every tabular importer shares.</summary>
public sealed class TabularFileTests
{
    [Test]
    public void Should_fail_on_a_latin1_header_and_say_the_file_is_not_utf8()
    {
        var (rows, report) = ImportFile("Population/population-latin1.txt", (s, r) => new PopulationImporter().Read(s, 2022, r));

        Assert.That(rows, Is.Empty);
        Assert.That(report.FatalError, Does.StartWith("The file is not UTF-8: line 1"));
    }

    [Test]
    public void Should_fail_on_the_first_latin1_line_after_an_ascii_header()
    {
        var (_, report) = ImportFile("Income/income-latin1.txt", (s, r) => new IncomeImporter().Read(s, r));

        Assert.That(report.FatalError, Does.StartWith("The file is not UTF-8: line 3"));
        Assert.That(report.IsClean, Is.False);
    }

    [Test]
    public void Should_name_the_missing_required_column()
    {
        var (_, report) = ImportFile("Population/population-missing-total.txt", (s, r) => new PopulationImporter().Read(s, 2022, r));

        Assert.That(report.FatalError, Does.StartWith("Missing required column(s): TOTAL (or POPULATION)."));
        Assert.That(report.FatalError, Does.Contain("The header has: CD_REFNIS, CD_SECTOR, DT_STRT_SECTOR"));
    }

    [Test]
    public void Should_name_every_missing_column_with_its_aliases()
    {
        var (_, report) = ImportText("CD_YEAR|CD_SECTOR|MS_TOT_NET_TAXABLE_INC\n2022|11002F60-|1\n", (s, r) => new IncomeImporter().Read(s, r));

        Assert.That(report.FatalError, Does.StartWith(
            "Missing required column(s): MS_NBR_NON_ZERO_INC; MS_AVG_TOT_NET_TAXABLE_INC; MS_MEDIAN_NET_TAXABLE_INC."));
    }

    [Test]
    public void Should_fail_on_a_separator_it_does_not_know()
    {
        var (_, report) = ImportFile("Population/population-colon-separated.txt", (s, r) => new PopulationImporter().Read(s, 2022, r));

        Assert.That(report.FatalError, Does.StartWith("The header line has a single column ('CD_REFNIS:CD_SECTOR:TOTAL:OPPERVLAKKTE I…')"));
        Assert.That(report.FatalError, Does.Contain("not separated by '|', ';', ',' or tabs"));
    }

    [Test]
    public void Should_reject_an_unquoted_decimal_comma_in_a_comma_separated_file()
    {
        var (rows, report) = ImportFile("Population/population-comma-separated.txt", (s, r) => new PopulationImporter().Read(s, 2022, r));

        Assert.That(report.Rejections.Single().ToString(), Is.EqualTo(
            "line 2: The line has 5 field(s) where the header has 4 (a decimal comma in a comma-separated file must be quoted)."));
        Assert.That(rows.Single().AreaHectares!.Value.Number, Is.EqualTo(31.4m));
    }

    [Test]
    public void Should_fail_on_an_empty_file()
    {
        var (_, report) = ImportFile("Population/empty.txt", (s, r) => new PopulationImporter().Read(s, 2022, r));

        Assert.That(report.FatalError, Is.EqualTo("The file is empty."));
    }

    [Test]
    public void Should_fail_on_a_file_with_a_header_only()
    {
        var (_, report) = ImportFile("Population/population-header-only.txt", (s, r) => new PopulationImporter().Read(s, 2022, r));

        Assert.That(report.FatalError, Is.EqualTo("The file has a header but no data lines."));
    }

    [Test]
    public void Should_count_every_rejection_but_store_only_the_first_ones()
    {
        var lines = string.Concat(Enumerable.Range(0, 25).Select(i => $"11002F60-,{2000 + i},population,many\n"));
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("sector_code,year,indicator,value\n" + lines));

        var (_, report) = ImportStream(stream, (s, r) => new IndicatorValueImporter().Read(s, r), new ImportReport(maxStoredRejections: 10));

        Assert.That(report.RejectedCount, Is.EqualTo(25));
        Assert.That(report.Rejections, Has.Count.EqualTo(10));
        Assert.That(report.Rejections[^1].Line, Is.EqualTo(11));
    }

    [Test]
    public void Should_stop_at_a_line_too_long_to_be_a_record_instead_of_buffering_the_file()
    {
        var text = "sector_code,year,indicator,value\n11002F60-,2024,population,\"" + new string('9', 2 << 20) + "\n";

        var (_, report) = ImportText(text, (s, r) => new IndicatorValueImporter().Read(s, r));

        Assert.That(report.FatalError, Does.StartWith("The file cannot be read as separated values"));
    }

    [Test]
    public void Should_report_how_far_it_has_read_for_a_progress_bar()
    {
        var report = new ImportReport();
        using var stream = File.OpenRead(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Income/TF_PSNL_INC_TAX_SECTOR.txt"));

        using var rows = new IncomeImporter().Read(stream, report).GetEnumerator();
        rows.MoveNext();
        var afterFirstRow = report.BytesRead;
        while (rows.MoveNext())
        {
        }

        Assert.That(afterFirstRow, Is.GreaterThan(0).And.LessThan(report.BytesRead));
    }
}
