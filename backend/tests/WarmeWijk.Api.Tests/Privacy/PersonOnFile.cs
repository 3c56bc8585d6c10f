using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using WarmeWijk.Api.Tests.Intake;
using WarmeWijk.Api.Tests.Matching;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Api.Tests.Privacy;

/// <summary>
/// A resident with data in every table that can hold it: consents with notes, three requests (one completed through a
/// volunteer with hours and feedback, one referred to a partner that subscribed a webhook, one closed without offer, which
/// raises a signal), a follow-up task, a stored idempotent response and the resident's own volunteer profile (stopped, unless
/// the test wants an active one). Every text carries a marker unique to this person, so a test can search every table for it.
/// </summary>
internal sealed record PersonOnFile(Guid ResidentId, Guid Completed, Guid Referred, Guid NoOffer, Guid OwnVolunteerProfile, string FirstName, string LastName, IReadOnlyList<string> Markers)
{
    public static async Task<PersonOnFile> CreateAsync(ApiFactory api, bool stopVolunteering = true, string network = ApiFactory.NetworkA)
    {
        var tag = string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + (c % 16))));
        var digits = string.Concat(Guid.NewGuid().ToString("N").Where(char.IsAsciiDigit).Concat("12345678")).Substring(0, 7);
        var (first, last) = ($"Rosalie{tag}", $"Vandamme{tag}");
        var phone = $"0476 {digits[..3]} {digits[3..6]}";
        var email = $"rosalie.{tag}@voorbeeld.be";
        var street = $"Kruidtuinlaan{tag}";
        using var coordinator = await api.ClientForAsync(network, Role.Coordinator);
        using var partner = await api.PartnerClientForAsync(network);
        using var anonymous = api.CreateClient();
        var subscribed = await partner.PostAsJsonAsync("/api/v1/webhook-subscriptions", new { url = "http://127.0.0.1:9/hooks" });
        Assert.That(subscribed.StatusCode, Is.EqualTo(HttpStatusCode.Created).Or.EqualTo(HttpStatusCode.Conflict), "subscribed now or by an earlier test");

        var body = JsonSerializer.SerializeToNode(IntakeClient.Resident(lastName: last, phone: phone))!.AsObject();
        body["firstName"] = first;
        body["email"] = email;
        body["address"]!["street"] = street;
        body["address"]!["houseNumber"] = "77";
        body["languages"] = new JsonArray("fr", "nl");
        body["home"] = JsonSerializer.SerializeToNode(new { latitude = MatchingClient.KielLatitude, longitude = MatchingClient.KielLongitude });
        body["consents"] = JsonSerializer.SerializeToNode(new[] { "Intake", "VolunteerMatching", "PartnerReferral", "FollowUpContact" }
            .Select(purpose => new { purpose, note = $"Mondeling toegestemd {tag}" }));
        var residentId = await coordinator.RegisterResidentAsync(body);

        // 1. Matched to a volunteer, with a follow-up task, hours and both sides' feedback; completed.
        var (completed, etag) = await IntakeAsync(coordinator, residentId, "shopping", $"Boodschappen voor {first} {tag}", idempotencyKey: Guid.NewGuid().ToString());
        etag = await StepAsync(coordinator, $"/api/v1/help-requests/{completed}/triage", etag, new { decidedRoute = "Light", residentChoice = "AgreesWithAdvice" });
        etag = await StepAsync(coordinator, $"/api/v1/help-requests/{completed}/transitions", etag, new { to = "Matching", reason = $"Buur {tag} helpt graag" });
        (await coordinator.PostAsJsonAsync($"/api/v1/help-requests/{completed}/follow-ups",
            new { description = $"Bellen naar {first} {tag}", dueOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)), recurrence = "OneOff" })).EnsureSuccessStatusCode();
        etag = (await coordinator.GetAsync($"/api/v1/help-requests/{completed}")).Headers.ETag!.Tag;
        var volunteer = await coordinator.RegisterActiveVolunteerAsync(MatchingClient.Volunteer("Sara"));
        var proposal = await (await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{completed}/proposals", etag, new { volunteerId = volunteer }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var link = proposal.GetProperty("answerLink").GetString()!;
        (await anonymous.PostAsJsonAsync($"/api/v1/match-offers/{link[(link.LastIndexOf('/') + 1)..]}/answer", new { accept = true })).EnsureSuccessStatusCode();
        (await coordinator.PostAsJsonAsync($"/api/v1/volunteers/{volunteer}/hours",
            new { on = DateOnly.FromDateTime(DateTime.UtcNow), hours = 2, helpRequestId = completed, note = $"Samen naar de markt met {first}" })).EnsureSuccessStatusCode();
        (await coordinator.PostAsJsonAsync($"/api/v1/volunteer-matches/{proposal.GetProperty("id").GetGuid()}/complete",
            new { hours = 3, volunteerFeedback = $"Fijn contact {tag}", residentFeedback = $"Dankbaar {tag}" })).EnsureSuccessStatusCode();

        // 2. Referred to a partner, who accepts it with feedback; closed.
        var (referred, referredTag) = await IntakeAsync(coordinator, residentId, "housing", $"Schimmel in de woning van {last}");
        referredTag = await StepAsync(coordinator, $"/api/v1/help-requests/{referred}/triage", referredTag,
            new { decidedRoute = "Heavy", overrideReason = (string?)null, residentChoice = "AgreesWithAdvice" });
        var partnerId = partner.OrganisationId();
        referredTag = await StepAsync(coordinator, $"/api/v1/help-requests/{referred}/referrals", referredTag, new { partnerOrganisationId = partnerId, note = $"Verhuurder van {last} reageert niet" });
        var referral = (await partner.GetFromJsonAsync<JsonElement>("/api/v1/referrals?limit=100")).GetProperty("items").EnumerateArray()
            .Single(r => r.GetProperty("resident").ValueKind == JsonValueKind.Object && r.GetProperty("resident").GetProperty("lastName").GetString() == last);
        (await partner.PostAsJsonAsync($"/api/v1/referrals/{referral.GetProperty("id").GetGuid()}/answer",
            new { status = "Accepted", feedback = $"Woonbegeleider belt {first}" })).EnsureSuccessStatusCode();
        referredTag = (await coordinator.GetAsync($"/api/v1/help-requests/{referred}")).Headers.ETag!.Tag;
        await StepAsync(coordinator, $"/api/v1/help-requests/{referred}/transitions", referredTag, new { to = "Closed", reason = $"Opgevolgd door partner voor {last}" });

        // 3. Nothing to offer: closed, which raises a signal quoting the reason.
        var (noOffer, noOfferTag) = await IntakeAsync(coordinator, residentId, "garden", $"Tuin van {first} verwilderd");
        noOfferTag = await StepAsync(coordinator, $"/api/v1/help-requests/{noOffer}/triage", noOfferTag, new { decidedRoute = "Light", residentChoice = "AgreesWithAdvice" });
        await StepAsync(coordinator, $"/api/v1/help-requests/{noOffer}/transitions", noOfferTag, new { to = "ClosedNoOffer", reason = $"Geen tuinier vrij bij {last}" });

        // The resident also volunteers (help is mutual), with a feedback conversation.
        var own = MatchingClient.Volunteer(first);
        (own["lastName"], own["email"], own["phone"], own["residentId"]) = (last, email, phone, residentId);
        var ownProfile = await coordinator.RegisterActiveVolunteerAsync(own);
        (await coordinator.PostAsJsonAsync($"/api/v1/volunteers/{ownProfile}/feedback",
            new { on = DateOnly.FromDateTime(DateTime.UtcNow), notes = $"{first} doet het goed" })).EnsureSuccessStatusCode();
        if (stopVolunteering)
        {
            var profileTag = (await coordinator.GetAsync($"/api/v1/volunteers/{ownProfile}")).Headers.ETag!.Tag;
            await StepAsync(coordinator, $"/api/v1/volunteers/{ownProfile}/status", profileTag, new { to = "Stopped", reason = $"{first} verhuist" });
        }

        return new PersonOnFile(residentId, completed, referred, noOffer, ownProfile, first, last,
            [tag, first, last, email, street, phone.Replace(" ", string.Empty, StringComparison.Ordinal)[1..]]);
    }

    private static async Task<(Guid Id, string ETag)> IntakeAsync(HttpClient coordinator, Guid residentId, string category, string description, string? idempotencyKey = null)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/api/v1/help-requests") { Content = JsonContent.Create(IntakeClient.HelpRequest(residentId, category, description)) };
        if (idempotencyKey is not null)
        {
            message.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        var response = (await coordinator.SendAsync(message)).EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), response.Headers.ETag!.Tag);
    }

    private static async Task<string> StepAsync(HttpClient coordinator, string path, string etag, object body)
    {
        var response = await coordinator.PostWithIfMatchAsync(path, etag, body);
        Assert.That(response.IsSuccessStatusCode, Is.True, $"{path}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.ETag!.Tag;
    }
}
