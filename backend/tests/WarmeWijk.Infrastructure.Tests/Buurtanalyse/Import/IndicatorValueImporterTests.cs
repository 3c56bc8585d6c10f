using WarmeWijk.Domain.Buurtanalyse;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Infrastructure.Buurtanalyse.Import;
using static WarmeWijk.Infrastructure.Tests.Buurtanalyse.Import.ImportSupport;

namespace WarmeWijk.Infrastructure.Tests.Buurtanalyse.Import;

public sealed class IndicatorValueImporterTests
{
    [Test]
    public void Should_read_values_with_numerator_and_denominator()
    {
        var (rows, _) = ImportFile("IndicatorValues/indicator-values.csv", (s, r) => new IndicatorValueImporter().Read(s, r));

        Assert.That(rows[0], Is.EqualTo(new SectorObservation(
            SectorCode.Parse("11002F60-"), 2024, "share_65_plus", StatValue.Of(11.2m), StatValue.Of(238), StatValue.Of(2_130))));
        Assert.That(rows[1], Is.EqualTo(new SectorObservation(
            SectorCode.Parse("11002F61-"), 2024, "share_65_plus", StatValue.Suppressed, StatValue.Suppressed, StatValue.Of(1_845))));
        Assert.That((rows[2].Value, rows[2].HasParts), Is.EqualTo(((StatValue?)StatValue.Of(2_130), false)));
        Assert.That(rows[3].Value, Is.EqualTo(StatValue.Of(10.9m)), "a quoted decimal comma in a comma-separated file");
    }

    [Test]
    public void Should_reject_duplicates_bad_indicator_ids_and_a_numerator_without_denominator()
    {
        var (rows, report) = ImportFile("IndicatorValues/indicator-values.csv", (s, r) => new IndicatorValueImporter().Read(s, r));

        Assert.That(rows, Has.Count.EqualTo(5));
        Assert.That(report.Rejections.Select(r => r.ToString()), Is.EqualTo(new[]
        {
            "line 6: Duplicate row: sector 11002F60-, year 2024, indicator share_65_plus is already on line 2.",
            "line 7: indicator 'share 65+' is not an indicator id (a-z, 0-9, '_', '.', '-'; at most 64 characters).",
            "line 8: A numerator needs a denominator and the other way round.",
        }));
    }

    [Test]
    public void Should_read_a_semicolon_file_with_dutch_headers_and_decimal_commas()
    {
        var (rows, report) = ImportFile("IndicatorValues/indicatoren-puntkomma.csv", (s, r) => new IndicatorValueImporter().Read(s, r));

        Assert.That(report.IsClean, Is.True);
        Assert.That((rows[0].IndicatorId, rows[0].Value, rows[0].Numerator, rows[0].Denominator),
            Is.EqualTo(("share_single_person_households", (StatValue?)StatValue.Of(48.7m), (StatValue?)StatValue.Of(221), (StatValue?)StatValue.Of(454))));
        Assert.That(rows[1].Value!.Value.IsSuppressed, Is.True);
    }

    [TestCase("12", "12")]
    [TestCase("0,83", "0.83")]
    [TestCase("-3,25", "-3.25")]
    [TestCase("+7.5", "7.5")]
    [TestCase("1234567890123456789", "1234567890123456789")]
    public void Should_read_numbers_with_a_decimal_point_or_comma(string text, decimal expected)
    {
        var (rows, report) = ImportText($"sector_code;year;indicator;value\n11002F60-;2024;x;{text}\n", (s, r) => new IndicatorValueImporter().Read(s, r));

        Assert.That(report.Rejections, Is.Empty);
        Assert.That(rows.Single().Value, Is.EqualTo(StatValue.Of(expected)));
    }

    [TestCase("1.234,5")]
    [TestCase("1,234,5")]
    [TestCase("4.2e7")]
    [TestCase("12 345")]
    [TestCase("-")]
    [TestCase("twaalf")]
    [TestCase("12345678901234567890")]
    public void Should_reject_what_is_not_a_plain_number(string text)
    {
        var (_, report) = ImportText($"sector_code;year;indicator;value\n11002F60-;2024;x;{text}\n", (s, r) => new IndicatorValueImporter().Read(s, r));

        Assert.That(report.Rejections.Single().Reason, Is.EqualTo($"value '{text}' is not a number."));
    }

    [Test]
    public void Should_reject_a_negative_denominator_but_accept_a_negative_value()
    {
        var (rows, report) = ImportText(
            "sector_code,year,indicator,value,numerator,denominator\n11002F60-,2024,population_change,-12,,\n11002F60-,2024,share_65_plus,1,1,-5\n",
            (s, r) => new IndicatorValueImporter().Read(s, r));

        Assert.That(rows.Single().Value, Is.EqualTo(StatValue.Of(-12)));
        Assert.That(report.Rejections.Single().Reason, Is.EqualTo("denominator -5 is negative."));
    }

    [Test]
    public void Should_skip_a_walloon_sector_without_judging_the_rest_of_its_line()
    {
        var (rows, report) = ImportText(
            "sector_code,year,indicator,value\n62063A00-,2024,,\n11002X99-,2024,population,1\n11002F60-,2024,population,2130\n",
            (s, r) => new IndicatorValueImporter(new FakeSectorDirectory("11002F60-")).Read(s, r));

        Assert.That(rows.Single().Sector.Value, Is.EqualTo("11002F60-"));
        Assert.That(report.SkippedCount, Is.EqualTo(1));
        Assert.That(report.Rejections.Single().ToString(), Does.StartWith("line 3: sector_code: Unknown sector code 11002X99-"));
    }

    [Test]
    public void Should_let_the_engine_recompute_an_imported_share_from_its_parts()
    {
        var (rows, _) = ImportFile("IndicatorValues/indicator-values.csv", (s, r) => new IndicatorValueImporter().Read(s, r));
        SectorCode[] sectors = [SectorCode.Parse("11002F60-"), SectorCode.Parse("11002F61-")];

        var share = SectorAggregation.Aggregate(Indicators.Share65Plus, 2024, sectors, rows);

        Assert.That(share.Status, Is.EqualTo(IndicatorStatus.Suppressed));
        Assert.That(share.SuppressedSectors, Is.EqualTo(new[] { sectors[1] }));
    }
}
