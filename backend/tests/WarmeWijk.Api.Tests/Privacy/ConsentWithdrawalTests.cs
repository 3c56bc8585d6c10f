using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WarmeWijk.Api.Tests.Intake;
using WarmeWijk.Api.Tests.Matching;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Privacy;

/// <summary>What withdrawing each consent does at once (docs/privacy.md), and that giving it again lifts it.</summary>
public sealed class ConsentWithdrawalTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    [Test]
    public async Task Should_stop_follow_up_tasks_and_refuse_new_ones_without_consent_for_follow_up_contact()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var resident = await coordinator.RegisterResidentAsync(IntakeClient.Resident(consents: [new { purpose = "Intake" }, new { purpose = "FollowUpContact" }]));
        var (request, _) = await coordinator.RecordIntakeAsync(resident);
        (await AddFollowUpAsync(coordinator, request)).EnsureSuccessStatusCode();

        (await coordinator.DeleteAsync($"/api/v1/residents/{resident}/consents/FollowUpContact")).EnsureSuccessStatusCode();
        var stopped = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/help-requests/{request}");
        var caseload = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/me/caseload");
        var refused = await AddFollowUpAsync(coordinator, request);
        (await coordinator.PostAsJsonAsync($"/api/v1/residents/{resident}/consents", new { purpose = "FollowUpContact" })).EnsureSuccessStatusCode();
        var allowedAgain = await AddFollowUpAsync(coordinator, request);

        Assert.Multiple(async () =>
        {
            Assert.That(stopped.GetProperty("followUps")[0].GetProperty("cancelledAt").ValueKind, Is.EqualTo(JsonValueKind.String));
            Assert.That(caseload.ToString(), Does.Not.Contain(request.ToString()), "a stopped task is not on anyone's caseload");
            Assert.That((await refused.ShouldBeProblem(HttpStatusCode.Conflict)).Detail(), Does.Contain("follow-up contact"));
            Assert.That(allowedAgain.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Should_plan_follow_ups_for_a_resident_who_was_never_asked()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var (request, _) = await coordinator.RecordIntakeAsync(await coordinator.RegisterResidentAsync());

        Assert.That((await AddFollowUpAsync(coordinator, request)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Should_propose_no_volunteer_without_consent_for_volunteer_matching()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var body = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(MatchingClient.ResidentWithHome()))!;
        body["consents"] = JsonSerializer.SerializeToNode(new[] { new { purpose = "Intake" }, new { purpose = "VolunteerMatching" } });
        var resident = await coordinator.RegisterResidentAsync(body);
        var volunteer = await coordinator.RegisterActiveVolunteerAsync(MatchingClient.Volunteer("Noor"));
        var (request, etag) = await coordinator.RequestInMatchingAsync(residentId: resident);

        (await coordinator.DeleteAsync($"/api/v1/residents/{resident}/consents/VolunteerMatching")).EnsureSuccessStatusCode();
        var refused = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{request}/proposals", etag, new { volunteerId = volunteer });

        Assert.That((await refused.ShouldBeProblem(HttpStatusCode.Conflict)).Detail(), Does.Contain("volunteer matching"));
    }

    [Test]
    public async Task Should_hide_the_resident_from_the_partner_and_refer_no_more_without_consent_for_partner_referral()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        var resident = await coordinator.RegisterResidentAsync(IntakeClient.Resident(lastName: "Teruggetrokken", consents: [new { purpose = "Intake" }, new { purpose = "PartnerReferral" }]));
        var (request, etag) = await coordinator.RecordIntakeAsync(resident, category: "housing");
        var triaged = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{request}/triage", etag, new { decidedRoute = "Heavy", residentChoice = "AgreesWithAdvice" });
        var partnerId = partner.OrganisationId();
        var referred = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{request}/referrals", triaged.Headers.ETag!.Tag, new { partnerOrganisationId = partnerId });
        referred.EnsureSuccessStatusCode();
        var referralId = (await partner.GetFromJsonAsync<JsonElement>("/api/v1/referrals?limit=100")).GetProperty("items").EnumerateArray()
            .Single(r => r.GetProperty("resident").ValueKind == JsonValueKind.Object && r.GetProperty("resident").GetProperty("lastName").GetString() == "Teruggetrokken")
            .GetProperty("id").GetGuid();

        (await coordinator.DeleteAsync($"/api/v1/residents/{resident}/consents/PartnerReferral")).EnsureSuccessStatusCode();
        var seen = await partner.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{referralId}");
        var second = await coordinator.RecordIntakeAsync(resident, category: "housing");
        var secondTriaged = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{second.Id}/triage", second.ETag, new { decidedRoute = "Heavy", residentChoice = "AgreesWithAdvice" });
        var refused = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{second.Id}/referrals", secondTriaged.Headers.ETag!.Tag, new { partnerOrganisationId = partnerId });

        Assert.Multiple(async () =>
        {
            Assert.That(seen.GetProperty("resident").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(seen.GetProperty("description").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(seen.ToString(), Does.Not.Contain("Teruggetrokken").And.Not.Contain("+32475123456"));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict).Or.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("consent").IgnoreCase);
        });
    }

    [Test]
    public async Task Should_record_no_new_request_without_consent_for_the_intake()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var resident = await coordinator.RegisterResidentAsync();

        (await coordinator.DeleteAsync($"/api/v1/residents/{resident}/consents/Intake")).EnsureSuccessStatusCode();
        var refused = await coordinator.PostAsJsonAsync("/api/v1/help-requests", IntakeClient.HelpRequest(resident));

        Assert.That((await refused.ShouldBeProblem(HttpStatusCode.Conflict)).Detail(), Does.Contain("consent"));
    }

    private static Task<HttpResponseMessage> AddFollowUpAsync(HttpClient coordinator, Guid request) =>
        coordinator.PostAsJsonAsync($"/api/v1/help-requests/{request}/follow-ups",
            new { description = "Wekelijks bellen", dueOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)), recurrence = "OneOff" });
}
