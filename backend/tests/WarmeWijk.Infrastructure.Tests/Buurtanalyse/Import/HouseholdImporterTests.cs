using WarmeWijk.Domain.Buurtanalyse;
using WarmeWijk.Infrastructure.Buurtanalyse.Import;
using static WarmeWijk.Infrastructure.Tests.Buurtanalyse.Import.ImportSupport;

namespace WarmeWijk.Infrastructure.Tests.Buurtanalyse.Import;

public sealed class HouseholdImporterTests
{
    [Test]
    public void Should_read_households_and_cars_with_statbels_mixed_case_headers()
    {
        var (rows, report) = ImportFile("Households/TF_CAR_HH_SECTOR.txt", (s, r) => new HouseholdImporter().Read(s, r));

        Assert.That(report.IsClean, Is.True);
        Assert.That(rows[0], Is.EqualTo(new HouseholdRow(
            rows[0].Sector, 2023, "11023", StatValue.Of(1_532), StatValue.Of(1_710), "Kapellen-Centrum")));
        Assert.That(rows[0].Sector.Value, Is.EqualTo("11023A00-"));
        Assert.That(rows[1].Cars, Is.EqualTo(StatValue.Suppressed));
    }

    [Test]
    public void Should_accept_the_older_dutch_column_names()
    {
        var (rows, report) = ImportFile("Households/huishoudens-2017.csv", (s, r) => new HouseholdImporter().Read(s, r));

        Assert.That(report.FatalError, Is.Null);
        Assert.That((rows[0].Sector.Value, rows[0].Year, rows[0].Households, rows[0].Cars),
            Is.EqualTo(("12025A61-", 2017, StatValue.Of(452), (StatValue?)StatValue.Of(198))));
        Assert.That(report.Rejections.Single().ToString(), Is.EqualTo("line 3: MS_AANTAL_HH -3 is negative."));
    }

    [Test]
    public void Should_give_cars_per_household_as_cars_over_households()
    {
        var (rows, _) = ImportFile("Households/TF_CAR_HH_SECTOR.txt", (s, r) => new HouseholdImporter().Read(s, r));

        var observations = rows[0].ToObservations().ToList();

        Assert.That(observations.Select(o => o.IndicatorId), Is.EqualTo(new[] { "households", "cars", "cars_per_household" }));
        Assert.That((observations[2].Numerator, observations[2].Denominator), Is.EqualTo((StatValue.Of(1_710), StatValue.Of(1_532))));
    }

    [Test]
    public void Should_read_a_file_without_cars()
    {
        var (rows, report) = ImportText("CD_YEAR;CD_SECTOR;MS_TOT_HH\n2023;11023A00-;1532\n", (s, r) => new HouseholdImporter().Read(s, r));

        Assert.That(report.IsClean, Is.True);
        Assert.That(rows.Single().ToObservations().Select(o => o.IndicatorId), Is.EqualTo(new[] { "households" }));
    }
}
