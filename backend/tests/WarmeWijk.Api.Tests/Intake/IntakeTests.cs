using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Intake;

public sealed class IntakeTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    [Test]
    public async Task Should_record_a_resident_and_a_help_request_and_put_it_in_the_field_workers_caseload()
    {
        using var fieldWorker = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var residentId = await fieldWorker.RegisterResidentAsync();

        var created = await fieldWorker.PostAsJsonAsync("/api/v1/help-requests", IntakeClient.HelpRequest(residentId));
        var request = await created.Content.ReadFromJsonAsync<JsonElement>();
        var caseload = await fieldWorker.GetFromJsonAsync<JsonElement>("/api/v1/me/caseload");

        Assert.Multiple(() =>
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(created.Headers.ETag, Is.Not.Null);
            Assert.That(request.GetProperty("status").GetString(), Is.EqualTo("New"));
            Assert.That(request.GetProperty("timeline")[0].GetProperty("to").GetString(), Is.EqualTo("New"));
            Assert.That(request.GetProperty("allowedTransitions").EnumerateArray().Select(t => t.GetString()), Is.EquivalentTo(new[] { "Triaged", "Cancelled" }));
            Assert.That(caseload.GetProperty("requests").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()), Does.Contain(request.GetProperty("id").GetGuid()));
        });
    }

    [Test]
    public async Task Should_store_the_phone_number_in_international_form_and_keep_consent_with_who_and_when()
    {
        using var fieldWorker = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var id = await fieldWorker.RegisterResidentAsync(IntakeClient.Resident(consents: [new { purpose = "Intake" }, new { purpose = "VolunteerMatching", note = "mondeling" }]));

        var resident = await fieldWorker.GetFromJsonAsync<JsonElement>($"/api/v1/residents/{id}");
        var consents = resident.GetProperty("consents").EnumerateArray().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(resident.GetProperty("phone").GetString(), Is.EqualTo("+32475123456"));
            Assert.That(consents.Select(c => c.GetProperty("purpose").GetString()), Is.EquivalentTo(new[] { "Intake", "VolunteerMatching" }));
            Assert.That(consents.All(c => c.GetProperty("recordedBy").GetGuid() != Guid.Empty), Is.True);
        });
    }

    [Test]
    public async Task Should_suggest_the_existing_resident_instead_of_a_duplicate()
    {
        using var fieldWorker = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var existing = await fieldWorker.RegisterResidentAsync(IntakeClient.Resident(lastName: "Vermeiren", phone: "03 216 00 11"));

        var matches = await fieldWorker.GetFromJsonAsync<JsonElement>($"/api/v1/residents/matches?lastName=VERMEIREN&phone={Uri.EscapeDataString("+32 3 216 00 11")}");
        var match = matches.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == existing);

        Assert.That(match.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()), Is.SupersetOf(new[] { "same last name", "same phone number" }));
    }

    [Test]
    public async Task Should_write_every_read_of_personal_data_to_the_audit_trail()
    {
        using var fieldWorker = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var id = await fieldWorker.RegisterResidentAsync();

        await fieldWorker.GetAsync($"/api/v1/residents/{id}");
        await fieldWorker.GetAsync($"/api/v1/residents/{id}");

        using var scope = Api.Services.CreateScope();
        var actions = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.IgnoreQueryFilters()
            .Where(a => a.EntityId == id).Select(a => a.Action.ToString()).ToListAsync();
        Assert.That(actions, Is.EquivalentTo(new[] { "Create", "Read", "Read" }));
    }

    [TestCase(Role.Analyst)]
    public async Task Should_keep_personal_data_away_from_analysts(Role role)
    {
        using var analyst = await Api.ClientForAsync(ApiFactory.NetworkA, role);

        await (await analyst.PostAsJsonAsync("/api/v1/residents", IntakeClient.Resident())).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await analyst.GetAsync("/api/v1/help-requests")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await analyst.GetAsync("/api/v1/residents/matches?lastName=Janssens")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Should_answer_404_for_another_networks_resident_and_request()
    {
        using var a = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var b = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);
        var residentId = await a.RegisterResidentAsync();
        var (requestId, etag) = await a.RecordIntakeAsync(residentId);

        await (await b.GetAsync($"/api/v1/residents/{residentId}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await b.GetAsync($"/api/v1/help-requests/{requestId}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await b.PostWithIfMatchAsync($"/api/v1/help-requests/{requestId}/transitions", etag, new { to = "Cancelled", reason = "probe" }))
            .ShouldBeProblem(HttpStatusCode.NotFound);
        var intakeForTheirResident = await b.PostAsJsonAsync("/api/v1/help-requests", IntakeClient.HelpRequest(residentId));
        Assert.That((await intakeForTheirResident.ShouldBeProblem(HttpStatusCode.BadRequest)).FieldErrors("residentId"), Is.Not.Empty);
        Assert.That((await b.GetFromJsonAsync<JsonElement>("/api/v1/residents/matches?lastName=Janssens")).GetProperty("items").GetArrayLength(), Is.Zero);
    }
}
