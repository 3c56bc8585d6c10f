using WarmeWijk.Domain.Buurtanalyse;
using WarmeWijk.Domain.Neighbourhoods;
using static WarmeWijk.Domain.Tests.Buurtanalyse.Figures;

namespace WarmeWijk.Domain.Tests.Buurtanalyse;

public sealed class IndicatorEngineTests
{
    private static readonly SectorCode Zurenborg = SectorCode.Parse("11002B11-");
    private static readonly SectorArea Kiel = new("Kiel", [KielCentrum, Beerschot]);
    private static readonly SectorArea Antwerpen = new("Antwerpen", [KielCentrum, Beerschot, Zurenborg]);
    private static readonly IndicatorEngine Engine = new(new DeviationThresholds());

    [Test]
    public void Should_give_the_latest_value_the_trend_and_the_comparisons_with_municipality_and_flanders()
    {
        SectorObservation[] observations =
        [
            Parts(KielCentrum, Indicators.Share65Plus, 100, 1_000, 2020), Parts(Beerschot, Indicators.Share65Plus, 140, 1_000, 2020),
            Parts(KielCentrum, Indicators.Share65Plus, 300, 1_000, 2024), Parts(Beerschot, Indicators.Share65Plus, 260, 1_000, 2024),
            Parts(Zurenborg, Indicators.Share65Plus, 200, 2_000, 2024),
        ];

        var row = Engine.Analyse(Kiel, Antwerpen, [Indicators.Share65Plus], observations, FlandersReferences.All).Single();

        Assert.That(row.Latest!.Year, Is.EqualTo(2024));
        Assert.That(row.Latest.Value, Is.EqualTo(28m));
        Assert.That((row.Trend.AbsoluteChange, row.Trend.Direction), Is.EqualTo((16m, TrendDirection.Rising)));
        var municipality = row.Comparisons[0];
        Assert.That((municipality.Reference.Area, municipality.Reference.Year, municipality.Reference.Value), Is.EqualTo(("Antwerpen", 2024, 19m)));
        Assert.That((municipality.Difference, municipality.IsFlagged), Is.EqualTo((9m, true)));
        var flanders = row.Comparisons[1];
        Assert.That((flanders.Reference.Area, flanders.Difference, flanders.Direction), Is.EqualTo(("Vlaanderen", 6.3m, DeviationDirection.Above)));
        Assert.That(flanders.IsFlagged, Is.True);
    }

    [Test]
    public void Should_show_a_suppressed_latest_year_instead_of_falling_back_to_an_older_one()
    {
        SectorObservation[] observations =
        [
            Parts(KielCentrum, Indicators.AverageTaxableIncome, 100_000, 4, 2021), Parts(Beerschot, Indicators.AverageTaxableIncome, 90_000, 3, 2021),
            Parts(KielCentrum, Indicators.AverageTaxableIncome, 110_000, 4, 2022),
            new(Beerschot, 2022, Indicators.AverageTaxableIncome.Id, StatValue.Suppressed, StatValue.Suppressed, StatValue.Suppressed),
        ];

        var row = Engine.Analyse(Kiel, null, [Indicators.AverageTaxableIncome], observations, []).Single();

        Assert.That((row.Latest!.Year, row.Latest.Status), Is.EqualTo((2022, IndicatorStatus.Suppressed)));
        Assert.That(row.Latest.SuppressedSectors, Is.EqualTo(new[] { Beerschot }));
        Assert.That(row.Comparisons, Is.Empty);
    }

    [Test]
    public void Should_not_compare_a_count_with_the_municipality_it_is_part_of()
    {
        SectorObservation[] observations =
        [
            Count(KielCentrum, Indicators.Population, 2_000), Count(Beerschot, Indicators.Population, 1_800), Count(Zurenborg, Indicators.Population, 9_000),
        ];

        var row = Engine.Analyse(Kiel, Antwerpen, [Indicators.Population], observations, []).Single();

        Assert.That(row.Latest!.Value, Is.EqualTo(3_800m));
        Assert.That(row.Comparisons, Is.Empty);
    }

    [Test]
    public void Should_leave_an_indicator_without_figures_empty()
    {
        var row = Engine.Analyse(Kiel, Antwerpen, [Indicators.Share85Plus], [], FlandersReferences.All).Single();

        Assert.That(row.Latest, Is.Null);
        Assert.That(row.Trend.Direction, Is.EqualTo(TrendDirection.Unknown));
        Assert.That(row.Comparisons, Is.Empty);
    }
}
