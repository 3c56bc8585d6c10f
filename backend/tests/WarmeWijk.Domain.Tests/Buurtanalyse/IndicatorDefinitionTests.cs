using WarmeWijk.Domain.Buurtanalyse;
using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Tests.Buurtanalyse;

public sealed class IndicatorDefinitionTests
{
    private static readonly IndicatorPart Part = new("deel", "part");

    [TestCase(IndicatorKind.Share)]
    [TestCase(IndicatorKind.Mean)]
    public void Should_need_a_numerator_and_a_denominator_for_a_ratio(IndicatorKind kind)
    {
        Assert.That(() => new IndicatorDefinition("x", "x", "x", kind, Part), Throws.TypeOf<DomainRuleException>());
    }

    [TestCase(IndicatorKind.Count)]
    [TestCase(IndicatorKind.Median)]
    public void Should_refuse_parts_for_a_count_or_a_median(IndicatorKind kind)
    {
        Assert.That(() => new IndicatorDefinition("x", "x", "x", kind, Part, Part), Throws.TypeOf<DomainRuleException>());
    }

    [Test]
    public void Should_give_every_indicator_a_unique_id()
    {
        Assert.That(Indicators.All.Select(i => i.Id), Is.Unique);
    }

    [Test]
    public void Should_only_have_flemish_references_for_known_indicators()
    {
        Assert.That(FlandersReferences.All.Select(r => r.IndicatorId), Is.SubsetOf(Indicators.All.Select(i => i.Id)));
    }
}
