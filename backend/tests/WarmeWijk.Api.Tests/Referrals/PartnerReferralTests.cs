using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WarmeWijk.Api.Tests.Intake;
using WarmeWijk.Api.Tests.Matching;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Referrals;

/// <summary>The partner API: referrals in (idempotent), status lookup, own referrals only, and answering referrals out.</summary>
public sealed class PartnerReferralTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    internal static object Referral(string lastName = "Peeters", string description = "Mevrouw vereenzaamt sinds het overlijden van haar man.") => new
    {
        resident = new
        {
            firstName = "Josée",
            lastName,
            birthYear = 1938,
            phone = "03 238 11 22",
            address = new { street = "De Bosschaertstraat", houseNumber = "5", postalCode = "2020", municipality = "Antwerpen", sectorCode = "11002F61-" },
            languages = new[] { "nl", "fr" },
            contactPreference = "Phone",
        },
        consentConfirmed = true,
        categoryCode = "social-contact",
        description,
        urgency = "Normal",
        note = "Huisarts dr. Claes",
    };

    [Test]
    public async Task Should_start_an_intake_from_a_partners_referral_and_return_the_same_referral_on_retry()
    {
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        var key = Guid.NewGuid().ToString();

        var first = await Submit(partner, key, Referral());
        var retry = await Submit(partner, key, Referral());
        var referral = await first.Content.ReadFromJsonAsync<JsonElement>();
        var lookup = await partner.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{referral.GetProperty("id").GetGuid()}");

        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var intake = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/help-requests?status=New&limit=100");
        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), Is.EqualTo(referral.GetProperty("id").GetGuid()));
            Assert.That(lookup.GetProperty("direction").GetString(), Is.EqualTo("FromPartner"));
            Assert.That(lookup.GetProperty("helpRequestStatus").GetString(), Is.EqualTo("New"));
            Assert.That(intake.GetProperty("items").EnumerateArray().Count(i => i.GetProperty("residentName").GetString() == "Josée P."), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_require_an_Idempotency_Key_and_refuse_its_reuse_with_another_body()
    {
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        var key = Guid.NewGuid().ToString();
        await Submit(partner, key, Referral(lastName: "Wouters"));

        var missing = await (await partner.PostAsJsonAsync("/api/v1/referrals", Referral())).ShouldBeProblem(HttpStatusCode.BadRequest);
        var reused = await (await Submit(partner, key, Referral(lastName: "Anders"))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);

        Assert.Multiple(() =>
        {
            Assert.That(missing.Detail(), Does.Contain("Idempotency-Key"));
            Assert.That(reused.Detail(), Does.Contain("different request body"));
        });
    }

    [Test]
    public async Task Should_create_exactly_one_referral_from_twenty_concurrent_identical_posts()
    {
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Submit(partner, key, Referral(lastName: "Concurrent"))));

        using var scope = Api.Services.CreateScope();
        var residents = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Residents.IgnoreQueryFilters().CountAsync(r => r.LastName == "Concurrent");
        Assert.Multiple(() =>
        {
            Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Created));
            Assert.That(residents, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_show_a_partner_only_its_own_referrals()
    {
        using var kiel = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        using var otherNetwork = await Api.PartnerClientForAsync(ApiFactory.NetworkB);
        var created = await (await Submit(kiel, Guid.NewGuid().ToString(), Referral(lastName: "Eigen"))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();

        await (await otherNetwork.GetAsync($"/api/v1/referrals/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        var theirs = await otherNetwork.GetFromJsonAsync<JsonElement>("/api/v1/referrals");
        Assert.That(theirs.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()), Does.Not.Contain(id));
    }

    [Test]
    public async Task Should_page_through_own_referrals_with_a_cursor()
    {
        using var partner = await Api.PartnerClientForAsync("lier");
        for (var i = 0; i < 3; i++)
        {
            (await Submit(partner, Guid.NewGuid().ToString(), Referral(lastName: $"Pagina{i}"))).EnsureSuccessStatusCode();
        }

        var first = await partner.GetFromJsonAsync<JsonElement>("/api/v1/referrals?limit=2");
        var second = await partner.GetFromJsonAsync<JsonElement>($"/api/v1/referrals?limit=2&cursor={first.GetProperty("nextCursor").GetGuid()}");

        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(r => r.GetProperty("id").GetGuid()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Has.Count.EqualTo(3).And.Unique);
            Assert.That(second.GetProperty("nextCursor").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public async Task Should_refer_a_request_out_and_let_the_partner_accept_it()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var residentId = await coordinator.RegisterResidentAsync(IntakeClient.Resident(lastName: "Doorverwezen", consents: [new { purpose = "Intake" }, new { purpose = "PartnerReferral" }]));
        var (requestId, etag) = await coordinator.RecordIntakeAsync(residentId, category: "housing");
        var triaged = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{requestId}/triage", etag, new { decidedRoute = "Heavy", residentChoice = "AgreesWithAdvice" });
        var partnerId = await LoginPartnerIdAsync(coordinator, "OCMW Antwerpen – sociaal huis Kiel");

        var referred = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{requestId}/referrals", triaged.Headers.ETag!.Tag, new { partnerOrganisationId = partnerId, note = "Schimmel, verhuurder reageert niet" });
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        var incoming = (await partner.GetFromJsonAsync<JsonElement>("/api/v1/referrals")).GetProperty("items").EnumerateArray()
            .Single(r => r.GetProperty("direction").GetString() == "ToPartner" && r.GetProperty("resident").GetProperty("lastName").GetString() == "Doorverwezen");
        var accepted = await partner.PostAsJsonAsync($"/api/v1/referrals/{incoming.GetProperty("id").GetGuid()}/answer", new { status = "Accepted", feedback = "Woonbegeleider neemt contact op" });
        var request = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/help-requests/{requestId}");

        Assert.Multiple(() =>
        {
            Assert.That(referred.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(incoming.GetProperty("resident").GetProperty("phone").GetString(), Is.EqualTo("+32475123456"));
            Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(request.GetProperty("status").GetString(), Is.EqualTo("AcceptedByPartner"));
        });
    }

    [Test]
    public async Task Should_refer_out_when_the_partner_has_a_webhook_subscription_and_queue_one_event()
    {
        using var partner = await Api.PartnerClientForAsync("herentals");
        (await partner.PostAsJsonAsync("/api/v1/webhook-subscriptions", new { url = "http://127.0.0.1:9/hooks" })).EnsureSuccessStatusCode();
        using var coordinator = await Api.ClientForAsync("herentals", Role.Coordinator);
        var residentId = await coordinator.RegisterResidentAsync(IntakeClient.Resident(lastName: "Gemeld", sectorCode: "13011A212", consents: [new { purpose = "Intake" }, new { purpose = "PartnerReferral" }]));
        var (requestId, etag) = await coordinator.RecordIntakeAsync(residentId, category: "housing");
        var triaged = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{requestId}/triage", etag, new { decidedRoute = "Heavy", residentChoice = "AgreesWithAdvice" });
        var partnerId = await LoginPartnerIdAsync(coordinator, "Thuiszorg Kempen");

        var referred = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{requestId}/referrals", triaged.Headers.ETag!.Tag, new { partnerOrganisationId = partnerId });

        using var scope = Api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var queued = await (
            from message in db.OutboxMessages.IgnoreQueryFilters()
            join subscription in db.WebhookSubscriptions.IgnoreQueryFilters() on message.SubscriptionId equals subscription.Id
            where subscription.PartnerOrganisationId == partnerId && message.EventType == "referral.status_changed"
            select message).CountAsync();
        Assert.Multiple(() =>
        {
            Assert.That(referred.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(queued, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_tell_the_referring_partner_each_time_the_network_moves_its_request_on()
    {
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        var subscriptionId = await SubscribeAsync(partner);
        var (referralId, requestId) = await ReferredByPartnerAsync(partner, "Opgevolgd");
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);

        var etag = (await coordinator.GetAsync($"/api/v1/help-requests/{requestId}")).Headers.ETag!.Tag;
        var triaged = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{requestId}/triage", etag, new { decidedRoute = "Light", residentChoice = "AgreesWithAdvice" });
        var waiting = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{requestId}/waitlist", triaged.Headers.ETag!.Tag, new { priority = 2, reason = "Geen vrijwilliger vrij" });
        (await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{requestId}/transitions", waiting.Headers.ETag!.Tag, new { to = "Cancelled", reason = "Bewoner verhuisd" }))
            .EnsureSuccessStatusCode();

        var events = await EventsAsync(referralId, subscriptionId);
        Assert.Multiple(() =>
        {
            Assert.That(events.Select(e => e.GetProperty("helpRequestStatus").GetString()), Is.EqualTo(new[] { "Triaged", "Waitlisted", "Cancelled" }));
            Assert.That(events.Select(e => e.GetProperty("direction").GetString()), Is.All.EqualTo("FromPartner"));
        });
    }

    [Test]
    public async Task Should_tell_the_referring_partner_how_the_match_goes_also_when_the_volunteer_answers_by_link()
    {
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        var subscriptionId = await SubscribeAsync(partner);
        var (referralId, requestId) = await ReferredByPartnerAsync(partner, "Gematcht");
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var anonymous = Api.CreateClient();
        var residentId = await WithDatabase(db => db.HelpRequests.IgnoreQueryFilters().Where(h => h.Id == requestId).Select(h => h.ResidentId).SingleAsync());
        (await coordinator.PostAsJsonAsync($"/api/v1/residents/{residentId}/consents", new { purpose = "VolunteerMatching" })).EnsureSuccessStatusCode();
        var volunteer = await coordinator.RegisterActiveVolunteerAsync(MatchingClient.Volunteer("Lotte", buddyTypes: ["Chat"]));

        var etag = (await coordinator.GetAsync($"/api/v1/help-requests/{requestId}")).Headers.ETag!.Tag;
        var triaged = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{requestId}/triage", etag, new { decidedRoute = "Light", residentChoice = "AgreesWithAdvice" });
        var matching = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{requestId}/transitions", triaged.Headers.ETag!.Tag, new { to = "Matching", reason = "Licht" });
        var proposal = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{requestId}/proposals", matching.Headers.ETag!.Tag, new { volunteerId = volunteer });
        Assert.That(proposal.IsSuccessStatusCode, await proposal.Content.ReadAsStringAsync());
        var proposed = await proposal.Content.ReadFromJsonAsync<JsonElement>();
        var link = proposed.GetProperty("answerLink").GetString()!;
        (await anonymous.PostAsJsonAsync($"/api/v1/match-offers/{link[(link.LastIndexOf('/') + 1)..]}/answer", new { accept = true })).EnsureSuccessStatusCode();
        (await coordinator.PostAsJsonAsync($"/api/v1/volunteer-matches/{proposed.GetProperty("id").GetGuid()}/complete", new { hours = 2 })).EnsureSuccessStatusCode();

        var events = await EventsAsync(referralId, subscriptionId);
        Assert.That(events.Select(e => e.GetProperty("helpRequestStatus").GetString()),
            Is.EqualTo(new[] { "Triaged", "Matching", "Proposed", "Matched", "InProgress", "Completed" }));
    }

    [Test]
    public async Task Should_stop_telling_a_partner_about_a_request_once_it_declined_the_referral()
    {
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        var subscriptionId = await SubscribeAsync(partner);
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var (requestId, referralId) = await ReferredToPartnerAsync(coordinator, "Afgewezen");

        (await partner.PostAsJsonAsync($"/api/v1/referrals/{referralId}/answer", new { status = "Declined", feedback = "Geen plaats" })).EnsureSuccessStatusCode();
        var current = (await coordinator.GetAsync($"/api/v1/help-requests/{requestId}")).Headers.ETag!.Tag;
        (await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{requestId}/transitions", current, new { to = "Cancelled", reason = "Elders geholpen" }))
            .EnsureSuccessStatusCode();

        var events = await EventsAsync(referralId, subscriptionId);
        var declined = await partner.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{referralId}");
        Assert.Multiple(() =>
        {
            Assert.That(events.Select(e => (e.GetProperty("status").GetString(), e.GetProperty("helpRequestStatus").GetString())),
                Is.EqualTo(new[] { ("Open", "Referred"), ("Declined", "Triaged") }));
            Assert.That(declined.GetProperty("resident").ValueKind, Is.EqualTo(JsonValueKind.Null), "a partner that declined no longer sees the resident");
            Assert.That(declined.GetProperty("description").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public async Task Should_ask_for_feedback_on_a_decline_and_refuse_to_answer_a_referral_the_partner_sent()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        var (_, toPartner) = await ReferredToPartnerAsync(coordinator, "Zonderreden");
        var (fromPartner, _) = await ReferredByPartnerAsync(partner, "Zelfgestuurd");

        var noReason = await (await partner.PostAsJsonAsync($"/api/v1/referrals/{toPartner}/answer", new { status = "Declined", feedback = " " })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var own = await (await partner.PostAsJsonAsync($"/api/v1/referrals/{fromPartner}/answer", new { status = "Closed" })).ShouldBeProblem(HttpStatusCode.Conflict);
        var still = await partner.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{toPartner}");

        Assert.Multiple(() =>
        {
            Assert.That(noReason.FieldErrors("feedback"), Has.Some.Contains("Say why"));
            Assert.That(own.Detail(), Does.Contain("Only a referral to your organisation can be answered"));
            Assert.That(still.GetProperty("status").GetString(), Is.EqualTo("Open"));
        });
    }

    [Test]
    public async Task Should_say_a_body_is_missing_without_naming_code()
    {
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        using var message = new HttpRequestMessage(HttpMethod.Post, "/api/v1/referrals") { Content = new StringContent(string.Empty, System.Text.Encoding.UTF8, "application/json") };
        message.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var problem = await (await partner.SendAsync(message)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.Detail(), Is.EqualTo("The request body is missing or cannot be read."), problem.ToString());
    }

    [TestCase("cursor=geen-cursor", "cursor")]
    [TestCase("limit=veel", "limit")]
    public async Task Should_name_a_query_parameter_that_cannot_be_read(string query, string field)
    {
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);

        var problem = await (await partner.GetAsync($"/api/v1/referrals?{query}")).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Multiple(() =>
        {
            Assert.That(problem.FieldErrors(field), Is.Not.Empty, problem.ToString());
            Assert.That(problem.Detail(), Does.Contain($"'{field}'").And.Not.Contain("Nullable"));
        });
    }

    /// <summary>A resident referred to the network by the partner: the referral and the help request it started.</summary>
    private async Task<(Guid ReferralId, Guid RequestId)> ReferredByPartnerAsync(HttpClient partner, string lastName)
    {
        var created = await Submit(partner, Guid.NewGuid().ToString(), Referral(lastName: lastName));
        var referralId = (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return (referralId, await WithDatabase(db => db.Referrals.IgnoreQueryFilters().Where(r => r.Id == referralId).Select(r => r.HelpRequestId).SingleAsync()));
    }

    /// <summary>A new request triaged heavy and referred by the coordinator to the Kiel demo partner, still open.</summary>
    private async Task<(Guid RequestId, Guid ReferralId)> ReferredToPartnerAsync(HttpClient coordinator, string lastName)
    {
        var residentId = await coordinator.RegisterResidentAsync(IntakeClient.Resident(lastName: lastName, consents: [new { purpose = "Intake" }, new { purpose = "PartnerReferral" }]));
        var (requestId, etag) = await coordinator.RecordIntakeAsync(residentId, category: "housing");
        var triaged = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{requestId}/triage", etag, new { decidedRoute = "Heavy", residentChoice = "AgreesWithAdvice" });
        var partnerId = await LoginPartnerIdAsync(coordinator, "OCMW Antwerpen – sociaal huis Kiel");
        (await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{requestId}/referrals", triaged.Headers.ETag!.Tag, new { partnerOrganisationId = partnerId })).EnsureSuccessStatusCode();
        return (requestId, await WithDatabase(db => db.Referrals.IgnoreQueryFilters().Where(r => r.HelpRequestId == requestId).Select(r => r.Id).SingleAsync()));
    }

    /// <summary>The data of the events queued about one referral for one subscription, oldest first.</summary>
    private async Task<List<JsonElement>> EventsAsync(Guid referralId, Guid subscriptionId)
    {
        var payloads = await WithDatabase(db => db.OutboxMessages.IgnoreQueryFilters()
            .Where(m => m.SubjectId == referralId && m.SubscriptionId == subscriptionId)
            .OrderBy(m => m.CreatedAt)
            .Select(m => m.Payload)
            .ToListAsync());
        return payloads.Select(p => JsonDocument.Parse(p).RootElement.GetProperty("data").Clone()).ToList();
    }

    /// <summary>A subscription of the test's own, so events queued for other tests' subscriptions do not count.</summary>
    private static async Task<Guid> SubscribeAsync(HttpClient partner)
    {
        var created = await partner.PostAsJsonAsync("/api/v1/webhook-subscriptions", new { url = $"http://127.0.0.1:9/hooks/{Guid.NewGuid()}" });
        return (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<T> WithDatabase<T>(Func<AppDbContext, Task<T>> read)
    {
        using var scope = Api.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [Test]
    public async Task Should_refuse_a_referral_without_consent_or_to_a_partner_of_another_network()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var otherCoordinator = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);
        var (requestId, etag) = await coordinator.RecordIntakeAsync(await coordinator.RegisterResidentAsync(), category: "housing");
        var triaged = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{requestId}/triage", etag, new { decidedRoute = "Heavy", residentChoice = "AgreesWithAdvice" });
        var ours = await LoginPartnerIdAsync(coordinator, "OCMW Antwerpen – sociaal huis Kiel");
        var theirs = (await otherCoordinator.GetFromJsonAsync<JsonElement>("/api/v1/partners")).GetProperty("items")[0].GetProperty("id").GetGuid();

        var foreign = await (await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{requestId}/referrals", triaged.Headers.ETag!.Tag, new { partnerOrganisationId = theirs }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var noConsent = await (await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{requestId}/referrals", triaged.Headers.ETag!.Tag, new { partnerOrganisationId = ours }))
            .ShouldBeProblem(HttpStatusCode.Conflict);

        Assert.Multiple(() =>
        {
            Assert.That(foreign.FieldErrors("partnerOrganisationId"), Is.Not.Empty);
            Assert.That(noConsent.Detail(), Does.Contain("consent"));
        });
    }

    [Test]
    public async Task Should_keep_staff_out_of_the_partner_api()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);

        await (await coordinator.GetAsync("/api/v1/referrals")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    internal static Task<HttpResponseMessage> Submit(HttpClient partner, string key, object body)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/api/v1/referrals") { Content = JsonContent.Create(body) };
        message.Headers.Add("Idempotency-Key", key);
        return partner.SendAsync(message);
    }

    /// <summary>The demo partner that has the partner login (the sociale kaart holds more actors).</summary>
    private static async Task<Guid> LoginPartnerIdAsync(HttpClient client, string name) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/partners")).GetProperty("items").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
}
