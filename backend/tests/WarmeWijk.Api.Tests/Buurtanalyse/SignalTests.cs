using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Buurtanalyse;

public sealed class SignalTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    [Test]
    public async Task Should_count_field_work_signals_per_theme_in_the_neighbourhood()
    {
        using var fieldWorker = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var kiel = await fieldWorker.NeighbourhoodIdAsync("Kiel");
        foreach (var (theme, sector) in new[] { ("eenzaamheid", "11002F60-"), ("eenzaamheid", "11002f61-"), ("vocht in woning", "11002F60-") })
        {
            var response = await fieldWorker.PostAsJsonAsync($"/api/v1/neighbourhoods/{kiel}/signals", new { theme, sectorCode = sector, description = "Gezien tijdens de deur-aan-deurronde." });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        }

        using var analyst = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Analyst);
        var signals = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/neighbourhoods/{kiel}/signals");
        var loneliness = signals.GetProperty("themes").EnumerateArray().First();

        Assert.Multiple(() =>
        {
            Assert.That(signals.GetProperty("total").GetInt32(), Is.EqualTo(3));
            Assert.That(loneliness.GetProperty("theme").GetString(), Is.EqualTo("eenzaamheid"));
            Assert.That(loneliness.GetProperty("fromFieldWork").GetInt32(), Is.EqualTo(2));
            Assert.That(signals.GetProperty("latest")[0].GetProperty("sectorCode").GetString(), Is.EqualTo("11002F60-"));
        });
    }

    [Test]
    public async Task Should_refuse_a_sector_outside_the_neighbourhood_and_hide_other_networks()
    {
        using var fieldWorker = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var kiel = await fieldWorker.NeighbourhoodIdAsync("Kiel");
        using var theirs = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);

        var outside = await (await fieldWorker.PostAsJsonAsync($"/api/v1/neighbourhoods/{kiel}/signals", new { theme = "x", sectorCode = "11002T22-", description = "y" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await theirs.GetAsync($"/api/v1/neighbourhoods/{kiel}/signals")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await theirs.PostAsJsonAsync($"/api/v1/neighbourhoods/{kiel}/signals", new { theme = "x", sectorCode = "11002F60-", description = "y" }))
            .ShouldBeProblem(HttpStatusCode.NotFound);

        Assert.That(outside.FieldErrors("sectorCode"), Has.Some.Contains("not part of this neighbourhood"));
    }

    [Test]
    public async Task Should_let_only_coordinators_and_field_workers_record_signals()
    {
        using var analyst = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Analyst);
        var kiel = await analyst.NeighbourhoodIdAsync("Kiel");

        await (await analyst.PostAsJsonAsync($"/api/v1/neighbourhoods/{kiel}/signals", new { theme = "x", sectorCode = "11002F60-", description = "y" }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
