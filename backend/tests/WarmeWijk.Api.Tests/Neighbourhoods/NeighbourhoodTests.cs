using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Neighbourhoods;

public sealed class NeighbourhoodTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    [Test]
    public async Task Should_show_a_neighbourhood_with_its_official_sector_names()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var id = (await client.GetFromJsonAsync<JsonElement>("/api/v1/neighbourhoods")).GetProperty("items").EnumerateArray()
            .Single(n => n.GetProperty("name").GetString() == "Kiel").GetProperty("id").GetGuid();

        var kiel = await client.GetFromJsonAsync<JsonElement>($"/api/v1/neighbourhoods/{id}");
        var sectors = kiel.GetProperty("sectors").EnumerateArray().ToDictionary(s => s.GetProperty("code").GetString()!, s => s.GetProperty("name").GetString());

        Assert.Multiple(() =>
        {
            Assert.That(kiel.GetProperty("municipalityName").GetString(), Is.EqualTo("Antwerpen"));
            Assert.That(sectors, Has.Count.EqualTo(7));
            Assert.That(sectors["11002F60-"], Is.EqualTo("Kiel - Centrum (Kiel)"));
        });
    }

    [TestCase(Role.FieldWorker)]
    [TestCase(Role.Analyst)]
    public async Task Should_forbid_roles_that_may_not_define_neighbourhoods(Role role)
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, role);

        var problem = await (await client.PostAsJsonAsync("/api/v1/neighbourhoods", new { name = "Nieuw", sectorCodes = new[] { "11002F64-" } }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);

        Assert.That(problem.Detail(), Does.Contain(role.ToString()));
    }

    [Test]
    public async Task Should_normalise_sector_codes_and_take_names_from_the_official_table()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);

        var response = await client.PostAsJsonAsync("/api/v1/neighbourhoods", new { name = "Beerschot", sectorCodes = new[] { " 11002f62- " } });
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(created.GetProperty("sectors")[0].GetProperty("code").GetString(), Is.EqualTo("11002F62-"));
            Assert.That(created.GetProperty("sectors")[0].GetProperty("name").GetString(), Is.EqualTo("Beerschot - Stadion (Kiel)"));
        });
    }

    [Test]
    public async Task Should_name_each_bad_sector_code_and_why()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);

        var problem = await (await client.PostAsJsonAsync("/api/v1/neighbourhoods", new { name = "Fout", sectorCodes = new[] { "11002F60-", "ABC", "99999A00-" } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Multiple(() =>
        {
            Assert.That(problem.FieldErrors("sectorCodes[1]"), Has.Some.Contains("is not a statistical sector code"));
            Assert.That(problem.FieldErrors("sectorCodes[2]"), Has.Some.Contains("not a statistical sector of Flanders or Brussels"));
        });
    }

    [Test]
    public async Task Should_refuse_sectors_of_two_municipalities_and_empty_input()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);

        var mixed = await (await client.PostAsJsonAsync("/api/v1/neighbourhoods", new { name = "Gemengd", sectorCodes = new[] { "11002F60-", "12021A00-" } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var empty = await (await client.PostAsJsonAsync("/api/v1/neighbourhoods", new { name = "", sectorCodes = Array.Empty<string>() }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Multiple(() =>
        {
            Assert.That(mixed.FieldErrors("sectorCodes"), Has.Some.Contains("same municipality"));
            Assert.That(empty.FieldErrors("name"), Is.Not.Empty);
            Assert.That(empty.FieldErrors("sectorCodes"), Is.Not.Empty);
        });
    }

    [TestCase("{\"name\":\"Zonder sectoren\"}")]
    [TestCase("{\"name\":\"Null\",\"sectorCodes\":null}")]
    [TestCase("{\"name\":\"Null-element\",\"sectorCodes\":[null]}")]
    public async Task Should_report_missing_or_null_sector_codes_as_a_field_error(string body)
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var problem = await (await client.PostAsync("/api/v1/neighbourhoods", content)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Has.Some.StartsWith("sectorCodes"));
    }

    [Test]
    public async Task Should_answer_409_for_a_name_the_network_already_uses()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);

        var problem = await (await client.PostAsJsonAsync("/api/v1/neighbourhoods", new { name = "Kiel", sectorCodes = new[] { "11002F65-" } }))
            .ShouldBeProblem(HttpStatusCode.Conflict);

        Assert.That(problem.Detail(), Does.Contain("Kiel"));
    }

    [Test]
    public async Task Should_answer_404_for_an_id_that_exists_nowhere()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);

        await (await client.GetAsync($"/api/v1/neighbourhoods/{Guid.NewGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/v1/neighbourhoods/not-a-guid")).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
