using WarmeWijk.Domain.Buurtanalyse;
using WarmeWijk.Domain.Neighbourhoods;
using static WarmeWijk.Domain.Tests.Buurtanalyse.Figures;

namespace WarmeWijk.Domain.Tests.Buurtanalyse;

public sealed class SectorAggregationTests
{
    private static readonly SectorCode[] Kiel = [KielCentrum, Beerschot, PiusX];

    [Test]
    public void Should_add_up_counts_of_all_sectors()
    {
        var value = Aggregate(Indicators.Population, Kiel,
            Count(KielCentrum, Indicators.Population, 2_130), Count(Beerschot, Indicators.Population, 1_845), Count(PiusX, Indicators.Population, 3_002));

        Assert.That(value.Status, Is.EqualTo(IndicatorStatus.Available));
        Assert.That(value.Value, Is.EqualTo(6_977m));
    }

    [Test]
    public void Should_recompute_a_share_from_summed_counts_and_not_average_the_shares()
    {
        // 10 % of 100 residents and 30 % of 1,000: the mean of the shares (20 %) ignores that the second sector is ten times larger.
        var value = Aggregate(Indicators.Share65Plus, [KielCentrum, Beerschot],
            Parts(KielCentrum, Indicators.Share65Plus, 10, 100), Parts(Beerschot, Indicators.Share65Plus, 300, 1_000));

        Assert.That(value.Value, Is.EqualTo(310m / 1_100m * 100));
        Assert.That(Math.Round(value.Value!.Value, 2), Is.EqualTo(28.18m).And.Not.EqualTo(20m));
        Assert.That((value.Numerator, value.Denominator), Is.EqualTo((310m, 1_100m)));
    }

    [Test]
    public void Should_recompute_a_mean_as_summed_totals_over_summed_counts()
    {
        // Average incomes 25,000 over 4 returns and 45,000 over 20: together 1,000,000 / 24, not (25,000 + 45,000) / 2.
        var value = Aggregate(Indicators.AverageTaxableIncome, [KielCentrum, Beerschot],
            Parts(KielCentrum, Indicators.AverageTaxableIncome, 100_000, 4), Parts(Beerschot, Indicators.AverageTaxableIncome, 900_000, 20));

        Assert.That(value.Value, Is.EqualTo(1_000_000m / 24m));
        Assert.That(value.Value, Is.Not.EqualTo(35_000m));
    }

    [Test]
    public void Should_refuse_to_aggregate_a_median_over_several_sectors()
    {
        var value = Aggregate(Indicators.MedianTaxableIncome, [KielCentrum, Beerschot],
            Count(KielCentrum, Indicators.MedianTaxableIncome, 21_000), Count(Beerschot, Indicators.MedianTaxableIncome, 26_000));

        Assert.That(value.Status, Is.EqualTo(IndicatorStatus.NotAggregatable));
        Assert.That(value.Value, Is.Null);
        Assert.That(value.Reason, Does.Contain("median cannot be aggregated"));
    }

    [Test]
    public void Should_give_the_median_of_a_neighbourhood_of_one_sector()
    {
        var value = Aggregate(Indicators.MedianTaxableIncome, [KielCentrum], Count(KielCentrum, Indicators.MedianTaxableIncome, 21_000));

        Assert.That(value.Status, Is.EqualTo(IndicatorStatus.Available));
        Assert.That(value.Value, Is.EqualTo(21_000m));
    }

    [Test]
    public void Should_keep_a_suppressed_cell_suppressed_after_aggregation()
    {
        var value = Aggregate(Indicators.IncomeDeclarations, Kiel,
            Count(KielCentrum, Indicators.IncomeDeclarations, 900),
            new SectorObservation(Beerschot, 2024, Indicators.IncomeDeclarations.Id, StatValue.Suppressed),
            Count(PiusX, Indicators.IncomeDeclarations, 1_400));

        Assert.That(value.Status, Is.EqualTo(IndicatorStatus.Suppressed));
        Assert.That(value.Value, Is.Null, "a suppressed cell must not be counted as 0");
        Assert.That(value.SuppressedSectors, Is.EqualTo(new[] { Beerschot }));
        Assert.That(value.Reason, Does.Contain("11002F61-"));
    }

