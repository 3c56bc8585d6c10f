using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using WarmeWijk.Api.Tests.Buurtanalyse;
using WarmeWijk.Api.Tests.Intake;
using WarmeWijk.Api.Tests.Reporting;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.SocialMap;

public sealed class SocialMapTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    private static object Actor(
        string name, string kind = "Formal", string[]? categories = null, Guid[]? neighbourhoods = null, bool acceptsReferrals = true, bool isActive = true,
        string? phone = "03 123 45 67", string? email = "onthaal@example.org", string? website = "https://example.org") => new
    {
        name,
        kind,
        description = "Een organisatie uit de buurt.",
        categories = categories ?? ["debt"],
        services = "Budgetbegeleiding",
        phone,
        email,
        website,
        address = "Kerkstraat 1, 2020 Antwerpen",
        neighbourhoodIds = neighbourhoods ?? [],
        acceptsReferrals,
        isActive,
    };

    [Test]
    public async Task Should_add_change_and_list_actors_with_filters()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var kiel = await coordinator.NeighbourhoodIdAsync("Kiel");
        var created = await coordinator.PostAsJsonAsync("/api/v1/partners", Actor("Schuldhulp Test", categories: ["debt", "housing"], neighbourhoods: [kiel]));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var actor = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = actor.GetProperty("id").GetGuid();

        var stale = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/partners/{id}", "\"7\"", Actor("Schuldhulp Test", kind: "Policy"));
        var missing = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/partners/{id}", null, Actor("Schuldhulp Test", kind: "Policy"));
        var updated = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/partners/{id}", created.Headers.ETag!.Tag, Actor("Schuldhulp Test", kind: "Policy", neighbourhoods: [kiel]));
        using var fieldWorker = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var policy = await fieldWorker.GetFromJsonAsync<JsonElement>($"/api/v1/partners?kind=Policy&category=debt&neighbourhoodId={kiel}");
        var targets = await fieldWorker.GetFromJsonAsync<JsonElement>("/api/v1/partners?referralTargets=true");
        var suggested = await fieldWorker.GetFromJsonAsync<JsonElement>("/api/v1/partners?referralTargets=true&suggestCategory=debt&suggestSectorCode=11002F60-");

        Assert.Multiple(() =>
        {
            Assert.That(actor.GetProperty("phone").GetString(), Is.EqualTo("+3231234567"));
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
            Assert.That(missing.StatusCode, Is.EqualTo((HttpStatusCode)428));
            Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(updated.Headers.ETag!.Tag, Is.EqualTo("\"2\""));
            Assert.That(Names(policy), Does.Contain("Schuldhulp Test"));
            Assert.That(Names(policy).All(n => n != "Buurtcomité Kiel"));
            Assert.That(Kinds(targets), Does.Not.Contain("Informal"));
            Assert.That(Names(targets), Does.Not.Contain("Repair café (gestopt)"));
            Assert.That(suggested.GetProperty("items")[0].GetProperty("suggested").GetBoolean(), Is.True);
            Assert.That(suggested.GetProperty("items").EnumerateArray().Last().GetProperty("suggested").GetBoolean(), Is.False);
            Assert.That(Item(suggested, "Schuldhulp Test").GetProperty("activeInNeighbourhood").GetBoolean(), Is.True);
            Assert.That(Item(targets, "Schuldhulp Test").GetProperty("activeInNeighbourhood").GetBoolean(), Is.False);
            Assert.That(
                suggested.GetProperty("items").EnumerateArray().Where(p => p.GetProperty("suggested").GetBoolean())
                    .Select(p => p.GetProperty("activeInNeighbourhood").GetBoolean()),
                Is.Ordered.Descending,
                "Among the suggested actors, those that serve the request's neighbourhood come first.");
        });
    }

    [Test]
    public async Task Should_refuse_invalid_actors_field_by_field()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var other = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);
        var theirs = await other.NeighbourhoodIdAsync("Groenenhoek (Binnenplein)");

        var problem = await (await coordinator.PostAsJsonAsync("/api/v1/partners", Actor(
                "", kind: "Informal", categories: ["no-such-category"], neighbourhoods: [theirs], acceptsReferrals: true, phone: "12", email: "geen-mail", website: "ftp://x")))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var duplicate = await (await coordinator.PostAsJsonAsync("/api/v1/partners", Actor("Buurtcomité Kiel", kind: "Informal", acceptsReferrals: false)))
            .ShouldBeProblem(HttpStatusCode.Conflict);
        var badKind = await (await coordinator.PostAsJsonAsync("/api/v1/partners", new { name = "x", kind = "Church", acceptsReferrals = false, isActive = true }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Multiple(() =>
        {
            Assert.That(problem.FieldErrors("name"), Is.Not.Empty);
            Assert.That(problem.FieldErrors("categories[0]"), Has.Some.Contains("not a help category"));
            Assert.That(problem.FieldErrors("neighbourhoodIds[0]"), Has.Some.Contains("no neighbourhood"));
            Assert.That(problem.FieldErrors("acceptsReferrals"), Has.Some.Contains("informal"));
            Assert.That(problem.FieldErrors("phone"), Is.Not.Empty);
            Assert.That(problem.FieldErrors("email"), Is.Not.Empty);
            Assert.That(problem.FieldErrors("website"), Is.Not.Empty);
            Assert.That(duplicate.Detail(), Does.Contain("Buurtcomité Kiel"));
            Assert.That(badKind.Detail(), Does.Contain("kind"));
        });
    }

    [Test]
    public async Task Should_keep_networks_and_roles_apart()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var other = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);
        using var analyst = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Analyst);
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        var ours = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/partners")).GetProperty("items")[0];
        var id = ours.GetProperty("id").GetGuid();

        Assert.Multiple(async () =>
        {
            await (await other.GetAsync($"/api/v1/partners/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await other.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/partners/{id}", "\"1\"", Actor("Overgenomen"))).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await analyst.PostAsJsonAsync("/api/v1/partners", Actor("Analist"))).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await analyst.PostAsync("/api/v1/partners/import", Form("name,kind\nx,formal\n"))).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await partner.GetAsync("/api/v1/partners")).ShouldBeProblem(HttpStatusCode.Forbidden);
            Assert.That((await analyst.GetAsync($"/api/v1/partners/{id}")).Headers.ETag, Is.Not.Null);
            Assert.That((await other.GetFromJsonAsync<JsonElement>("/api/v1/partners")).GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()), Does.Not.Contain(id));
        });
    }

    [Test]
    public async Task Should_round_trip_the_export_through_the_import_without_changes()
    {
        using var coordinator = await Api.ClientForAsync("zwijndrecht", Role.Coordinator);
        var export = await coordinator.GetAsync("/api/v1/partners/export");
        var bytes = await export.Content.ReadAsByteArrayAsync();

        var imported = await coordinator.PostAsync("/api/v1/partners/import", Form(bytes));
        var report = await imported.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Multiple(() =>
        {
            Assert.That(export.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
            Assert.That(bytes[..3], Is.EqualTo(Encoding.UTF8.Preamble.ToArray()));
            Assert.That(imported.StatusCode, Is.EqualTo(HttpStatusCode.OK), report.ToString());
            Assert.That(report.GetProperty("created").GetInt32(), Is.Zero);
            Assert.That(report.GetProperty("updated").GetInt32(), Is.Zero);
            Assert.That(report.GetProperty("unchanged").GetInt32(), Is.EqualTo(9));
        });
    }

    [Test]
    public async Task Should_import_new_actors_once_with_or_without_a_byte_order_mark()
    {
        using var coordinator = await Api.ClientForAsync("kapellen", Role.Coordinator);
        const string File = "name,kind,categories,service_areas,phone,accepts_referrals,status\n"
            + "Wijkgezondheidscentrum Noord,formal,therapeutic;psychosocial,Kapellen-Centrum,+32 3 999 11 22,yes,active\n"
            + "\"Buren helpen buren, vzw\",informeel,Sociaal contact / luisterend oor,,,nee,\n";

        var first = await coordinator.PostAsync("/api/v1/partners/import", Form(File, byteOrderMark: true));
        var second = await coordinator.PostAsync("/api/v1/partners/import", Form(File));
        var firstReport = await first.Content.ReadFromJsonAsync<JsonElement>();
        var secondReport = await second.Content.ReadFromJsonAsync<JsonElement>();
        var informal = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/partners?kind=Informal");

        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), firstReport.ToString());
            Assert.That(firstReport.GetProperty("created").GetInt32(), Is.EqualTo(2));
            Assert.That(secondReport.GetProperty("created").GetInt32(), Is.Zero);
            Assert.That(secondReport.GetProperty("unchanged").GetInt32(), Is.EqualTo(2));
            Assert.That(Names(informal), Does.Contain("Buren helpen buren, vzw"));
        });
    }

    [Test]
    public async Task Should_reject_a_file_with_bad_lines_and_store_nothing()
    {
        using var coordinator = await Api.ClientForAsync("lier", Role.Coordinator);
        var before = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/partners")).GetProperty("total").GetInt32();
        const string File = "id,name,kind,categories,service_areas,email,accepts_referrals\n"
            + ",Goede lijn,formal,debt,,ok@example.org,yes\n"
            + ",Onbekende buurt,formal,debt,Atlantis,,yes\n"
            + ",Goede lijn,formal,debt,,,yes\n"
            + ",Kerkgroep,informal,,,,yes\n"
            + ",Vreemd,church,debt,,,\n"
            + ",Te weinig velden\n";

        var problem = await (await coordinator.PostAsync("/api/v1/partners/import", Form(File))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var rejections = problem.GetProperty("import").GetProperty("rejections").EnumerateArray()
            .Select(r => (Line: r.GetProperty("line").GetInt64(), Column: r.GetProperty("column").GetString(), Reason: r.GetProperty("reason").GetString()!))
            .ToList();
        var after = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/partners")).GetProperty("total").GetInt32();

        Assert.Multiple(() =>
        {
            Assert.That(rejections, Has.Some.Matches<(long Line, string? Column, string Reason)>(r => r.Line == 3 && r.Column == "service_areas" && r.Reason.Contains("Atlantis")));
            Assert.That(rejections, Has.Some.Matches<(long Line, string? Column, string Reason)>(r => r.Line == 4 && r.Column == "name" && r.Reason.Contains("line 2")));
            Assert.That(rejections, Has.Some.Matches<(long Line, string? Column, string Reason)>(r => r.Line == 5 && r.Column == "accepts_referrals"));
            Assert.That(rejections, Has.Some.Matches<(long Line, string? Column, string Reason)>(r => r.Line == 6 && r.Column == "kind"));
            Assert.That(rejections, Has.Some.Matches<(long Line, string? Column, string Reason)>(r => r.Line == 7 && r.Column == null));
            Assert.That(rejections.Select(r => r.Line), Does.Not.Contain(2L));
            Assert.That(after, Is.EqualTo(before));
        });
    }

    [Test]
    public async Task Should_explain_a_wrong_separator_and_a_missing_column()
    {
        using var coordinator = await Api.ClientForAsync("lier", Role.Coordinator);

        var semicolons = await (await coordinator.PostAsync("/api/v1/partners/import", Form("name;kind\nA;formal\n"))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var noKind = await (await coordinator.PostAsync("/api/v1/partners/import", Form("name,email\nA,a@example.org\n"))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var empty = await (await coordinator.PostAsync("/api/v1/partners/import", Form(""))).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Multiple(() =>
        {
            Assert.That(semicolons.Detail(), Does.Contain("';'"));
            Assert.That(noKind.Detail(), Does.Contain("'kind'"));
            Assert.That(noKind.GetProperty("import").GetProperty("rejections")[0].GetProperty("column").GetString(), Is.EqualTo("kind"));
            Assert.That(empty.FieldErrors("content"), Is.Not.Empty);
        });
    }

    [Test]
    public async Task Should_refer_only_to_actors_that_take_referrals()
    {
        using var coordinator = await Api.ClientForAsync("herentals", Role.Coordinator);
        var informal = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/partners?kind=Informal")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var residentId = await coordinator.RegisterResidentAsync(IntakeClient.Resident(lastName: "Informeel", sectorCode: "13011A212", consents: [new { purpose = "Intake" }, new { purpose = "PartnerReferral" }]));
        var (requestId, etag) = await coordinator.RecordIntakeAsync(residentId, category: "housing");
        var triaged = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{requestId}/triage", etag, new { decidedRoute = "Heavy", residentChoice = "AgreesWithAdvice" });

        var refused = await (await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{requestId}/referrals", triaged.Headers.ETag!.Tag, new { partnerOrganisationId = informal }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(refused.FieldErrors("partnerOrganisationId"), Has.Some.Contains("does not take referrals"));
    }

    private static JsonElement Item(JsonElement list, string name) =>
        list.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);

    private static IEnumerable<string?> Names(JsonElement list) => list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString());

    private static IEnumerable<string?> Kinds(JsonElement list) => list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("kind").GetString());

    private static MultipartFormDataContent Form(string content, bool byteOrderMark = false)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        return Form(byteOrderMark ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes);
    }

    private static MultipartFormDataContent Form(byte[] content) => new() { { new ByteArrayContent(content), "file", "sociale-kaart.csv" } };
}
