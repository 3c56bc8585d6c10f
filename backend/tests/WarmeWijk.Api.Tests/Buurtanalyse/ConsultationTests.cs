using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Buurtanalyse;

public sealed class ConsultationTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    private static object Consultation(
        string method = "CafeDialogue", string? heldOn = null, int? participants = 14, string[]? themes = null, string summary = "Veel zorgen over de huurprijzen.",
        string[]? quotes = null) => new
    {
        method,
        heldOn = heldOn ?? DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        participants,
        themes = themes ?? ["Wonen", "Eenzaamheid"],
        summary,
        quotes = quotes ?? ["Ik ken mijn buren niet meer."],
    };

    [Test]
    public async Task Should_record_a_buurtbevraging_and_count_its_themes_with_the_signals()
    {
        using var fieldWorker = await Api.ClientForAsync("groenenhoek", Role.FieldWorker);
        var neighbourhood = await fieldWorker.NeighbourhoodIdAsync("Groenenhoek (Binnenplein)");
        (await fieldWorker.PostAsJsonAsync($"/api/v1/neighbourhoods/{neighbourhood}/signals", new { theme = "Wonen", sectorCode = "11002T22-", description = "Vocht in de blok." }))
            .EnsureSuccessStatusCode();

        var created = await fieldWorker.PostAsJsonAsync($"/api/v1/neighbourhoods/{neighbourhood}/consultations", Consultation());
        using var analyst = await Api.ClientForAsync("groenenhoek", Role.Analyst);
        var list = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/neighbourhoods/{neighbourhood}/consultations");
        var signals = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/neighbourhoods/{neighbourhood}/signals");
        var housing = signals.GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("theme").GetString() == "Wonen");
        var loneliness = signals.GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("theme").GetString() == "Eenzaamheid");

        Assert.Multiple(() =>
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(list.GetProperty("total").GetInt32(), Is.EqualTo(1));
            Assert.That(list.GetProperty("items")[0].GetProperty("method").GetString(), Is.EqualTo("CafeDialogue"));
            Assert.That(list.GetProperty("themes").GetArrayLength(), Is.GreaterThan(5));
            Assert.That(housing.GetProperty("fromFieldWork").GetInt32(), Is.EqualTo(1));
            Assert.That(housing.GetProperty("fromConsultations").GetInt32(), Is.EqualTo(1));
            Assert.That(housing.GetProperty("total").GetInt32(), Is.EqualTo(2));
            Assert.That(loneliness.GetProperty("fromConsultations").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_refuse_future_dates_unknown_themes_and_personal_data()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var kiel = await coordinator.NeighbourhoodIdAsync("Kiel");
        var path = $"/api/v1/neighbourhoods/{kiel}/consultations";

        var future = await (await coordinator.PostAsJsonAsync(path, Consultation(heldOn: DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var bad = await (await coordinator.PostAsJsonAsync(path, Consultation(
                method: "Telepathy", participants: 0, themes: ["Weer"], summary: "", quotes: ["Bel me op 0475 12 34 56", "Mail: jan@example.org", "85.07.30-033.61"])))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var personal = await (await coordinator.PostAsJsonAsync(path, Consultation(summary: "Contact via jan@example.org", quotes: ["Bel me op 0475 12 34 56", "85.07.30-033.61"])))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var noThemes = await (await coordinator.PostAsJsonAsync(path, Consultation(themes: []))).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Multiple(() =>
        {
            Assert.That(future.FieldErrors("heldOn"), Has.Some.Contains("future"));
            Assert.That(bad.Detail(), Does.Contain("method"));
            Assert.That(personal.FieldErrors("summary"), Has.Some.Contains("an e-mail address"));
            Assert.That(personal.FieldErrors("quotes[0]"), Has.Some.Contains("a phone number"));
            Assert.That(personal.FieldErrors("quotes[1]"), Has.Some.Contains("a national register number"));
            Assert.That(noThemes.FieldErrors("themes"), Is.Not.Empty);
        });
    }

    [Test]
    public async Task Should_refuse_bad_participants_and_themes()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var kiel = await coordinator.NeighbourhoodIdAsync("Kiel");

        var problem = await (await coordinator.PostAsJsonAsync($"/api/v1/neighbourhoods/{kiel}/consultations", Consultation(participants: 0, themes: ["Weer"])))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Multiple(() =>
        {
            Assert.That(problem.FieldErrors("participants"), Is.Not.Empty);
            Assert.That(problem.FieldErrors("themes[0]"), Has.Some.Contains("Weer"));
        });
    }

    [Test]
    public async Task Should_keep_other_networks_out_and_let_analysts_only_read()
    {
        using var analyst = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Analyst);
        using var theirs = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);
        var kiel = await analyst.NeighbourhoodIdAsync("Kiel");

        Assert.Multiple(async () =>
        {
            await (await analyst.PostAsJsonAsync($"/api/v1/neighbourhoods/{kiel}/consultations", Consultation())).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await theirs.PostAsJsonAsync($"/api/v1/neighbourhoods/{kiel}/consultations", Consultation())).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await theirs.GetAsync($"/api/v1/neighbourhoods/{kiel}/consultations")).ShouldBeProblem(HttpStatusCode.NotFound);
            Assert.That((await analyst.GetAsync($"/api/v1/neighbourhoods/{kiel}/consultations")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }
}