    [Test]
    public void Should_suppress_a_mean_when_one_sector_hides_its_total()
    {
        var value = Aggregate(Indicators.AverageTaxableIncome, Kiel,
            Parts(KielCentrum, Indicators.AverageTaxableIncome, 100_000, 4),
            new SectorObservation(Beerschot, 2024, Indicators.AverageTaxableIncome.Id, StatValue.Suppressed, StatValue.Suppressed, N(3)),
            new SectorObservation(PiusX, 2024, Indicators.AverageTaxableIncome.Id, StatValue.Suppressed, N(50_000), StatValue.Suppressed));

        Assert.That(value.Status, Is.EqualTo(IndicatorStatus.Suppressed));
        Assert.That(value.SuppressedSectors, Is.EqualTo(new[] { Beerschot, PiusX }));
    }

    [Test]
    public void Should_compute_over_the_sectors_with_a_row_and_name_the_missing_ones()
    {
        var value = Aggregate(Indicators.Population, Kiel, Count(KielCentrum, Indicators.Population, 2_130), Count(PiusX, Indicators.Population, 3_002));

        Assert.That(value.Value, Is.EqualTo(5_132m));
        Assert.That(value.MissingSectors, Is.EqualTo(new[] { Beerschot }));
    }

    [Test]
    public void Should_report_no_data_when_no_sector_has_a_row_for_the_year()
    {
        var value = Aggregate(Indicators.Population, Kiel, Count(KielCentrum, Indicators.Population, 2_130, year: 2023));

        Assert.That(value.Status, Is.EqualTo(IndicatorStatus.NoData));
        Assert.That(value.MissingSectors, Is.EqualTo(Kiel));
    }

    [Test]
    public void Should_leave_a_share_undefined_when_its_denominator_is_zero()
    {
        var value = Aggregate(Indicators.Share65Plus, [KielCentrum], Parts(KielCentrum, Indicators.Share65Plus, 0, 0));

        Assert.That(value.Status, Is.EqualTo(IndicatorStatus.Undefined));
        Assert.That(value.Reason, Does.Contain("residents"));
    }

    [Test]
    public void Should_refuse_to_combine_shares_given_without_numerator_and_denominator()
    {
        var value = Aggregate(Indicators.Share65Plus, [KielCentrum, Beerschot],
            Parts(KielCentrum, Indicators.Share65Plus, 10, 100),
            new SectorObservation(Beerschot, 2024, Indicators.Share65Plus.Id, N(30)));

        Assert.That(value.Status, Is.EqualTo(IndicatorStatus.NotAggregatable));
        Assert.That(value.Reason, Does.Contain("11002F61-").And.Contain("numerator and denominator"));
    }

    [Test]
    public void Should_use_the_published_share_of_a_neighbourhood_of_one_sector()
    {
        var value = Aggregate(Indicators.Share65Plus, [KielCentrum], new SectorObservation(KielCentrum, 2024, Indicators.Share65Plus.Id, N(17.4m)));

        Assert.That(value.Value, Is.EqualTo(17.4m));
    }

    [Test]
    public void Should_ignore_figures_of_other_sectors_years_and_indicators()
    {
        var value = Aggregate(Indicators.Population, [KielCentrum],
            Count(KielCentrum, Indicators.Population, 2_130),
            Count(Beerschot, Indicators.Population, 1_845),
            Count(KielCentrum, Indicators.Population, 2_001, year: 2023),
            Count(KielCentrum, Indicators.Households, 1_020));

        Assert.That(value.Value, Is.EqualTo(2_130m));
    }

    [Test]
    public void Should_refuse_two_figures_for_the_same_sector()
    {
        Assert.That(
            () => Aggregate(Indicators.Population, [KielCentrum], Count(KielCentrum, Indicators.Population, 1), Count(KielCentrum, Indicators.Population, 2)),
            Throws.ArgumentException.With.Message.Contains("two figures"));
    }

    private static IndicatorValue Aggregate(IndicatorDefinition indicator, SectorCode[] sectors, params SectorObservation[] observations) =>
        SectorAggregation.Aggregate(indicator, 2024, sectors, observations);
}
