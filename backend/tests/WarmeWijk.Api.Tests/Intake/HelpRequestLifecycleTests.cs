using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Intake;

/// <summary>Triage, transitions, the waiting list and follow-ups through HTTP, with ETag / If-Match.</summary>
public sealed class HelpRequestLifecycleTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    [Test]
    public async Task Should_suggest_heavy_for_housing_and_record_the_coordinators_override_with_the_residents_choice()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var (id, etag) = await coordinator.RecordIntakeAsync(await coordinator.RegisterResidentAsync(), category: "housing");

        var suggestion = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/help-requests/{id}/triage-suggestion");
        var withoutReason = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{id}/triage", etag, new { decidedRoute = "Light", residentChoice = "PrefersVolunteer" });
        var triaged = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{id}/triage", etag,
            new { decidedRoute = "Light", overrideReason = "De buurman is loodgieter", residentChoice = "PrefersVolunteer" });
        var body = await triaged.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Multiple(async () =>
        {
            Assert.That(suggestion.GetProperty("route").GetString(), Is.EqualTo("Heavy"));
            Assert.That((await withoutReason.ShouldBeProblem(HttpStatusCode.Conflict)).Detail(), Does.Contain("differs"));
            Assert.That(triaged.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("Triaged"));
            Assert.That(body.GetProperty("sectorCode").GetString(), Is.EqualTo("11002F60-"));
            Assert.That(body.GetProperty("triage").GetProperty("suggestedRoute").GetString(), Is.EqualTo("Heavy"));
            Assert.That(body.GetProperty("triage").GetProperty("residentChoice").GetString(), Is.EqualTo("PrefersVolunteer"));
            Assert.That(triaged.Headers.ETag!.Tag, Is.Not.EqualTo(etag));
        });
    }

    [Test]
    public async Task Should_record_the_first_call_back_once_and_count_a_home_visit_as_contact_at_intake()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var otherNetwork = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);
        var residentId = await coordinator.RegisterResidentAsync();
        var (visitId, _) = await coordinator.RecordIntakeAsync(residentId);
        var voicemail = await coordinator.PostAsJsonAsync("/api/v1/help-requests", new
        {
            residentId, channel = "VoicemailCallBack", categoryCode = "shopping", description = "Bericht ingesproken", urgency = "Normal", recurrence = "OneOff", timeWindows = Array.Empty<object>(), needs = Array.Empty<string>(),
        });
        Assert.That(voicemail.StatusCode, Is.EqualTo(HttpStatusCode.Created), await voicemail.Content.ReadAsStringAsync());
        var voicemailId = (await voicemail.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var calledBackAt = DateTimeOffset.UtcNow;

        var beforeIntake = await coordinator.PostAsJsonAsync($"/api/v1/help-requests/{voicemailId}/first-contact", new { at = calledBackAt.AddHours(-1) });
        var future = await coordinator.PostAsJsonAsync($"/api/v1/help-requests/{voicemailId}/first-contact", new { at = DateTimeOffset.UtcNow.AddDays(1) });
        var crossed = await otherNetwork.PostAsJsonAsync($"/api/v1/help-requests/{voicemailId}/first-contact", new { });
        var first = await (await coordinator.PostAsJsonAsync($"/api/v1/help-requests/{voicemailId}/first-contact", new { at = calledBackAt }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await coordinator.PostAsJsonAsync($"/api/v1/help-requests/{voicemailId}/first-contact", new { }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var visit = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/help-requests/{visitId}");

        Assert.Multiple(async () =>
        {
            Assert.That((await future.ShouldBeProblem(HttpStatusCode.BadRequest)).FieldErrors("at"), Has.Some.Contains("future"));
            await crossed.ShouldBeProblem(HttpStatusCode.NotFound);
            Assert.That((await beforeIntake.ShouldBeProblem(HttpStatusCode.Conflict)).Detail(), Does.Contain("precede the intake"));
            Assert.That(first.GetProperty("firstContactAt").GetDateTimeOffset(), Is.EqualTo(calledBackAt).Within(TimeSpan.FromMilliseconds(1)));
            Assert.That(again.GetProperty("firstContactAt").GetDateTimeOffset(), Is.EqualTo(calledBackAt).Within(TimeSpan.FromMilliseconds(1)));
            Assert.That(visit.GetProperty("firstContactAt").GetDateTimeOffset(), Is.EqualTo(visit.GetProperty("createdAt").GetDateTimeOffset()));
        });
    }

    [Test]
    public async Task Should_refuse_a_change_without_If_Match_and_one_with_a_stale_ETag()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var (id, etag) = await coordinator.RecordIntakeAsync(await coordinator.RegisterResidentAsync());
        var first = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{id}/transitions", etag, new { to = "Cancelled", reason = "Bewoner verhuisd" });

        await (await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{id}/transitions", null, new { to = "Cancelled", reason = "x" }))
            .ShouldBeProblem(HttpStatusCode.PreconditionRequired);
        var stale = await (await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{id}/transitions", etag, new { to = "Triaged", reason = "x" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var staleCancel = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{id}/transitions", etag, new { to = "Cancelled", reason = "again" });

        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(stale.FieldErrors("to"), Has.Some.Contains("triage"));
            Assert.That((await staleCancel.ShouldBeProblem(HttpStatusCode.PreconditionFailed)).Detail(), Does.Contain("changed by someone else"));
        });
    }

    [Test]
    public async Task Should_answer_409_with_the_allowed_steps_for_a_transition_the_state_machine_forbids()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var (id, etag) = await coordinator.RecordIntakeAsync(await coordinator.RegisterResidentAsync());

        var problem = await (await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{id}/transitions", etag, new { to = "Completed", reason = "x" }))
            .ShouldBeProblem(HttpStatusCode.Conflict);

        Assert.That(problem.Detail(), Does.Contain("cannot go from New to Completed").And.Contain("Triaged, Cancelled"));
    }

    [Test]
    public async Task Should_raise_a_signal_without_personal_data_when_closed_without_an_offer()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var (id, etag) = await coordinator.RecordIntakeAsync(await coordinator.RegisterResidentAsync(), category: "garden");
        var triaged = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{id}/triage", etag, new { decidedRoute = "Light", residentChoice = "AgreesWithAdvice" });

        var closed = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{id}/transitions", triaged.Headers.ETag!.Tag,
            new { to = "ClosedNoOffer", reason = "Geen vrijwilliger met tuingereedschap in de buurt" });

        using var scope = Api.Services.CreateScope();
        var signal = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Signals.IgnoreQueryFilters().SingleAsync(s => s.HelpRequestId == id);
        Assert.Multiple(() =>
        {
            Assert.That(closed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(signal.Theme, Is.EqualTo("garden"));
            Assert.That(signal.SectorCode, Is.EqualTo("11002F60-"));
            Assert.That(signal.Description, Does.Not.Contain("Janssens").And.Not.Contain("Maria"));
        });
    }

    [Test]
    public async Task Should_order_the_waiting_list_by_priority_then_by_waiting_time()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);
        var residentId = await coordinator.RegisterResidentAsync(IntakeClient.Resident(sectorCode: "11002T22-"));
        var waited = new List<Guid>();
        foreach (var priority in new[] { 3, 1, 3 })
        {
            var (id, etag) = await coordinator.RecordIntakeAsync(residentId);
            var triaged = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{id}/triage", etag, new { decidedRoute = "Light", residentChoice = "AgreesWithAdvice" });
            (await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{id}/waitlist", triaged.Headers.ETag!.Tag, new { priority, reason = "Geen vrijwilliger vrij" }))
                .EnsureSuccessStatusCode();
            waited.Add(id);
        }

        var list = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/waitlist");

        Assert.That(list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()), Is.EqualTo(new[] { waited[1], waited[0], waited[2] }));
    }

    [Test]
    public async Task Should_bring_back_a_weekly_follow_up_a_week_later_when_done()
    {
        using var fieldWorker = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var (id, _) = await fieldWorker.RecordIntakeAsync(await fieldWorker.RegisterResidentAsync());
        var due = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2));
        var added = await (await fieldWorker.PostAsJsonAsync($"/api/v1/help-requests/{id}/follow-ups", new { description = "Wekelijks telefonisch contact", dueOn = due, recurrence = "Weekly" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var taskId = added.GetProperty("followUps")[0].GetProperty("id").GetGuid();

        var done = await (await fieldWorker.PostAsync($"/api/v1/help-requests/{id}/follow-ups/{taskId}/complete", null)).Content.ReadFromJsonAsync<JsonElement>();
        var caseload = await fieldWorker.GetFromJsonAsync<JsonElement>("/api/v1/me/caseload");

        var open = done.GetProperty("followUps").EnumerateArray().Where(f => f.GetProperty("doneAt").ValueKind == JsonValueKind.Null).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(open, Has.Count.EqualTo(1));
            Assert.That(open[0].GetProperty("dueOn").GetString(), Is.EqualTo(due.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(caseload.GetProperty("followUps").EnumerateArray().Select(f => f.GetProperty("taskId").GetGuid()), Does.Contain(open[0].GetProperty("id").GetGuid()));
        });
    }

    [Test]
    public async Task Should_assign_a_request_to_a_field_worker_of_the_network_only()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var fieldWorker = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        using var otherFieldWorker = await Api.ClientForAsync(ApiFactory.NetworkB, Role.FieldWorker);
        var (id, etag) = await coordinator.RecordIntakeAsync(await coordinator.RegisterResidentAsync());
        var fieldWorkerId = (await fieldWorker.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("id").GetGuid();
        var otherId = (await otherFieldWorker.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("id").GetGuid();

        var foreign = await (await Put(coordinator, $"/api/v1/help-requests/{id}/assignee", etag, new { assigneeId = otherId })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var assigned = await Put(coordinator, $"/api/v1/help-requests/{id}/assignee", etag, new { assigneeId = fieldWorkerId });
        var caseload = await fieldWorker.GetFromJsonAsync<JsonElement>("/api/v1/me/caseload");

        Assert.Multiple(() =>
        {
            Assert.That(foreign.FieldErrors("assigneeId"), Is.Not.Empty);
            Assert.That(assigned.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(caseload.GetProperty("requests").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()), Does.Contain(id));
        });
    }

    [Test]
    public async Task Should_let_only_coordinators_and_admins_triage()
    {
        using var fieldWorker = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var (id, etag) = await fieldWorker.RecordIntakeAsync(await fieldWorker.RegisterResidentAsync());

        await (await fieldWorker.PostWithIfMatchAsync($"/api/v1/help-requests/{id}/triage", etag, new { decidedRoute = "Light", residentChoice = "AgreesWithAdvice" }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    private static Task<HttpResponseMessage> Put(HttpClient client, string path, string etag, object body)
    {
        var message = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        message.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(message);
    }
}
