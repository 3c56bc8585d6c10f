using WarmeWijk.Domain.Buurtanalyse;
using static WarmeWijk.Domain.Tests.Buurtanalyse.Figures;

namespace WarmeWijk.Domain.Tests.Buurtanalyse;

public sealed class ComparisonTests
{
    private static readonly DeviationThresholds Defaults = new();
    private static readonly ReferenceValue Flanders65Plus = FlandersReferences.All.Single(r => r.IndicatorId == Indicators.Share65Plus.Id);

    [Test]
    public void Should_flag_a_share_that_is_more_percentage_points_above_the_reference_than_the_threshold()
    {
        var comparison = Comparison.Of(Available(Indicators.Share65Plus, 2024, 28.2m), Flanders65Plus, Defaults)!;

        Assert.That(comparison.Difference, Is.EqualTo(6.5m));
        Assert.That(comparison.Unit, Is.EqualTo(DeviationUnit.PercentagePoints));
        Assert.That(comparison.Direction, Is.EqualTo(DeviationDirection.Above));
        Assert.That(comparison.IsFlagged, Is.True);
        Assert.That(comparison.Reference.Year, Is.EqualTo(2025));
    }

    [Test]
    public void Should_not_flag_a_deviation_within_the_threshold()
    {
        var comparison = Comparison.Of(Available(Indicators.Share65Plus, 2024, 17.2m), Flanders65Plus, Defaults)!;

        Assert.That(comparison.Difference, Is.EqualTo(-4.5m));
        Assert.That(comparison.Direction, Is.EqualTo(DeviationDirection.Below));
        Assert.That(comparison.IsFlagged, Is.False);
    }

    [Test]
    public void Should_not_flag_a_deviation_exactly_at_the_threshold()
    {
        var comparison = Comparison.Of(Available(Indicators.Share65Plus, 2024, 26.7m), Flanders65Plus, Defaults)!;

        Assert.That((comparison.Difference, comparison.IsFlagged), Is.EqualTo((5m, false)));
    }

    [Test]
    public void Should_measure_a_mean_relative_to_the_reference_and_assess_it_by_its_better_direction()
    {
        var municipality = new ReferenceValue(Indicators.AverageTaxableIncome.Id, "Antwerpen", 2022, 32_000m, "computed");

        var comparison = Comparison.Of(Available(Indicators.AverageTaxableIncome, 2022, 24_000m), municipality, Defaults)!;

        Assert.That(comparison.Difference, Is.EqualTo(-25m));
        Assert.That(comparison.Unit, Is.EqualTo(DeviationUnit.Percent));
        Assert.That(comparison.IsFlagged, Is.True);
        Assert.That(comparison.Assessment, Is.EqualTo(DeviationAssessment.Unfavourable));
    }

    [Test]
    public void Should_use_the_threshold_configured_for_the_indicator()
    {
        var thresholds = new DeviationThresholds { PerIndicator = new Dictionary<string, decimal> { [Indicators.Share65Plus.Id] = 2m } };

        var comparison = Comparison.Of(Available(Indicators.Share65Plus, 2024, 24.2m), Flanders65Plus, thresholds)!;

        Assert.That((comparison.Threshold, comparison.IsFlagged), Is.EqualTo((2m, true)));
        Assert.That(Comparison.Of(Available(Indicators.Share65Plus, 2024, 24.2m), Flanders65Plus, Defaults)!.IsFlagged, Is.False);
    }

    [Test]
    public void Should_call_a_low_share_of_increased_allowance_favourable()
    {
        var flanders = FlandersReferences.All.Single(r => r.IndicatorId == Indicators.IncreasedAllowance.Id);

        var comparison = Comparison.Of(Available(Indicators.IncreasedAllowance, 2017, 9.1m), flanders, Defaults)!;

        Assert.That(comparison.Assessment, Is.EqualTo(DeviationAssessment.Favourable));
    }

    [Test]
    public void Should_call_a_deviation_of_an_indicator_without_better_direction_neutral()
    {
        var comparison = Comparison.Of(Available(Indicators.Share65Plus, 2024, 30m), Flanders65Plus, Defaults)!;

        Assert.That(comparison.Assessment, Is.EqualTo(DeviationAssessment.Neutral));
    }

    [Test]
    public void Should_not_compare_a_suppressed_value()
    {
        var suppressed = new IndicatorValue(Indicators.Share65Plus, 2024, IndicatorStatus.Suppressed, null, null, null, [Figures.KielCentrum], [], "C");

        Assert.That(Comparison.Of(suppressed, Flanders65Plus, Defaults), Is.Null);
    }

    [Test]
    public void Should_not_compare_relatively_with_a_reference_of_zero()
    {
        var zero = new ReferenceValue(Indicators.CarsPerHousehold.Id, "Nergens", 2024, 0m, "test");

        Assert.That(Comparison.Of(Available(Indicators.CarsPerHousehold, 2024, 0.8m), zero, Defaults), Is.Null);
    }

    [Test]
    public void Should_refuse_a_reference_of_another_indicator()
    {
        Assert.That(() => Comparison.Of(Available(Indicators.Share85Plus, 2024, 3m), Flanders65Plus, Defaults), Throws.ArgumentException);
    }
}
