using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Domain.Tests.Neighbourhoods;

public sealed class NeighbourhoodTests
{
    private const string Antwerp = "11002";

    [Test]
    public void Should_keep_the_sectors_it_was_created_with()
    {
        var neighbourhood = Create(Sector("11002F60-"), Sector("11002F61-"));

        Assert.That(neighbourhood.Sectors.Select(s => s.Code), Is.EqualTo(new[] { "11002F60-", "11002F61-" }));
    }

    [Test]
    public void Should_need_at_least_one_sector()
    {
        Assert.That(() => Create(), Throws.TypeOf<DomainRuleException>());
    }

    [Test]
    public void Should_refuse_a_sector_of_another_municipality()
    {
        Assert.That(
            () => Create(Sector("11002F60-"), Sector("13011A212")),
            Throws.TypeOf<DomainRuleException>().With.Message.Contains("13011A212"));
    }

    [Test]
    public void Should_refuse_a_sector_listed_twice()
    {
        Assert.That(
            () => Create(Sector("11002F60-"), Sector("11002f60-")),
            Throws.TypeOf<DomainRuleException>().With.Message.Contains("listed twice"));
    }

    private static Neighbourhood Create(params NeighbourhoodSector[] sectors) =>
        new("Seefhoek", Antwerp, "Antwerpen", sectors);

    private static NeighbourhoodSector Sector(string text)
    {
        var code = SectorCode.Parse(text);
        return new NeighbourhoodSector(code, $"Sector {code}", code.MunicipalityNis);
    }
}
