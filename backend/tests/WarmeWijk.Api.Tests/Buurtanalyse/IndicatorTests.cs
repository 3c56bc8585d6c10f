using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Buurtanalyse;

public sealed class IndicatorTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    [Test]
    public async Task Should_show_the_indicator_table_with_municipality_and_flanders_comparison_and_trends()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Analyst);
        var kiel = await client.IndicatorsAsync(await client.NeighbourhoodIdAsync("Kiel"));

        var share65 = kiel.Indicator("share_65_plus");
        var comparisons = share65.GetProperty("comparisons").EnumerateArray().ToDictionary(c => c.GetProperty("area").GetString()!);
        Assert.Multiple(() =>
        {
            Assert.That(kiel.GetProperty("containsSyntheticData").GetBoolean(), Is.True, "the demo figures are made up and say so");
            Assert.That(share65.GetProperty("latest").GetProperty("year").GetInt32(), Is.EqualTo(2024));
            Assert.That(share65.GetProperty("latest").GetProperty("status").GetString(), Is.EqualTo("Available"));
            Assert.That(share65.GetProperty("trend").GetProperty("points").GetArrayLength(), Is.EqualTo(5));
            Assert.That(comparisons.Keys, Is.EquivalentTo(new[] { "Antwerpen", "Vlaanderen" }));
            Assert.That(comparisons["Vlaanderen"].GetProperty("value").GetDecimal(), Is.EqualTo(21.7m));
            Assert.That(comparisons["Vlaanderen"].GetProperty("unit").GetString(), Is.EqualTo("PercentagePoints"));
            Assert.That(kiel.GetProperty("sectors").GetArrayLength(), Is.EqualTo(7));
        });
    }

    [Test]
    public async Task Should_recompute_a_share_from_the_summed_parts_of_the_sectors()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Analyst);
        var kiel = await client.IndicatorsAsync(await client.NeighbourhoodIdAsync("Kiel"));

        var latest = kiel.Indicator("share_65_plus").GetProperty("latest");
        var expected = Math.Round(100 * latest.GetProperty("numerator").GetDecimal() / latest.GetProperty("denominator").GetDecimal(), 4);
        var perSector = kiel.GetProperty("sectors").EnumerateArray()
            .Select(s => s.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("indicatorId").GetString() == "share_65_plus"))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(latest.GetProperty("value").GetDecimal(), Is.EqualTo(expected).Within(0.0001m));
            Assert.That(perSector, Has.Count.EqualTo(7).And.All.Matches<JsonElement>(v => v.GetProperty("status").GetString() == "Available"));
        });
    }

    [Test]
    public async Task Should_flag_a_strong_deviation_with_its_direction_and_size()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var id = await client.NeighbourhoodIdAsync("Kiel");

        // Kiel's synthetic profile has about twice Antwerp's share of residents with increased allowance.
        var flandersOnly = (await client.IndicatorsAsync(id)).Indicator("share_increased_allowance").GetProperty("comparisons").EnumerateArray()
            .Single(c => c.GetProperty("area").GetString() == "Vlaanderen");

        Assert.Multiple(() =>
        {
            Assert.That(flandersOnly.GetProperty("isFlagged").GetBoolean(), Is.True);
            Assert.That(flandersOnly.GetProperty("direction").GetString(), Is.EqualTo("Above"));
            Assert.That(flandersOnly.GetProperty("assessment").GetString(), Is.EqualTo("Unfavourable"));
            Assert.That(flandersOnly.GetProperty("difference").GetDecimal(), Is.GreaterThan(5m));
        });
    }

    [Test]
    public async Task Should_keep_a_confidential_cell_suppressed_in_the_neighbourhood_and_its_sector()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var file = "sector_code;year;indicator;value;numerator;denominator\n11002F60-;2030;share_85_plus;C;C;2130\n11002F61-;2030;share_85_plus;2,1;40;1900\n";
        (await client.ImportAsync("IndicatorValues", "census-85plus.csv", file)).EnsureSuccessStatusCode();

        var kiel = await client.IndicatorsAsync(await client.NeighbourhoodIdAsync("Kiel"));
        var latest = kiel.Indicator("share_85_plus").GetProperty("latest");
        var f60 = kiel.GetProperty("sectors").EnumerateArray().Single(s => s.GetProperty("code").GetString() == "11002F60-")
            .GetProperty("values").EnumerateArray().Single(v => v.GetProperty("indicatorId").GetString() == "share_85_plus");

        Assert.Multiple(() =>
        {
            Assert.That(latest.GetProperty("year").GetInt32(), Is.EqualTo(2030));
            Assert.That(latest.GetProperty("status").GetString(), Is.EqualTo("Suppressed"));
            Assert.That(latest.GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(latest.GetProperty("suppressedSectors").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { "11002F60-" }));
            Assert.That(f60.GetProperty("status").GetString(), Is.EqualTo("Suppressed"));
        });
    }

    [Test]
    public async Task Should_give_the_boundaries_of_the_sectors_as_geojson()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Analyst);

        var geojson = await client.GetFromJsonAsync<JsonElement>($"/api/v1/neighbourhoods/{await client.NeighbourhoodIdAsync("Kiel")}/boundaries");
        var first = geojson.GetProperty("features")[0];

        Assert.Multiple(() =>
        {
            Assert.That(geojson.GetProperty("type").GetString(), Is.EqualTo("FeatureCollection"));
            Assert.That(geojson.GetProperty("features").GetArrayLength(), Is.EqualTo(7));
            Assert.That(first.GetProperty("geometry").GetProperty("type").GetString(), Is.EqualTo("Polygon"));
            Assert.That(first.GetProperty("properties").GetProperty("synthetic").GetBoolean(), Is.True);
        });
    }

    [TestCase(Role.FieldWorker)]
    [TestCase(Role.Admin)]
    public async Task Should_forbid_roles_other_than_coordinator_and_analyst(Role role)
    {
        using var analyst = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Analyst);
        var id = await analyst.NeighbourhoodIdAsync("Kiel");
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, role);

        await (await client.GetAsync($"/api/v1/neighbourhoods/{id}/indicators")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await client.GetAsync($"/api/v1/neighbourhoods/{id}/boundaries")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await client.ImportAsync("IndicatorValues", "x.csv", "sector_code,year,indicator,value\n11002F60-,2024,x,1\n"))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await client.GetAsync("/api/v1/buurtanalyse/imports")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Should_answer_404_for_the_neighbourhood_of_another_network()
    {
        using var theirs = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Analyst);
        var groenenhoek = await theirs.NeighbourhoodIdAsync("Groenenhoek (Binnenplein)");
        using var ours = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Analyst);

        await (await ours.GetAsync($"/api/v1/neighbourhoods/{groenenhoek}/indicators")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await ours.GetAsync($"/api/v1/neighbourhoods/{groenenhoek}/boundaries")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Should_show_who_imported_only_within_the_own_network()
    {
        using var ours = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Analyst);
        var created = await (await ours.ImportAsync("IndicatorValues", "eigen.csv", "sector_code,year,indicator,value\n11002F60-,2031,own_count,5\n"))
            .Content.ReadFromJsonAsync<JsonElement>();
        using var theirs = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);

        var seenByUs = await ours.GetFromJsonAsync<JsonElement>($"/api/v1/buurtanalyse/imports/{created.GetProperty("id").GetGuid()}");
        var seenByThem = (await theirs.GetFromJsonAsync<JsonElement>("/api/v1/buurtanalyse/imports")).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("id").GetGuid() == created.GetProperty("id").GetGuid());

        Assert.Multiple(() =>
        {
            Assert.That(seenByUs.GetProperty("importedBy").GetString(), Is.EqualTo("Lotte Janssens"));
            Assert.That(seenByUs.GetProperty("status").GetString(), Is.EqualTo("Succeeded"));
            Assert.That(seenByThem.GetProperty("importedBy").GetString(), Is.EqualTo("Warme Wijk Kiel"));
        });
    }
}
