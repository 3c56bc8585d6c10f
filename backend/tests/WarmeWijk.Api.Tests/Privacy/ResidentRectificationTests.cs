using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WarmeWijk.Api.Tests.Intake;
using WarmeWijk.Api.Tests.Reporting;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Privacy;

/// <summary>
/// Rectification (GDPR art. 16): a resident's details corrected with If-Match, seen everywhere they are read, audited with
/// the changed fields and the reason but never the values; with bad input, roles, tenancy and an erased resident.
/// </summary>
public sealed class ResidentRectificationTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    private const string Reason = "Tikfout bij de intake, gemeld door de bewoner op 20 november";

    [Test]
    public async Task Should_correct_every_field_show_it_everywhere_and_audit_only_which_fields_changed()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var residentId = await coordinator.RegisterResidentAsync(IntakeClient.Resident(lastName: $"Janssens{Tag()}"));
        var (requestId, _) = await coordinator.RecordIntakeAsync(residentId);
        var before = await coordinator.GetAsync($"/api/v1/residents/{residentId}");
        var old = await before.Content.ReadFromJsonAsync<JsonElement>();
        var correction = Correction(Tag());

        var response = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/residents/{residentId}/details", before.Headers.ETag!.Tag, correction);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var corrected = await response.Content.ReadFromJsonAsync<JsonElement>();
        var read = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/residents/{residentId}");
        var request = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/help-requests/{requestId}");
        var export = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/residents/{residentId}/data-export");
        var byNewName = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/residents/matches?lastName={correction["lastName"]}");
        var byOldName = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/residents/matches?lastName={old.GetProperty("lastName").GetString()}");
        var audit = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityId={residentId}&limit=100");
        var entry = audit.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("purpose").GetString()!.Contains("corrected", StringComparison.Ordinal));
        var purpose = entry.GetProperty("purpose").GetString()!;
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.ETag!.Tag, Is.EqualTo("\"2\""));
            Assert.That(before.Headers.ETag!.Tag, Is.EqualTo("\"1\""));
            foreach (var view in new[] { corrected, read, request.GetProperty("resident"), export.GetProperty("resident").GetProperty("person") })
            {
                Assert.That(view.GetProperty("lastName").GetString(), Is.EqualTo((string)correction["lastName"]!), view.ToString());
            }

            Assert.That(read.GetProperty("firstName").GetString(), Is.EqualTo("Marie-Louise"));
            Assert.That(read.GetProperty("birthYear").GetInt32(), Is.EqualTo(1950));
            Assert.That(read.GetProperty("phone").GetString(), Is.EqualTo("+3231234567"));
            Assert.That(read.GetProperty("email").GetString(), Is.EqualTo((string)correction["email"]!));
            Assert.That(read.GetProperty("address").GetProperty("street").GetString(), Is.EqualTo("Kioskplaats"));
            Assert.That(read.GetProperty("address").GetProperty("box").GetString(), Is.EqualTo("B"));
            Assert.That(read.GetProperty("address").GetProperty("sectorCode").GetString(), Is.EqualTo("11002F61-"));
            Assert.That(read.GetProperty("languages").EnumerateArray().Select(l => l.GetString()), Is.EqualTo(new[] { "fr", "nl" }));
            Assert.That(read.GetProperty("contactPreference").GetString(), Is.EqualTo("Email"));
            Assert.That(read.GetProperty("consents").GetArrayLength(), Is.EqualTo(1), "consents are not part of a correction");
            Assert.That(read.GetProperty("version").GetInt32(), Is.EqualTo(2));
            Assert.That(byNewName.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()), Does.Contain(residentId));
            Assert.That(byOldName.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()), Does.Not.Contain(residentId));

            Assert.That(entry.GetProperty("action").GetString(), Is.EqualTo("Update"));
            Assert.That(entry.GetProperty("actorRole").GetString(), Is.EqualTo("Coordinator"));
            Assert.That(purpose, Does.Contain("firstName, lastName, birthYear, phone, email, address, languages, contactPreference").And.Contain(Reason));
            string[] values =
            [
                "Maria", old.GetProperty("lastName").GetString()!, "1941", "475", "Sint-Bernardsesteenweg",
                "Marie-Louise", (string)correction["lastName"]!, "1950", "123", (string)correction["email"]!, "Kioskplaats", "Hoboken",
            ];
            Assert.That(values.Where(v => purpose.Contains(v, StringComparison.OrdinalIgnoreCase)), Is.Empty, purpose);
        });
    }

    [Test]
    public async Task Should_change_nothing_and_audit_nothing_when_nothing_differs()
    {
        using var fieldWorker = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var tag = Tag();
        var residentId = await fieldWorker.RegisterResidentAsync(RegisteredAs(Correction(tag)));

        var response = await fieldWorker.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/residents/{residentId}/details", "\"1\"", Correction(tag));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Headers.ETag!.Tag, Is.EqualTo("\"1\""));
    }

    [TestCase("phone", "\"12\"", "phone")]
    [TestCase("email", "\"geen-adres\"", "email")]
    [TestCase("languages", "[\"xx\"]", "languages[0]")]
    [TestCase("languages", "[]", "languages")]
    [TestCase("contactPreference", "\"Postduif\"", "contactPreference")]
    [TestCase("firstName", "\"\"", "firstName")]
    [TestCase("firstName", "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"", "firstName")]
    [TestCase("lastName", "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"", "lastName")]
    [TestCase("birthYear", "2999", "birthYear")]
    [TestCase("address", "{\"street\":\"Kioskplaats\",\"houseNumber\":\"3\",\"postalCode\":\"99\",\"municipality\":\"Hoboken\",\"sectorCode\":\"11002F61-\"}", "address.postalCode")]
    [TestCase("reason", "null", "reason")]
    [TestCase("reason", "\"Gebeld op 0475 12 34 56\"", "reason")]
    [TestCase("reason", "\"Heet eigenlijk Marie-Louise\"", "reason")]
    public async Task Should_name_the_field_of_bad_input_and_change_nothing(string field, string json, string errorField)
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var residentId = await coordinator.RegisterResidentAsync();
        var body = Correction(Tag());
        body[field] = JsonNode.Parse(json);
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var message = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/residents/{residentId}/details") { Content = content };
        message.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        var problem = await (await coordinator.SendAsync(message)).ShouldBeProblem(HttpStatusCode.BadRequest);
        var unchanged = await coordinator.GetAsync($"/api/v1/residents/{residentId}");

        Assert.Multiple(() =>
        {
            Assert.That(problem.FieldErrors(errorField), Is.Not.Empty, problem.ToString());
            Assert.That(unchanged.Headers.ETag!.Tag, Is.EqualTo("\"1\""));
        });
    }

    [Test]
    public async Task Should_refuse_a_reason_that_repeats_the_name_being_corrected()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var residentId = await coordinator.RegisterResidentAsync(IntakeClient.Resident(lastName: "Vermeulen"));
        var body = Correction(Tag(), reason: "Stond als Vermeulen genoteerd");

        var problem = await (await coordinator.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/residents/{residentId}/details", "\"1\"", body))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.FieldErrors("reason"), Has.Some.Contains("audit trail"));
    }

    [Test]
    public async Task Should_refuse_a_stale_or_missing_version()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var residentId = await coordinator.RegisterResidentAsync();
        var path = $"/api/v1/residents/{residentId}/details";
        (await coordinator.SendWithIfMatchAsync(HttpMethod.Put, path, "\"1\"", Correction(Tag()))).EnsureSuccessStatusCode();

        var stale = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, path, "\"1\"", Correction(Tag()));
        var missing = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, path, null, Correction(Tag()));

        Assert.Multiple(async () =>
        {
            Assert.That((await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed)).Detail(), Does.Contain("version 2"));
            await missing.ShouldBeProblem(HttpStatusCode.PreconditionRequired);
        });
    }

    [Test]
    public async Task Should_refuse_other_roles_and_hide_another_networks_resident()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var analyst = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Analyst);
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        using var otherNetwork = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);
        var residentId = await coordinator.RegisterResidentAsync();
        var path = $"/api/v1/residents/{residentId}/details";

        await (await analyst.SendWithIfMatchAsync(HttpMethod.Put, path, "\"1\"", Correction(Tag()))).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await partner.SendWithIfMatchAsync(HttpMethod.Put, path, "\"1\"", Correction(Tag()))).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await otherNetwork.SendWithIfMatchAsync(HttpMethod.Put, path, "\"1\"", Correction(Tag()))).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await coordinator.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/residents/{Guid.NewGuid()}/details", "\"1\"", Correction(Tag())))
            .ShouldBeProblem(HttpStatusCode.NotFound);
        var untouched = await coordinator.GetAsync($"/api/v1/residents/{residentId}");

        Assert.Multiple(async () =>
        {
            Assert.That(untouched.Headers.ETag!.Tag, Is.EqualTo("\"1\""));
            Assert.That((await untouched.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lastName").GetString(), Is.EqualTo("Janssens"));
        });
    }

    [Test]
    public async Task Should_move_open_requests_to_the_corrected_sector_and_leave_closed_ones_where_they_were_reported()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var residentId = await coordinator.RegisterResidentAsync();
        var (openId, openETag) = await coordinator.RecordIntakeAsync(residentId);
        var (cancelledId, cancelledETag) = await coordinator.RecordIntakeAsync(residentId);
        (await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{cancelledId}/transitions", cancelledETag, new { to = "Cancelled", reason = "Dubbel" }))
            .EnsureSuccessStatusCode();

        (await coordinator.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/residents/{residentId}/details", "\"1\"", Correction(Tag()))).EnsureSuccessStatusCode();
        var open = await coordinator.GetAsync($"/api/v1/help-requests/{openId}");
        var cancelled = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/help-requests/{cancelledId}");
        var audit = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityId={openId}&limit=100");
        var stale = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{openId}/transitions", openETag, new { to = "Cancelled", reason = "Verhuisd" });

        Assert.Multiple(async () =>
        {
            Assert.That((await open.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sectorCode").GetString(), Is.EqualTo("11002F61-"));
            Assert.That(open.Headers.ETag!.Tag, Is.Not.EqualTo(openETag), "a moved request is a changed request");
            Assert.That(cancelled.GetProperty("sectorCode").GetString(), Is.EqualTo("11002F60-"));
            Assert.That(audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("purpose").GetString()),
                Does.Contain("Moved to the sector of the resident's corrected address."));
            await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        });
    }

    [Test]
    public async Task Should_refuse_to_correct_an_erased_resident()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var residentId = await coordinator.RegisterResidentAsync();
        (await coordinator.PostAsJsonAsync($"/api/v1/residents/{residentId}/erasure", new { reason = "Verzoek van de bewoner" })).EnsureSuccessStatusCode();
        var etag = (await coordinator.GetAsync($"/api/v1/residents/{residentId}")).Headers.ETag!.Tag;

        var response = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/residents/{residentId}/details", etag, Correction(Tag()));

        Assert.That((await response.ShouldBeProblem(HttpStatusCode.Conflict)).Detail(), Does.Contain("erased"));
    }

    /// <summary>Every field different from <see cref="IntakeClient.Resident"/>, with a last name and e-mail unique to the test.</summary>
    private static JsonObject Correction(string tag, string reason = Reason) => JsonSerializer.SerializeToNode(new
    {
        firstName = "Marie-Louise",
        lastName = $"Peeters{tag}",
        birthYear = 1950,
        phone = "+32 3 123 45 67",
        email = $"ml.{tag}@voorbeeld.be",
        address = new { street = "Kioskplaats", houseNumber = "3", box = "B", postalCode = "2660", municipality = "Hoboken", sectorCode = "11002F61-" },
        languages = new[] { "fr", "nl" },
        contactPreference = "Email",
        reason,
    })!.AsObject();

    /// <summary>The correction as an intake would have registered it.</summary>
    private static JsonObject RegisteredAs(JsonObject correction)
    {
        var body = (JsonObject)correction.DeepClone();
        body.Remove("reason");
        body["consents"] = new JsonArray(new JsonObject { ["purpose"] = "Intake" });
        return body;
    }

    private static string Tag() => string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + (c % 16))));
}
