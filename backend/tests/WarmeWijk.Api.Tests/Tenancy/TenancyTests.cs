using System.Net;
using System.Net.Http.Json;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Tenancy;

/// <summary>
/// Users of network A and B create and list neighbourhoods; each sees only their own. That every id of B looks as if it
/// does not exist to every role of A, on every endpoint, is CrossTenantProbeTests' part.
/// </summary>
public sealed class TenancyTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    [Test]
    public async Task Should_list_only_the_callers_own_neighbourhoods()
    {
        using var a = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);

        var list = await a.GetFromJsonAsync<NeighbourhoodList>("/api/v1/neighbourhoods");

        Assert.Multiple(() =>
        {
            Assert.That(list!.Items.Select(n => n.Name), Does.Contain("Kiel"));
            Assert.That(list.Items.Select(n => n.Name), Does.Not.Contain("Groenenhoek (Binnenplein)"));
            Assert.That(list.Total, Is.EqualTo(list.Items.Count));
        });
    }

    [Test]
    public async Task Should_keep_a_created_neighbourhood_inside_the_creators_network()
    {
        using var a = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var b = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);

        var created = await a.PostAsJsonAsync("/api/v1/neighbourhoods", new { name = "Kiel-Zuid", sectorCodes = new[] { "11002F61-" } });
        var location = created.Headers.Location!.ToString();

        Assert.Multiple(async () =>
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((await a.GetAsync(location)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            await (await b.GetAsync(location)).ShouldBeProblem(HttpStatusCode.NotFound);
            Assert.That((await b.GetFromJsonAsync<NeighbourhoodList>("/api/v1/neighbourhoods"))!.Items.Select(n => n.Name), Does.Not.Contain("Kiel-Zuid"));
        });
    }

    [Test]
    public async Task Should_not_let_the_body_choose_the_network()
    {
        var networkB = await NetworkIdOf(ApiFactory.NetworkB);
        using var a = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);

        var problem = await (await a.PostAsJsonAsync("/api/v1/neighbourhoods", new { name = "Smuggled", sectorCodes = new[] { "11002T20-" }, networkId = networkB }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.Detail(), Does.Contain("'networkId' is not known"));
    }

    [Test]
    public async Task Should_allow_the_same_neighbourhood_name_in_two_networks()
    {
        using var a = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Admin);
        using var b = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Admin);

        var inA = await a.PostAsJsonAsync("/api/v1/neighbourhoods", new { name = "Gedeelde naam", sectorCodes = new[] { "11002F62-" } });
        var inB = await b.PostAsJsonAsync("/api/v1/neighbourhoods", new { name = "Gedeelde naam", sectorCodes = new[] { "11002T21-" } });

        Assert.Multiple(() =>
        {
            Assert.That(inA.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(inB.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        });
    }

    private async Task<Guid> NetworkIdOf(string network)
    {
        using var client = await Api.ClientForAsync(network, Role.Analyst);
        return (await client.GetFromJsonAsync<Me>("/api/v1/me"))!.Network.Id;
    }

    private sealed record NeighbourhoodList(IReadOnlyList<NeighbourhoodItem> Items, int Total);

    private sealed record NeighbourhoodItem(Guid Id, string Name);

    private sealed record Me(NetworkRef Network);

    private sealed record NetworkRef(Guid Id);
}
