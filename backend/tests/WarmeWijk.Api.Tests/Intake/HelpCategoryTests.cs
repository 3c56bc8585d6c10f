using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Intake;

/// <summary>Each network keeps its own list of help categories; coordinators add, rename and switch them off.</summary>
public sealed class HelpCategoryTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    [Test]
    public async Task Should_add_a_category_that_is_then_offered_at_intake_in_that_network_only()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var otherNetwork = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);

        var saved = await coordinator.PutAsJsonAsync("/api/v1/help-categories/winter-check",
            new { nameNl = "Wintercheck", nameEn = "Winter check", defaultRoute = "Light", isActive = true });

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await saved.Content.ReadAsStringAsync());
        Assert.Multiple(async () =>
        {
            Assert.That(await Codes(coordinator), Does.Contain("winter-check"));
            Assert.That(await Codes(otherNetwork), Does.Not.Contain("winter-check"));
        });
    }

    [Test]
    public async Task Should_stop_offering_a_switched_off_category_but_still_list_it_for_beheer()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var fieldWorker = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var shopping = (await All(coordinator, includeInactive: false)).Single(c => c.GetProperty("code").GetString() == "shopping");

        var saved = await coordinator.PutAsJsonAsync("/api/v1/help-categories/shopping", new
        {
            nameNl = shopping.GetProperty("nameNl").GetString(),
            nameEn = shopping.GetProperty("nameEn").GetString(),
            defaultRoute = shopping.GetProperty("defaultRoute").GetString(),
            isActive = false,
        });
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var residentId = await fieldWorker.RegisterResidentAsync();
        var intake = await fieldWorker.PostAsJsonAsync("/api/v1/help-requests", IntakeClient.HelpRequest(residentId));
        var problem = await intake.ShouldBeProblem(HttpStatusCode.BadRequest);
        var everything = await All(coordinator, includeInactive: true);
        Assert.Multiple(async () =>
        {
            Assert.That(problem.FieldErrors("categoryCode"), Is.Not.Empty);
            Assert.That(await Codes(fieldWorker), Does.Not.Contain("shopping"));
            Assert.That(everything.Single(c => c.GetProperty("code").GetString() == "shopping").GetProperty("isActive").GetBoolean(), Is.False);
        });
    }

    [TestCase(Role.FieldWorker)]
    [TestCase(Role.Analyst)]
    public async Task Should_refuse_changes_by_roles_that_do_not_coordinate(Role role)
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, role);

        var response = await client.PutAsJsonAsync("/api/v1/help-categories/garden",
            new { nameNl = "Tuin", nameEn = "Garden", defaultRoute = "Light", isActive = true });

        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [TestCase("Night Watch", "code")]
    [TestCase("garden", "nameNl")]
    public async Task Should_name_the_field_of_an_invalid_category(string code, string field)
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);

        var response = await coordinator.PutAsJsonAsync($"/api/v1/help-categories/{Uri.EscapeDataString(code)}",
            new { nameNl = "", nameEn = "Garden", defaultRoute = "Light", isActive = true });

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.That(problem.FieldErrors(field), Is.Not.Empty);
    }

    private static async Task<List<JsonElement>> All(HttpClient client, bool includeInactive) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/v1/help-categories?includeInactive={includeInactive}"))
            .GetProperty("items").EnumerateArray()];

    private static async Task<List<string?>> Codes(HttpClient client) =>
        [.. (await All(client, includeInactive: false)).Select(c => c.GetProperty("code").GetString())];
}
