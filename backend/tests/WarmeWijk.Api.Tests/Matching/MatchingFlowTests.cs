using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WarmeWijk.Api.Tests.Intake;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Matching;

/// <summary>From a request in Matching to a completed match, through the API and the volunteer's one-time link.</summary>
public sealed class MatchingFlowTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    [Test]
    public async Task Should_rank_closer_volunteers_first_with_reasons_and_say_why_others_are_excluded()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var near = await coordinator.RegisterActiveVolunteerAsync(MatchingClient.Volunteer("Dichtbij", latitude: MatchingClient.KielLatitude + 0.005));
        var further = await coordinator.RegisterActiveVolunteerAsync(MatchingClient.Volunteer("Verder", latitude: MatchingClient.KielLatitude + 0.02));
        var tooFar = await coordinator.RegisterActiveVolunteerAsync(MatchingClient.Volunteer("Ver", latitude: MatchingClient.KielLatitude + 0.3));
        var wrongType = await coordinator.RegisterActiveVolunteerAsync(MatchingClient.Volunteer("Tuinier", buddyTypes: ["Garden"]));
        var (request, _) = await coordinator.RequestInMatchingAsync();

        var ranked = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/help-requests/{request}/candidates?top=50&includeExcluded=true");

        var candidates = ranked.GetProperty("candidates").EnumerateArray().ToList();
        var ids = candidates.Select(c => c.GetProperty("volunteerId").GetGuid()).ToList();
        var excluded = ranked.GetProperty("excluded").EnumerateArray().ToDictionary(e => e.GetProperty("volunteerId").GetGuid(), e => e.GetProperty("reasons"));
        Assert.Multiple(() =>
        {
            Assert.That(ids.IndexOf(near), Is.GreaterThanOrEqualTo(0).And.LessThan(ids.IndexOf(further)));
            Assert.That(candidates[ids.IndexOf(near)].GetProperty("breakdown").EnumerateArray().Select(b => b.GetProperty("nl").GetString()), Has.Some.Contains("km"));
            Assert.That(excluded[tooFar].EnumerateArray().Select(r => r.GetProperty("en").GetString()), Has.Some.Contains("km"));
            Assert.That(excluded[wrongType].EnumerateArray().Select(r => r.GetProperty("nl").GetString()), Is.Not.Empty);
            Assert.That(ids, Does.Not.Contain(tooFar).And.Not.Contain(wrongType));
        });
    }

    [Test]
    public async Task Should_show_the_volunteer_only_what_the_task_needs_and_accept_once()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var anonymous = Api.CreateClient();
        var volunteer = await coordinator.RegisterActiveVolunteerAsync(MatchingClient.Volunteer("Ines"));
        var (request, etag) = await coordinator.RequestInMatchingAsync();

        var proposed = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{request}/proposals", etag, new { volunteerId = volunteer });
        var link = (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answerLink").GetString()!;
        var token = link[(link.LastIndexOf('/') + 1)..];
        var before = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/match-offers/{token}");
        var accepted = await anonymous.PostAsJsonAsync($"/api/v1/match-offers/{token}/answer", new { accept = true });
        var after = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        var again = await anonymous.PostAsJsonAsync($"/api/v1/match-offers/{token}/answer", new { accept = false });
        var state = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/help-requests/{request}");

        Assert.Multiple(async () =>
        {
            Assert.That(proposed.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(before.GetProperty("residentFirstName").GetString(), Is.EqualTo("Maria"));
            Assert.That(before.GetProperty("street").GetString(), Is.EqualTo("Sint-Bernardsesteenweg"));
            Assert.That(before.GetProperty("houseNumber").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(before.ToString(), Does.Not.Contain("Janssens").And.Not.Contain("0475"));
            Assert.That(after.GetProperty("status").GetString(), Is.EqualTo("Accepted"));
            Assert.That(after.GetProperty("houseNumber").GetString(), Is.EqualTo("12"));
            Assert.That((await again.ShouldBeProblem(HttpStatusCode.Conflict)).Detail(), Does.Contain("works once"));
            Assert.That(state.GetProperty("status").GetString(), Is.EqualTo("Matched"));
            await (await anonymous.GetAsync("/api/v1/match-offers/not-a-real-token")).ShouldBeProblem(HttpStatusCode.NotFound);
        });
    }

    [Test]
    public async Task Should_reopen_matching_when_the_volunteer_declines_and_not_suggest_them_again()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var anonymous = Api.CreateClient();
        var volunteer = await coordinator.RegisterActiveVolunteerAsync(MatchingClient.Volunteer("Kobe"));
        var (request, etag) = await coordinator.RequestInMatchingAsync();
        var proposed = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{request}/proposals", etag, new { volunteerId = volunteer });
        var link = (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answerLink").GetString()!;

        var declined = await anonymous.PostAsJsonAsync($"/api/v1/match-offers/{link[(link.LastIndexOf('/') + 1)..]}/answer", new { accept = false, reason = "Op vakantie" });
        var state = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/help-requests/{request}");
        var ranked = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/help-requests/{request}/candidates?top=50&includeExcluded=true");

        Assert.Multiple(() =>
        {
            Assert.That(declined.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(state.GetProperty("status").GetString(), Is.EqualTo("Matching"));
            Assert.That(ranked.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("volunteerId").GetGuid()), Does.Not.Contain(volunteer));
            Assert.That(ranked.GetProperty("excluded").EnumerateArray().Single(e => e.GetProperty("volunteerId").GetGuid() == volunteer)
                .GetProperty("reasons")[0].GetProperty("code").GetString(), Is.EqualTo("turned-down"));
        });
    }

    [Test]
    public async Task Should_refuse_a_proposal_to_a_volunteer_who_is_full_or_paused()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var busy = await coordinator.RegisterActiveVolunteerAsync(MatchingClient.Volunteer("Vol", maxConcurrentMatches: 1));
        var (first, firstEtag) = await coordinator.RequestInMatchingAsync();
        (await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{first}/proposals", firstEtag, new { volunteerId = busy })).EnsureSuccessStatusCode();
        var (second, secondEtag) = await coordinator.RequestInMatchingAsync();

        var toFull = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{second}/proposals", secondEtag, new { volunteerId = busy });
        var created = await coordinator.PostAsJsonAsync("/api/v1/volunteers", MatchingClient.Volunteer("Nieuw"));
        var notActive = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var toIntake = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{second}/proposals", secondEtag, new { volunteerId = notActive });
        var withoutIfMatch = await coordinator.PostAsJsonAsync($"/api/v1/help-requests/{second}/proposals", new { volunteerId = busy });

        Assert.Multiple(async () =>
        {
            Assert.That((await toFull.ShouldBeProblem(HttpStatusCode.Conflict)).Detail(), Does.Contain("Vol cannot take this request"));
            Assert.That((await toIntake.ShouldBeProblem(HttpStatusCode.Conflict)).Detail(), Does.Contain("Nieuw cannot take this request"));
            await withoutIfMatch.ShouldBeProblem(HttpStatusCode.PreconditionRequired);
        });
    }

    [Test]
    public async Task Should_plan_all_open_requests_at_once_never_worse_than_greedy_and_within_capacity()
    {
        // A network no other test of this fixture uses, so the plan holds only this test's requests and volunteers.
        using var coordinator = await Api.ClientForAsync("lier", Role.Coordinator);
        var volunteers = new[]
        {
            await coordinator.RegisterActiveVolunteerAsync(MatchingClient.Volunteer("Anna", maxConcurrentMatches: 1)),
            await coordinator.RegisterActiveVolunteerAsync(MatchingClient.Volunteer("Bram", latitude: MatchingClient.KielLatitude + 0.02, maxConcurrentMatches: 1)),
        };
        var requests = new[] { (await coordinator.RequestInMatchingAsync()).Id, (await coordinator.RequestInMatchingAsync()).Id, (await coordinator.RequestInMatchingAsync()).Id };

        var plan = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/matching/batch-plan");

        var optimal = plan.GetProperty("optimal");
        var matches = optimal.GetProperty("matches").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(optimal.GetProperty("totalScore").GetDouble(), Is.GreaterThanOrEqualTo(plan.GetProperty("greedy").GetProperty("totalScore").GetDouble()));
            Assert.That(matches, Has.Count.EqualTo(2));
            Assert.That(matches.Select(m => m.GetProperty("candidate").GetProperty("volunteerId").GetGuid()), Is.Unique.And.SubsetOf(volunteers));
            Assert.That(matches.Select(m => m.GetProperty("helpRequestId").GetGuid()), Is.SubsetOf(requests));
            Assert.That(optimal.GetProperty("unassignedRequests").GetArrayLength(), Is.EqualTo(1));
            Assert.That(plan.GetProperty("requests").EnumerateArray().Select(r => r.GetProperty("helpRequestId").GetGuid()), Is.EquivalentTo(requests));
            Assert.That(plan.GetProperty("volunteers").EnumerateArray().Select(v => v.GetProperty("home").GetProperty("latitude").GetDouble()),
                Has.All.InRange(51.0, 51.4));
        });
    }

    [Test]
    public async Task Should_complete_an_accepted_match_with_hours_and_feedback()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var anonymous = Api.CreateClient();
        var volunteer = await coordinator.RegisterActiveVolunteerAsync(MatchingClient.Volunteer("Sara"));
        var (request, etag) = await coordinator.RequestInMatchingAsync();
        var proposed = await (await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{request}/proposals", etag, new { volunteerId = volunteer }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var link = proposed.GetProperty("answerLink").GetString()!;
        var matchId = proposed.GetProperty("id").GetGuid();
        var early = await coordinator.PostAsJsonAsync($"/api/v1/volunteer-matches/{matchId}/complete", new { hours = 2 });
        (await anonymous.PostAsJsonAsync($"/api/v1/match-offers/{link[(link.LastIndexOf('/') + 1)..]}/answer", new { accept = true })).EnsureSuccessStatusCode();

        var completed = await coordinator.PostAsJsonAsync($"/api/v1/volunteer-matches/{matchId}/complete",
            new { hours = 3.5, volunteerFeedback = "Fijne samenwerking", residentFeedback = "Heel blij mee" });
        var state = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/help-requests/{request}");
        var matches = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/help-requests/{request}/matches");

        Assert.Multiple(async () =>
        {
            await early.ShouldBeProblem(HttpStatusCode.Conflict);
            Assert.That(matches.GetProperty("items")[0].GetProperty("volunteerFirstName").GetString(), Is.EqualTo("Sara"));
            Assert.That(matches.GetProperty("items")[0].GetProperty("hours").GetDecimal(), Is.EqualTo(3.5m));
            Assert.That((await completed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString(), Is.EqualTo("Completed"));
            Assert.That(state.GetProperty("status").GetString(), Is.EqualTo("Completed"));
        });
    }

    [Test]
    public async Task Should_rank_from_the_sector_centre_without_a_home_location_and_ask_for_one_where_the_sector_has_no_boundary()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        // Kiel's demo sectors have (synthetic) boundaries; Aartselaar-Centrum has none in the demo data.
        var (inKiel, _) = await coordinator.RequestInMatchingAsync(residentId: await coordinator.RegisterResidentAsync());
        var outside = await coordinator.RegisterResidentAsync(IntakeClient.Resident(sectorCode: "11001A00-", postalCode: "2630"));
        var (elsewhere, _) = await coordinator.RequestInMatchingAsync(residentId: outside);

        var fromCentre = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/help-requests/{inKiel}/candidates");
        var withoutHome = await coordinator.GetAsync($"/api/v1/help-requests/{elsewhere}/candidates");
        var badHome = await coordinator.PutAsJsonAsync($"/api/v1/residents/{outside}/home", new { home = new { latitude = 123, longitude = 4.39 } });
        var placed = await coordinator.PutAsJsonAsync($"/api/v1/residents/{outside}/home", new { home = new { latitude = 51.136, longitude = 4.381 } });
        var withHome = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/help-requests/{elsewhere}/candidates");

        Assert.Multiple(async () =>
        {
            Assert.That(fromCentre.GetProperty("fromSectorCentre").GetBoolean(), Is.True);
            Assert.That((await withoutHome.ShouldBeProblem(HttpStatusCode.Conflict)).Detail(), Does.Contain("no location"));
            Assert.That((await badHome.ShouldBeProblem(HttpStatusCode.BadRequest)).FieldErrors("home.latitude"), Is.Not.Empty);
            Assert.That(placed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(withHome.GetProperty("fromSectorCentre").GetBoolean(), Is.False);
        });
    }

    [Test]
    public async Task Should_keep_a_networks_own_weights_and_refuse_impossible_ones()
    {
        using var coordinator = await Api.ClientForAsync("kapellen", Role.Coordinator);
        using var otherNetwork = await Api.ClientForAsync("herentals", Role.Coordinator);
        using var fieldWorker = await Api.ClientForAsync("kapellen", Role.FieldWorker);

        var set = await coordinator.PutAsJsonAsync("/api/v1/matching/weights",
            new { distance = 1, availabilityOverlap = 0, loadBalance = 0, continuity = 0, preferences = 0, distanceHalfScoreKm = 3 });
        var allZero = await coordinator.PutAsJsonAsync("/api/v1/matching/weights",
            new { distance = 0, availabilityOverlap = 0, loadBalance = 0, continuity = 0, preferences = 0, distanceHalfScoreKm = 3 });
        var negative = await coordinator.PutAsJsonAsync("/api/v1/matching/weights",
            new { distance = -1, availabilityOverlap = 0, loadBalance = 0, continuity = 0, preferences = 1, distanceHalfScoreKm = 3 });
        var mine = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/matching/weights");
        var theirs = await otherNetwork.GetFromJsonAsync<JsonElement>("/api/v1/matching/weights");

        Assert.Multiple(async () =>
        {
            Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await allZero.ShouldBeProblem(HttpStatusCode.BadRequest)).FieldErrors("distance"), Has.Some.Contains("more than zero"));
            Assert.That((await negative.ShouldBeProblem(HttpStatusCode.BadRequest)).FieldErrors("distance"), Is.Not.Empty);
            Assert.That(mine.GetProperty("isDefault").GetBoolean(), Is.False);
            Assert.That(mine.GetProperty("distanceHalfScoreKm").GetDouble(), Is.EqualTo(3));
            Assert.That(theirs.GetProperty("isDefault").GetBoolean(), Is.True);
            await (await fieldWorker.GetAsync("/api/v1/matching/weights")).ShouldBeProblem(HttpStatusCode.Forbidden);
        });
    }

    [Test]
    public async Task Should_not_rank_or_propose_across_networks()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var other = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);
        var volunteer = await coordinator.RegisterActiveVolunteerAsync(MatchingClient.Volunteer("Eigen"));
        var (request, etag) = await coordinator.RequestInMatchingAsync();
        var (otherRequest, otherEtag) = await other.RequestInMatchingAsync();

        Assert.Multiple(async () =>
        {
            await (await other.GetAsync($"/api/v1/help-requests/{request}/candidates")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await other.PostWithIfMatchAsync($"/api/v1/help-requests/{request}/proposals", etag, new { volunteerId = volunteer })).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await other.PostWithIfMatchAsync($"/api/v1/help-requests/{otherRequest}/proposals", otherEtag, new { volunteerId = volunteer })).ShouldBeProblem(HttpStatusCode.NotFound);
        });
    }
}
