using WarmeWijk.Domain.Buurtanalyse;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Infrastructure.Buurtanalyse.Import;
using static WarmeWijk.Infrastructure.Tests.Buurtanalyse.Import.ImportSupport;

namespace WarmeWijk.Infrastructure.Tests.Buurtanalyse.Import;

public sealed class IncomeImporterTests
{
    private const string StatbelFile = "Income/TF_PSNL_INC_TAX_SECTOR.txt";

    [Test]
    public void Should_read_the_fiscal_income_per_sector()
    {
        var (rows, report) = ImportFile(StatbelFile, (s, r) => new IncomeImporter().Read(s, r));

        Assert.That(report.FatalError, Is.Null);
        var kiel = rows[0];
        Assert.That((kiel.Sector.Value, kiel.Year, kiel.MunicipalityNis), Is.EqualTo(("11002F60-", 2022, "11002")));
        Assert.That(kiel.Declarations, Is.EqualTo(StatValue.Of(1_210)));
        Assert.That(kiel.TotalNetTaxableIncome, Is.EqualTo(StatValue.Of(30_250_000)));
        Assert.That(kiel.AverageNetTaxableIncome, Is.EqualTo(StatValue.Of(25_000)));
        Assert.That(kiel.MedianNetTaxableIncome, Is.EqualTo(StatValue.Of(21_350)));
        Assert.That((kiel.InterquartileDifference, kiel.InterquartileCoefficient, kiel.InterquartileAsymmetry),
            Is.EqualTo((StatValue.Of(17_800), StatValue.Of(0.83m), StatValue.Of(0.12m))));
        Assert.That(rows.Select(r => (r.Sector.Value, r.Year)), Does.Contain(("11002F60-", 2021)), "one file holds several years");
    }

    [Test]
    public void Should_keep_a_confidential_c_cell_suppressed_and_never_zero()
    {
        var (rows, _) = ImportFile(StatbelFile, (s, r) => new IncomeImporter().Read(s, r));

        var petroleum = rows.Single(r => r.Sector.Value == "11002F6MJ");

        Assert.That(petroleum.Declarations, Is.EqualTo(StatValue.Of(4)));
        Assert.That(petroleum.TotalNetTaxableIncome.IsSuppressed, Is.True);
        Assert.That(petroleum.MedianNetTaxableIncome.Number, Is.Null);
        Assert.That(petroleum.InterquartileAsymmetry, Is.EqualTo(StatValue.Suppressed));
    }

    [Test]
    public void Should_reject_non_numeric_fractional_duplicated_and_yearless_lines()
    {
        var (rows, report) = ImportFile(StatbelFile, (s, r) => new IncomeImporter().Read(s, r));

        Assert.That(rows, Has.Count.EqualTo(4));
        Assert.That(report.Rejections.Select(r => r.ToString()), Is.EqualTo(new[]
        {
            "line 6: MS_TOT_NET_TAXABLE_INC '4.2e7' is not a number.",
            "line 7: Duplicate row: sector 11002F60-, year 2022 is already on line 2.",
            "line 8: MS_NBR_NON_ZERO_INC 12.5 is not a whole number.",
            "line 9: CD_YEAR '20x2' is not a year (1900–2100).",
        }));
    }

    [Test]
    public void Should_read_an_older_semicolon_file_with_cd_refnis_sector_and_decimal_commas()
    {
        var (rows, report) = ImportFile("Income/TF_PSNL_INC_TAX_SECTOR_2015.csv", (s, r) => new IncomeImporter().Read(s, r));

        Assert.That(report.IsClean, Is.True);
        Assert.That(rows[0].Sector.Value, Is.EqualTo("12021A00-"));
        Assert.That(rows[0].TotalNetTaxableIncome, Is.EqualTo(StatValue.Of(38_425_000.5m)));
        Assert.That(rows[1].Declarations.IsSuppressed, Is.True);
    }

    [Test]
    public void Should_give_the_average_income_its_total_and_count_so_that_it_can_be_recomputed()
    {
        var (rows, _) = ImportFile(StatbelFile, (s, r) => new IncomeImporter().Read(s, r));
        var observations = rows.SelectMany(r => r.ToObservations()).ToList();
        SectorCode[] kiel = [SectorCode.Parse("11002F60-"), SectorCode.Parse("11002F61-")];

        var average = SectorAggregation.Aggregate(Indicators.AverageTaxableIncome, 2022, kiel, observations);
        var median = SectorAggregation.Aggregate(Indicators.MedianTaxableIncome, 2022, kiel, observations);

        Assert.That(average.Value, Is.EqualTo((30_250_000m + 34_300_000m) / (1_210m + 980m)));
        Assert.That(median.Status, Is.EqualTo(IndicatorStatus.NotAggregatable));
    }

    [Test]
    public void Should_keep_an_imported_c_cell_suppressed_after_aggregation()
    {
        var (rows, _) = ImportFile(StatbelFile, (s, r) => new IncomeImporter().Read(s, r));
        var observations = rows.SelectMany(r => r.ToObservations()).ToList();
        SectorCode[] kielWithPetroleum = [SectorCode.Parse("11002F60-"), SectorCode.Parse("11002F6MJ")];

        var total = SectorAggregation.Aggregate(Indicators.TotalTaxableIncome, 2022, kielWithPetroleum, observations);
        var declarations = SectorAggregation.Aggregate(Indicators.IncomeDeclarations, 2022, kielWithPetroleum, observations);

        Assert.That(total.Status, Is.EqualTo(IndicatorStatus.Suppressed));
        Assert.That(total.SuppressedSectors.Select(s => s.Value), Is.EqualTo(new[] { "11002F6MJ" }));
        Assert.That(declarations.Value, Is.EqualTo(1_214m), "the count itself was published");
    }
}
