using WarmeWijk.Domain.Buurtanalyse;
using static WarmeWijk.Domain.Tests.Buurtanalyse.Figures;

namespace WarmeWijk.Domain.Tests.Buurtanalyse;

public sealed class TrendTests
{
    [Test]
    public void Should_give_the_values_by_year_and_the_change_from_the_first_to_the_last()
    {
        var trend = Trend.Of(Indicators.Share65Plus,
            [Available(Indicators.Share65Plus, 2024, 19.5m), Available(Indicators.Share65Plus, 2020, 15m), Available(Indicators.Share65Plus, 2022, 18m)]);

        Assert.That(trend.Values.Select(v => v.Year), Is.EqualTo(new[] { 2020, 2022, 2024 }));
        Assert.That((trend.FromYear, trend.ToYear), Is.EqualTo((2020, 2024)));
        Assert.That(trend.AbsoluteChange, Is.EqualTo(4.5m), "percentage points for a share");
        Assert.That(trend.RelativeChange, Is.EqualTo(30m));
        Assert.That(trend.Direction, Is.EqualTo(TrendDirection.Rising));
    }

    [Test]
    public void Should_see_a_falling_trend()
    {
        var trend = Trend.Of(Indicators.Population, [Available(Indicators.Population, 2020, 2_000m), Available(Indicators.Population, 2024, 1_900m)]);

        Assert.That((trend.AbsoluteChange, trend.RelativeChange, trend.Direction), Is.EqualTo((-100m, -5m, TrendDirection.Falling)));
    }

    [Test]
    public void Should_see_a_stable_trend()
    {
        var trend = Trend.Of(Indicators.Population, [Available(Indicators.Population, 2020, 2_000m), Available(Indicators.Population, 2024, 2_000m)]);

        Assert.That(trend.Direction, Is.EqualTo(TrendDirection.Stable));
    }

    [Test]
    public void Should_keep_suppressed_years_as_gaps_and_measure_the_change_over_known_years()
    {
        var suppressed = new IndicatorValue(Indicators.AverageTaxableIncome, 2022, IndicatorStatus.Suppressed, null, null, null, [KielCentrum], [], "C");

        var trend = Trend.Of(Indicators.AverageTaxableIncome,
            [Available(Indicators.AverageTaxableIncome, 2020, 20_000m), Available(Indicators.AverageTaxableIncome, 2021, 21_000m), suppressed]);

        Assert.That(trend.Values, Has.Count.EqualTo(3));
        Assert.That(trend.Values[^1].Status, Is.EqualTo(IndicatorStatus.Suppressed));
        Assert.That((trend.ToYear, trend.AbsoluteChange), Is.EqualTo((2021, 1_000m)));
    }

    [Test]
    public void Should_not_know_the_direction_with_fewer_than_two_values()
    {
        var trend = Trend.Of(Indicators.Population, [Available(Indicators.Population, 2024, 2_000m)]);

        Assert.That((trend.Direction, trend.AbsoluteChange), Is.EqualTo((TrendDirection.Unknown, (decimal?)null)));
    }

    [Test]
    public void Should_leave_the_relative_change_out_when_the_first_value_is_zero()
    {
        var trend = Trend.Of(Indicators.Cars, [Available(Indicators.Cars, 2020, 0m), Available(Indicators.Cars, 2024, 12m)]);

        Assert.That((trend.AbsoluteChange, trend.RelativeChange), Is.EqualTo((12m, (decimal?)null)));
    }
}
