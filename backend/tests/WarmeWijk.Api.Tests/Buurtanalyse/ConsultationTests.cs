using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WarmeWijk.Api.Tests.Reporting;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Buurtanalyse;

public sealed class ConsultationTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    internal static object Consultation(
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

    [Test]
    public async Task Should_correct_and_remove_a_buurtbevraging_and_recount_its_themes()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var kiel = await coordinator.NeighbourhoodIdAsync("Kiel");
        var before = await ConsultedAsync(coordinator, kiel);
        var created = await coordinator.PostAsJsonAsync($"/api/v1/neighbourhoods/{kiel}/consultations", Consultation(themes: ["Wonen", "Eenzaamheid"]));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var path = $"/api/v1/consultations/{id}";
        var recorded = await ConsultedAsync(coordinator, kiel);

        var corrected = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, path, created.Headers.ETag!.Tag,
            Consultation(method: "Survey", participants: 30, themes: ["Mobiliteit"], summary: "Te weinig bussen.", quotes: []));
        var body = await corrected.Content.ReadFromJsonAsync<JsonElement>();
        var afterCorrection = await ConsultedAsync(coordinator, kiel);
        var listed = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/neighbourhoods/{kiel}/consultations"))
            .GetProperty("items").EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == id);
        var staleUpdate = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, path, created.Headers.ETag!.Tag, Consultation());
        var missingUpdate = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, path, null, Consultation());
        var staleDelete = await coordinator.SendWithIfMatchAsync(HttpMethod.Delete, path, created.Headers.ETag!.Tag);
        var missingDelete = await coordinator.SendWithIfMatchAsync(HttpMethod.Delete, path, null);
        var deleted = await coordinator.SendWithIfMatchAsync(HttpMethod.Delete, path, corrected.Headers.ETag!.Tag);
        var afterDeletion = await ConsultedAsync(coordinator, kiel);
        var list = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/neighbourhoods/{kiel}/consultations");
        var deletedAgain = await coordinator.SendWithIfMatchAsync(HttpMethod.Delete, path, corrected.Headers.ETag!.Tag);

        using var scope = Api.Services.CreateScope();
        var audited = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.IgnoreQueryFilters()
            .Where(a => a.EntityId == id).OrderBy(a => a.At).Select(a => a.Action.ToString()).ToListAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(created.Headers.ETag!.Tag, Is.EqualTo("\"1\""));
            Assert.That(recorded.GetValueOrDefault("Wonen"), Is.EqualTo(before.GetValueOrDefault("Wonen") + 1));
            Assert.That(corrected.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(corrected.Headers.ETag!.Tag, Is.EqualTo("\"2\""));
            Assert.That(body.GetProperty("version").GetInt32(), Is.EqualTo(2));
            Assert.That(body.GetProperty("method").GetString(), Is.EqualTo("Survey"));
            Assert.That(listed.GetProperty("participants").GetInt32(), Is.EqualTo(30));
            Assert.That(listed.GetProperty("summary").GetString(), Is.EqualTo("Te weinig bussen."));
            Assert.That(listed.GetProperty("quotes").GetArrayLength(), Is.Zero);
            Assert.That(afterCorrection.GetValueOrDefault("Wonen"), Is.EqualTo(before.GetValueOrDefault("Wonen")));
            Assert.That(afterCorrection.GetValueOrDefault("Eenzaamheid"), Is.EqualTo(before.GetValueOrDefault("Eenzaamheid")));
            Assert.That(afterCorrection.GetValueOrDefault("Mobiliteit"), Is.EqualTo(before.GetValueOrDefault("Mobiliteit") + 1));
            Assert.That((await staleUpdate.ShouldBeProblem(HttpStatusCode.PreconditionFailed)).Detail(), Does.Contain("changed by someone else"));
            await missingUpdate.ShouldBeProblem(HttpStatusCode.PreconditionRequired);
            await staleDelete.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
            await missingDelete.ShouldBeProblem(HttpStatusCode.PreconditionRequired);
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(afterDeletion, Is.EquivalentTo(before));
            Assert.That(list.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()), Does.Not.Contain(id));
            await deletedAgain.ShouldBeProblem(HttpStatusCode.NotFound);
            Assert.That(audited, Is.EqualTo(new[] { "Create", "Update", "Deletion" }));
        });
    }

    [Test]
    public async Task Should_correct_by_the_rules_of_recording_and_refuse_what_identifies_someone()
    {
        using var fieldWorker = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var kiel = await fieldWorker.NeighbourhoodIdAsync("Kiel");
        var created = await fieldWorker.PostAsJsonAsync($"/api/v1/neighbourhoods/{kiel}/consultations", Consultation());
        var path = $"/api/v1/consultations/{(await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()}";
        var etag = created.Headers.ETag!.Tag;

        var future = await (await fieldWorker.SendWithIfMatchAsync(HttpMethod.Put, path, etag,
                Consultation(heldOn: DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), participants: 0, themes: ["Weer"])))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var personal = await (await fieldWorker.SendWithIfMatchAsync(HttpMethod.Put, path, etag,
                Consultation(summary: "Contact via jan@example.org", quotes: ["Bel me op 0475 12 34 56", "85.07.30-033.61"])))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var empty = await (await fieldWorker.SendWithIfMatchAsync(HttpMethod.Put, path, etag, Consultation(themes: [], summary: "", quotes: [""])))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var method = await (await fieldWorker.SendWithIfMatchAsync(HttpMethod.Put, path, etag, Consultation(method: "Telepathy")))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var unknown = await (await fieldWorker.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/consultations/{Guid.CreateVersion7()}", etag, Consultation()))
            .ShouldBeProblem(HttpStatusCode.NotFound);
        var unchanged = await fieldWorker.GetFromJsonAsync<JsonElement>($"/api/v1/neighbourhoods/{kiel}/consultations");
        var corrected = await fieldWorker.SendWithIfMatchAsync(HttpMethod.Put, path, etag, Consultation(participants: null));

        Assert.Multiple(() =>
        {
            Assert.That(future.FieldErrors("heldOn"), Has.Some.Contains("future"));
            Assert.That(future.FieldErrors("participants"), Is.Not.Empty);
            Assert.That(future.FieldErrors("themes[0]"), Has.Some.Contains("Weer"));
            Assert.That(personal.FieldErrors("summary"), Has.Some.Contains("an e-mail address"));
            Assert.That(personal.FieldErrors("quotes[0]"), Has.Some.Contains("a phone number"));
            Assert.That(personal.FieldErrors("quotes[1]"), Has.Some.Contains("a national register number"));
            Assert.That(empty.FieldErrors("themes"), Is.Not.Empty);
            Assert.That(empty.FieldErrors("summary"), Is.Not.Empty);
            Assert.That(empty.FieldErrors("quotes[0]"), Is.Not.Empty);
            Assert.That(method.Detail(), Does.Contain("method"));
            Assert.That(unknown.Detail(), Does.Contain("Consultation"));
            Assert.That(unchanged.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("summary").GetString()), Has.None.Contains("jan@example.org"));
            Assert.That(corrected.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Should_let_only_coordinators_and_field_workers_of_the_network_correct_or_remove()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var analyst = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Analyst);
        using var admin = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Admin);
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        using var theirs = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);
        var kiel = await coordinator.NeighbourhoodIdAsync("Kiel");
        var created = await coordinator.PostAsJsonAsync($"/api/v1/neighbourhoods/{kiel}/consultations", Consultation());
        var path = $"/api/v1/consultations/{(await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()}";
        var etag = created.Headers.ETag!.Tag;

        Assert.Multiple(async () =>
        {
            foreach (var client in new[] { analyst, admin, partner })
            {
                await (await client.SendWithIfMatchAsync(HttpMethod.Put, path, etag, Consultation())).ShouldBeProblem(HttpStatusCode.Forbidden);
                await (await client.SendWithIfMatchAsync(HttpMethod.Delete, path, etag)).ShouldBeProblem(HttpStatusCode.Forbidden);
            }

            await (await theirs.SendWithIfMatchAsync(HttpMethod.Put, path, etag, Consultation())).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await theirs.SendWithIfMatchAsync(HttpMethod.Delete, path, etag)).ShouldBeProblem(HttpStatusCode.NotFound);
            Assert.That((await coordinator.SendWithIfMatchAsync(HttpMethod.Delete, path, etag)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        });
    }

    [Test]
    public async Task Should_get_one_buurtbevraging_with_its_etag_for_the_roles_of_the_list_and_nobody_else()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var fieldWorker = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        using var analyst = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Analyst);
        using var admin = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Admin);
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        using var theirs = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);
        var kiel = await coordinator.NeighbourhoodIdAsync("Kiel");
        var created = await coordinator.PostAsJsonAsync($"/api/v1/neighbourhoods/{kiel}/consultations", Consultation(method: "Survey"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var path = $"/api/v1/consultations/{id}";

        using var asCoordinator = await coordinator.GetAsync(path);
        using var asFieldWorker = await fieldWorker.GetAsync(path);
        using var asAnalyst = await analyst.GetAsync(path);
        var body = await asCoordinator.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Multiple(async () =>
        {
            Assert.That(asCoordinator.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(asCoordinator.Headers.ETag!.Tag, Is.EqualTo("\"1\""));
            Assert.That(body.GetProperty("id").GetGuid(), Is.EqualTo(id));
            Assert.That(body.GetProperty("method").GetString(), Is.EqualTo("Survey"));
            Assert.That(body.GetProperty("canChange").GetBoolean(), Is.True);
            Assert.That((await asFieldWorker.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("canChange").GetBoolean(), Is.False,
                "a field worker may not change a coordinator's buurtbevraging");
            Assert.That(asAnalyst.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await asAnalyst.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("canChange").GetBoolean(), Is.False);
            Assert.That((await (await theirs.GetAsync(path)).ShouldBeProblem(HttpStatusCode.NotFound)).Detail(), Does.Contain("Consultation"));
            await (await coordinator.GetAsync($"/api/v1/consultations/{Guid.CreateVersion7()}")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await admin.GetAsync(path)).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await partner.GetAsync(path)).ShouldBeProblem(HttpStatusCode.Forbidden);
        });
    }

    [Test]
    public async Task Should_let_a_field_worker_change_only_the_buurtbevragingen_they_recorded()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var fieldWorker = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var kiel = await coordinator.NeighbourhoodIdAsync("Kiel");
        var theirs = await coordinator.PostAsJsonAsync($"/api/v1/neighbourhoods/{kiel}/consultations", Consultation(summary: "Van de coördinator."));
        var own = await fieldWorker.PostAsJsonAsync($"/api/v1/neighbourhoods/{kiel}/consultations", Consultation(summary: "Van de veldwerker."));
        var theirsPath = $"/api/v1/consultations/{(await theirs.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()}";
        var ownBody = await own.Content.ReadFromJsonAsync<JsonElement>();
        var ownPath = $"/api/v1/consultations/{ownBody.GetProperty("id").GetGuid()}";

        var listed = (await fieldWorker.GetFromJsonAsync<JsonElement>($"/api/v1/neighbourhoods/{kiel}/consultations")).GetProperty("items").EnumerateArray()
            .Where(c => c.GetProperty("summary").GetString() is "Van de coördinator." or "Van de veldwerker.")
            .ToDictionary(c => c.GetProperty("summary").GetString()!, c => c.GetProperty("canChange").GetBoolean());
        var changeTheirs = await (await fieldWorker.SendWithIfMatchAsync(HttpMethod.Put, theirsPath, theirs.Headers.ETag!.Tag, Consultation(summary: "Overschreven.")))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        var deleteTheirs = await (await fieldWorker.SendWithIfMatchAsync(HttpMethod.Delete, theirsPath, theirs.Headers.ETag!.Tag))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        var stillTheirs = await coordinator.GetFromJsonAsync<JsonElement>(theirsPath);
        using var changeOwn = await fieldWorker.SendWithIfMatchAsync(HttpMethod.Put, ownPath, own.Headers.ETag!.Tag, Consultation(summary: "Bijgewerkt."));
        using var coordinatorChangesOwn = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, ownPath, changeOwn.Headers.ETag!.Tag, Consultation(summary: "Nagekeken."));
        using var deleteOwn = await fieldWorker.SendWithIfMatchAsync(HttpMethod.Delete, ownPath, coordinatorChangesOwn.Headers.ETag!.Tag);

        Assert.Multiple(() =>
        {
            Assert.That(ownBody.GetProperty("canChange").GetBoolean(), Is.True);
            Assert.That(listed["Van de veldwerker."], Is.True);
            Assert.That(listed["Van de coördinator."], Is.False);
            Assert.That(changeTheirs.Detail(), Does.Contain("only the buurtbevragingen they recorded"));
            Assert.That(deleteTheirs.Detail(), Does.Contain("only the buurtbevragingen they recorded"));
            Assert.That(stillTheirs.GetProperty("summary").GetString(), Is.EqualTo("Van de coördinator."));
            Assert.That(stillTheirs.GetProperty("version").GetInt32(), Is.EqualTo(1));
            Assert.That(changeOwn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(coordinatorChangesOwn.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a coordinator may change any");
            Assert.That(deleteOwn.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        });
    }

    /// <summary>How many buurtbevragingen raised each theme in the neighbourhood, as the signals section counts them.</summary>
    private static async Task<Dictionary<string, int>> ConsultedAsync(HttpClient client, Guid neighbourhood) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/neighbourhoods/{neighbourhood}/signals")).GetProperty("themes").EnumerateArray()
            .Where(t => t.GetProperty("fromConsultations").GetInt32() > 0)
            .ToDictionary(t => t.GetProperty("theme").GetString()!, t => t.GetProperty("fromConsultations").GetInt32());
}
