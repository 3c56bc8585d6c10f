using WarmeWijk.Domain.Buurtanalyse;
using WarmeWijk.Infrastructure.Buurtanalyse.Import;
using static WarmeWijk.Infrastructure.Tests.Buurtanalyse.Import.ImportSupport;

namespace WarmeWijk.Infrastructure.Tests.Buurtanalyse.Import;

public sealed class PopulationImporterTests
{
    private const string StatbelFile = "Population/OPENDATA_SECTOREN_2022.txt";

    private static readonly FakeSectorDirectory Kiel = new(
        "11002F60-", "11002F61-", "11002F62-", "11002F64-", "11002F65-", "11002ZZZZ");

    [Test]
    public void Should_read_statbel_population_file_with_bom_pipes_and_decimal_comma()
    {
        var (rows, report) = ImportFile(StatbelFile, (s, r) => new PopulationImporter().Read(s, 2022, r));

        Assert.That(report.FatalError, Is.Null);
        var kielCentrum = rows[0];
        Assert.That(kielCentrum.Sector.Value, Is.EqualTo("11002F60-"), "the byte order mark is not part of the first column");
        Assert.That(kielCentrum.Year, Is.EqualTo(2022));
        Assert.That(kielCentrum.Population, Is.EqualTo(StatValue.Of(2_130)));
        Assert.That(kielCentrum.AreaHectares, Is.EqualTo(StatValue.Of(29.87m)));
        Assert.That((kielCentrum.MunicipalityNis, kielCentrum.SectorName, kielCentrum.MunicipalityName), Is.EqualTo(("11002", "Kiel - Centrum (Kiel)", "Antwerpen")));
        Assert.That(rows.Single(r => r.Sector.Value == "11002ZZZZ").AreaHectares, Is.Null);
    }

    [Test]
    public void Should_reject_each_bad_line_with_its_number_and_reason_and_keep_the_good_ones()
    {
        var (rows, report) = ImportFile(StatbelFile, (s, r) => new PopulationImporter().Read(s, 2022, r));

        Assert.That(report.AcceptedCount, Is.EqualTo(rows.Count).And.EqualTo(6));
        Assert.That(report.RejectedCount, Is.EqualTo(4));
        Assert.That(report.Rejections.Select(r => r.ToString()), Is.EqualTo(new[]
        {
            "line 5: TOTAL 'twee' is not a number.",
            "line 6: Duplicate row: sector 11002F61-, year 2022 is already on line 3.",
            "line 7: TOTAL -12 is negative.",
            "line 8: CD_SECTOR: '1100F66-' is not a statistical sector code (NIS5 + 4 characters, e.g. 11002F60-).",
        }));
        Assert.That(report.IsClean, Is.False);
    }

    [Test]
    public void Should_reject_unknown_sector_codes_and_skip_walloon_sectors_when_checking_against_the_directory()
    {
        var (rows, report) = ImportFile(StatbelFile, (s, r) => new PopulationImporter(Kiel).Read(s, 2022, r));

        Assert.That(rows.Select(r => r.Sector.Value), Is.EqualTo(new[] { "11002F60-", "11002F61-", "11002F65-", "11002ZZZZ" }));
        Assert.That(report.Rejections[^1].ToString(), Is.EqualTo("line 9: CD_SECTOR: Unknown sector code 11002X99-: it is not in the Statbel list of statistical sectors."));
        Assert.That(report.SkippedCount, Is.EqualTo(1), "62063A00- lies in Liège, outside the directory's Flanders and Brussels");
    }

    [Test]
    public void Should_turn_rows_into_population_and_density_observations()
    {
        var (rows, _) = ImportFile(StatbelFile, (s, r) => new PopulationImporter().Read(s, 2022, r));

        var observations = rows[0].ToObservations().ToList();

        Assert.That(observations.Select(o => o.IndicatorId), Is.EqualTo(new[] { Indicators.Population.Id, Indicators.PopulationDensity.Id }));
        Assert.That((observations[1].Numerator, observations[1].Denominator), Is.EqualTo((StatValue.Of(2_130), StatValue.Of(29.87m))));
    }

    [TestCase("OPENDATA_SECTOREN_2022.txt", 2022)]
    [TestCase("OPENDATA_SECTOREN_2019.zip", 2019)]
    [TestCase("/uploads/opendata_sectoren_2024 (1).txt", 2024)]
    public void Should_take_the_year_from_the_file_name(string fileName, int expected)
    {
        Assert.That(PopulationImporter.TryGetYear(fileName, out var year), Is.True);
        Assert.That(year, Is.EqualTo(expected));
    }

    [Test]
    public void Should_not_find_a_year_in_a_file_name_without_one()
    {
        Assert.That(PopulationImporter.TryGetYear("OPENDATA_SECTOREN.txt", out _), Is.False);
    }

    [Test]
    public void Should_refuse_a_year_outside_the_supported_range()
    {
        using var stream = new MemoryStream();

        Assert.That(() => new PopulationImporter().Read(stream, 22, new ImportReport()), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
