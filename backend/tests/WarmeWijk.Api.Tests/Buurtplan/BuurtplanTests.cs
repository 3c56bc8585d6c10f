using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WarmeWijk.Api.Tests.Buurtanalyse;
using WarmeWijk.Api.Tests.Reporting;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Buurtplan;

/// <summary>
/// The buurtplan: goals, actions and activities created and changed with If-Match, action statuses moved only along the
/// allowed transitions, bad input named per field, roles and networks kept apart, and the demo plan seeded.
/// </summary>
public sealed class BuurtplanTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    private readonly Dictionary<(string, Role), HttpClient> _clients = [];

    [OneTimeTearDown]
    public void DisposeClients()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }

    /// <summary>One signed-in client per network and role for the whole fixture: signing in is the slow part of these tests.</summary>
    private async Task<HttpClient> As(string network, Role role)
    {
        if (!_clients.TryGetValue((network, role), out var client))
        {
            client = await Api.ClientForAsync(network, role);
            _clients[(network, role)] = client;
        }

        return client;
    }

    [Test]
    public async Task Should_build_a_plan_of_goals_actions_and_activities_and_show_it_in_one_read()
    {
        var coordinator = await As(ApiFactory.NetworkA, Role.Coordinator);
        var fieldWorker = await As(ApiFactory.NetworkA, Role.FieldWorker);
        var kiel = await coordinator.KielAsync();
        var partner = await coordinator.PartnerIdAsync();
        var owner = (await coordinator.PlanAsync(kiel)).GetProperty("owners")[0].GetProperty("id").GetGuid();

        var goal = await coordinator.PostAsJsonAsync($"/api/v1/neighbourhoods/{kiel}/buurtplan/goals", BuurtplanClient.Goal());
        var goalBody = await goal.Content.ReadFromJsonAsync<JsonElement>();
        var goalId = goalBody.GetProperty("id").GetGuid();
        var action = BuurtplanClient.Action(ownerName: null);
        action["ownerUserId"] = owner;
        action["partnerIds"] = new[] { partner };
        var created = await coordinator.PostAsJsonAsync($"/api/v1/buurtplan/goals/{goalId}/actions", action);
        var actionBody = await created.Content.ReadFromJsonAsync<JsonElement>();
        var actionId = actionBody.GetProperty("id").GetGuid();
        var (activityId, _) = await fieldWorker.CreateAsync($"/api/v1/neighbourhoods/{kiel}/activities", BuurtplanClient.Activity(actionId: actionId));
        var plan = await fieldWorker.PlanAsync(kiel);
        var activity = plan.GetProperty("activities").EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == activityId);

        Assert.Multiple(() =>
        {
            Assert.That(goal.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(goal.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/buurtplan/goals/{goalId}"));
            Assert.That(goal.Headers.ETag!.Tag, Is.EqualTo("\"1\""));
            Assert.That(goalBody.GetProperty("findings").GetArrayLength(), Is.EqualTo(2));
            Assert.That(goalBody.GetProperty("indicators")[0].GetProperty("source").GetString(), Is.EqualTo("Buurtanalyse"));
            Assert.That(goalBody.GetProperty("indicators")[1].GetProperty("source").GetString(), Is.EqualTo("ReportKpi"));
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(actionBody.GetProperty("status").GetString(), Is.EqualTo("Planned"));
            Assert.That(actionBody.GetProperty("owner").GetString(), Is.Not.Empty);
            Assert.That(actionBody.GetProperty("partners")[0].GetProperty("id").GetGuid(), Is.EqualTo(partner));
            Assert.That(actionBody.GetProperty("nextStatuses").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { "InProgress", "Done", "Dropped" }));
            Assert.That(plan.GetProperty("goals").EnumerateArray().Select(g => g.GetProperty("id").GetGuid()), Does.Contain(goalId));
            Assert.That(plan.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == actionId).GetProperty("goalId").GetGuid(), Is.EqualTo(goalId));
            Assert.That(activity.GetProperty("actionId").GetGuid(), Is.EqualTo(actionId));
            Assert.That(activity.GetProperty("groupsReached").EnumerateArray().Select(g => g.GetString()), Is.EqualTo(new[] { "OlderResidents", "Newcomers" }));
            Assert.That(plan.GetProperty("reportKpis").EnumerateArray().Select(k => k.GetString()), Does.Contain("activity_participants"));
        });
    }

    [Test]
    public async Task Should_move_an_action_only_along_the_allowed_transitions_and_only_with_its_current_version()
    {
        var coordinator = await As(ApiFactory.NetworkA, Role.Coordinator);
        var (_, _, action, etag) = await coordinator.GoalWithActionAsync();
        var path = $"/api/v1/buurtplan/actions/{action}/status";

        var missing = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, path, null, new { status = "InProgress" });
        var started = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, path, etag, new { status = "InProgress" });
        var stale = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, path, etag, new { status = "Done" });
        var back = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, path, started.Headers.ETag!.Tag, new { status = "Planned" });
        var done = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, path, started.Headers.ETag!.Tag, new { status = "Done" });
        var dropped = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, path, done.Headers.ETag!.Tag, new { status = "Dropped" });
        var unknown = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, path, done.Headers.ETag!.Tag, new { status = 42 });
        var read = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/buurtplan/actions/{action}");

        Assert.Multiple(async () =>
        {
            await missing.ShouldBeProblem(HttpStatusCode.PreconditionRequired);
            Assert.That(started.StatusCode, Is.EqualTo(HttpStatusCode.OK), await started.Content.ReadAsStringAsync());
            Assert.That(started.Headers.ETag!.Tag, Is.EqualTo("\"2\""));
            await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
            Assert.That((await back.ShouldBeProblem(HttpStatusCode.Conflict)).Detail(), Does.Contain("cannot become Planned"));
            Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            await dropped.ShouldBeProblem(HttpStatusCode.Conflict);
            Assert.That((await unknown.ShouldBeProblem(HttpStatusCode.BadRequest)).FieldErrors("status"), Is.Not.Empty);
            Assert.That(read.GetProperty("status").GetString(), Is.EqualTo("Done"));
            Assert.That(read.GetProperty("nextStatuses").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { "InProgress" }));
        });
    }

    [Test]
    public async Task Should_change_goals_actions_and_activities_only_with_their_current_version()
    {
        var coordinator = await As(ApiFactory.NetworkA, Role.Coordinator);
        var kiel = await coordinator.KielAsync();
        var (goal, goalETag, action, actionETag) = await coordinator.GoalWithActionAsync();
        var (activity, activityETag) = await coordinator.CreateAsync($"/api/v1/neighbourhoods/{kiel}/activities", BuurtplanClient.Activity());
        var achieved = BuurtplanClient.Goal("Buren kennen elkaar");
        achieved["status"] = "Achieved";
        var later = BuurtplanClient.Action("2026-02-01", "2026-12-31");
        var linked = BuurtplanClient.Activity("2026-09-01", action);

        var goalChanged = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/buurtplan/goals/{goal}", goalETag, achieved);
        var goalStale = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/buurtplan/goals/{goal}", goalETag, achieved);
        var goalMissing = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/buurtplan/goals/{goal}", null, achieved);
        var actionChanged = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/buurtplan/actions/{action}", actionETag, later);
        var actionStale = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/buurtplan/actions/{action}", actionETag, later);
        var activityChanged = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/activities/{activity}", activityETag, linked);
        var activityStale = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/activities/{activity}", activityETag, linked);
        var goalRead = await coordinator.GetAsync($"/api/v1/buurtplan/goals/{goal}");
        var activityRead = await coordinator.GetAsync($"/api/v1/activities/{activity}");

        Assert.Multiple(async () =>
        {
            Assert.That(goalChanged.StatusCode, Is.EqualTo(HttpStatusCode.OK), await goalChanged.Content.ReadAsStringAsync());
            Assert.That(goalChanged.Headers.ETag!.Tag, Is.EqualTo("\"2\""));
            await goalStale.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
            await goalMissing.ShouldBeProblem(HttpStatusCode.PreconditionRequired);
            Assert.That(actionChanged.StatusCode, Is.EqualTo(HttpStatusCode.OK), await actionChanged.Content.ReadAsStringAsync());
            await actionStale.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
            Assert.That(activityChanged.StatusCode, Is.EqualTo(HttpStatusCode.OK), await activityChanged.Content.ReadAsStringAsync());
            await activityStale.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
            var readGoal = await goalRead.Content.ReadFromJsonAsync<JsonElement>();
            Assert.That(readGoal.GetProperty("status").GetString(), Is.EqualTo("Achieved"));
            Assert.That(readGoal.GetProperty("title").GetString(), Is.EqualTo("Buren kennen elkaar"));
            Assert.That(goalRead.Headers.ETag!.Tag, Is.EqualTo("\"2\""));
            Assert.That((await activityRead.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("actionId").GetGuid(), Is.EqualTo(action));
        });
    }

    [TestCase("noTitle", "title", "")]
    [TestCase("longTitle", "title", "120")]
    [TestCase("emailInDescription", "description", "e-mail address")]
    [TestCase("noFindings", "findings", "at least one finding")]
    [TestCase("nullFinding", "findings[0]", "")]
    [TestCase("unknownIndicatorFinding", "findings[0].code", "not a buurtanalyse indicator")]
    [TestCase("noFindingNote", "findings[1].note", "")]
    [TestCase("phoneInFindingNote", "findings[1].note", "phone number")]
    [TestCase("unknownIndicator", "indicators[1].code", "neither a buurtanalyse indicator nor a report KPI")]
    [TestCase("indicatorTwice", "indicators", "each indicator once")]
    [TestCase("noIndicators", "indicators", "")]
    [TestCase("numericStatus", "status", "")]
    public async Task Should_name_the_field_and_reason_of_a_bad_goal(string what, string field, string reason)
    {
        var coordinator = await As(ApiFactory.NetworkA, Role.Coordinator);
        var goal = BuurtplanClient.Goal();
        var findings = (object[])goal["findings"]!;
        var indicators = (object[])goal["indicators"]!;
        switch (what)
        {
            case "noTitle": goal.Remove("title"); break;
            case "longTitle": goal["title"] = new string('x', 121); break;
            case "emailInDescription": goal["description"] = "Contact via an.peeters@example.org"; break;
            case "noFindings": goal["findings"] = Array.Empty<object>(); break;
            case "nullFinding": goal["findings"] = new object?[] { null }; break;
            case "unknownIndicatorFinding": ((Dictionary<string, object?>)findings[0])["code"] = "happiness"; break;
            case "noFindingNote": ((Dictionary<string, object?>)findings[1])["note"] = " "; break;
            case "phoneInFindingNote": ((Dictionary<string, object?>)findings[1])["note"] = "Bel 0475 12 34 56"; break;
            case "unknownIndicator": ((Dictionary<string, object?>)indicators[1])["code"] = "smiles"; break;
            case "indicatorTwice": ((Dictionary<string, object?>)indicators[1])["code"] = "share_65_plus_living_alone"; break;
            case "noIndicators": goal.Remove("indicators"); break;
            default: goal["status"] = 7; break;
        }

        var kiel = await coordinator.KielAsync();
        var problem = await (await coordinator.PostAsJsonAsync($"/api/v1/neighbourhoods/{kiel}/buurtplan/goals", goal)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.FieldErrors(field), Has.Some.Contains(reason), problem.ToString());
    }

    [TestCase("dueBeforeStart", "dueOn", "on or after the day it starts")]
    [TestCase("noOwner", "ownerUserId", "one owner")]
    [TestCase("twoOwners", "ownerUserId", "not both")]
    [TestCase("unknownUser", "ownerUserId", "no coordinator, field worker or admin")]
    [TestCase("theirUser", "ownerUserId", "no coordinator, field worker or admin")]
    [TestCase("unknownPartner", "partnerIds", "partner organisation of your network")]
    [TestCase("theirPartner", "partnerIds", "partner organisation of your network")]
    [TestCase("partnerTwice", "partnerIds", "each partner once")]
    [TestCase("longOwnerName", "ownerName", "120")]
    [TestCase("phoneInNotes", "notes", "phone number")]
    [TestCase("noTitle", "title", "")]
    public async Task Should_name_the_field_and_reason_of_a_bad_action(string what, string field, string reason)
    {
        var coordinator = await As(ApiFactory.NetworkA, Role.Coordinator);
        var theirs = await As(ApiFactory.NetworkB, Role.Coordinator);
        var (goal, _) = await coordinator.CreateAsync($"/api/v1/neighbourhoods/{await coordinator.KielAsync()}/buurtplan/goals", BuurtplanClient.Goal());
        var action = BuurtplanClient.Action();
        switch (what)
        {
            case "dueBeforeStart": action["dueOn"] = "2025-12-31"; break;
            case "noOwner": action["ownerName"] = null; break;
            case "twoOwners": action["ownerUserId"] = (await coordinator.PlanAsync(await coordinator.KielAsync())).GetProperty("owners")[0].GetProperty("id").GetGuid(); break;
            case "unknownUser": action["ownerName"] = null; action["ownerUserId"] = Guid.NewGuid(); break;
            case "theirUser":
                action["ownerName"] = null;
                action["ownerUserId"] = (await theirs.PlanAsync(await theirs.NeighbourhoodIdAsync("Groenenhoek (Binnenplein)"))).GetProperty("owners")[0].GetProperty("id").GetGuid();
                break;
            case "unknownPartner": action["partnerIds"] = new[] { Guid.NewGuid() }; break;
            case "theirPartner": action["partnerIds"] = new[] { await theirs.PartnerIdAsync() }; break;
            case "partnerTwice": var p = await coordinator.PartnerIdAsync(); action["partnerIds"] = new[] { p, p }; break;
            case "longOwnerName": action["ownerName"] = new string('x', 121); break;
            case "phoneInNotes": action["notes"] = "Bel +32 475 12 34 56"; break;
            default: action["title"] = ""; break;
        }

        var problem = await (await coordinator.PostAsJsonAsync($"/api/v1/buurtplan/goals/{goal}/actions", action)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.FieldErrors(field), Has.Some.Contains(reason), problem.ToString());
    }

    [TestCase("future", "heldOn", "once it has been held")]
    [TestCase("ancient", "heldOn", "2000 or later")]
    [TestCase("negative", "participants", "")]
    [TestCase("crowd", "participants", "10000")]
    [TestCase("unknownType", "type", "")]
    [TestCase("unknownGroup", "groupsReached[0]", "")]
    [TestCase("emailInDescription", "description", "e-mail address")]
    [TestCase("nationalNumber", "description", "national register number")]
    [TestCase("unknownAction", "actionId", "no such action")]
    public async Task Should_name_the_field_and_reason_of_a_bad_activity(string what, string field, string reason)
    {
        var coordinator = await As(ApiFactory.NetworkA, Role.Coordinator);
        var activity = BuurtplanClient.Activity();
        switch (what)
        {
            case "future": activity["heldOn"] = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture); break;
            case "ancient": activity["heldOn"] = "1999-12-31"; break;
            case "negative": activity["participants"] = -1; break;
            case "crowd": activity["participants"] = 10_001; break;
            case "unknownType": activity["type"] = 99; break;
            case "unknownGroup": activity["groupsReached"] = new[] { 99 }; break;
            case "emailInDescription": activity["description"] = "Inschrijven via info@buurt.be"; break;
            case "nationalNumber": activity["description"] = "Deelnemer 85.07.30-033.61"; break;
            default: activity["actionId"] = Guid.NewGuid(); break;
        }

        var problem = await (await coordinator.PostAsJsonAsync($"/api/v1/neighbourhoods/{await coordinator.KielAsync()}/activities", activity))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.FieldErrors(field), Has.Some.Contains(reason), problem.ToString());
    }

    [Test]
    public async Task Should_let_field_workers_record_activities_analysts_read_and_keep_partners_out()
    {
        var coordinator = await As(ApiFactory.NetworkA, Role.Coordinator);
        var fieldWorker = await As(ApiFactory.NetworkA, Role.FieldWorker);
        var analyst = await As(ApiFactory.NetworkA, Role.Analyst);
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        var kiel = await coordinator.KielAsync();
        var (goal, goalETag, action, actionETag) = await coordinator.GoalWithActionAsync();
        var (activity, activityETag) = await fieldWorker.CreateAsync($"/api/v1/neighbourhoods/{kiel}/activities", BuurtplanClient.Activity());

        Assert.Multiple(async () =>
        {
            Assert.That((await analyst.GetAsync($"/api/v1/neighbourhoods/{kiel}/buurtplan")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await analyst.GetAsync($"/api/v1/buurtplan/goals/{goal}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await fieldWorker.GetAsync($"/api/v1/buurtplan/actions/{action}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            await (await analyst.PostAsJsonAsync($"/api/v1/neighbourhoods/{kiel}/activities", BuurtplanClient.Activity())).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await analyst.PostAsJsonAsync($"/api/v1/neighbourhoods/{kiel}/buurtplan/goals", BuurtplanClient.Goal())).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await fieldWorker.PostAsJsonAsync($"/api/v1/neighbourhoods/{kiel}/buurtplan/goals", BuurtplanClient.Goal())).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await fieldWorker.PostAsJsonAsync($"/api/v1/buurtplan/goals/{goal}/actions", BuurtplanClient.Action())).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await fieldWorker.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/buurtplan/goals/{goal}", goalETag, BuurtplanClient.Goal())).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await fieldWorker.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/buurtplan/actions/{action}/status", actionETag, new { status = "Done" })).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await fieldWorker.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/activities/{activity}", activityETag, BuurtplanClient.Activity())).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await analyst.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/buurtplan/actions/{action}", actionETag, BuurtplanClient.Action())).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await partner.GetAsync($"/api/v1/neighbourhoods/{kiel}/buurtplan")).ShouldBeProblem(HttpStatusCode.Forbidden);
        });
    }

    [Test]
    public async Task Should_keep_the_plan_inside_its_network()
    {
        var ours = await As(ApiFactory.NetworkA, Role.Coordinator);
        var theirs = await As(ApiFactory.NetworkB, Role.Coordinator);
        var kiel = await ours.KielAsync();
        var (goal, goalETag, action, actionETag) = await ours.GoalWithActionAsync();
        var (activity, activityETag) = await ours.CreateAsync($"/api/v1/neighbourhoods/{kiel}/activities", BuurtplanClient.Activity());
        var theirNeighbourhood = await theirs.NeighbourhoodIdAsync("Groenenhoek (Binnenplein)");

        Assert.Multiple(async () =>
        {
            await (await theirs.GetAsync($"/api/v1/neighbourhoods/{kiel}/buurtplan")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await theirs.PostAsJsonAsync($"/api/v1/neighbourhoods/{kiel}/buurtplan/goals", BuurtplanClient.Goal())).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await theirs.PostAsJsonAsync($"/api/v1/neighbourhoods/{kiel}/activities", BuurtplanClient.Activity())).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await theirs.GetAsync($"/api/v1/buurtplan/goals/{goal}")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await theirs.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/buurtplan/goals/{goal}", goalETag, BuurtplanClient.Goal())).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await theirs.PostAsJsonAsync($"/api/v1/buurtplan/goals/{goal}/actions", BuurtplanClient.Action())).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await theirs.GetAsync($"/api/v1/buurtplan/actions/{action}")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await theirs.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/buurtplan/actions/{action}/status", actionETag, new { status = "Done" })).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await theirs.GetAsync($"/api/v1/activities/{activity}")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await theirs.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/activities/{activity}", activityETag, BuurtplanClient.Activity())).ShouldBeProblem(HttpStatusCode.NotFound);
            Assert.That((await theirs.PostAsJsonAsync($"/api/v1/neighbourhoods/{theirNeighbourhood}/activities", BuurtplanClient.Activity(actionId: action))).StatusCode,
                Is.EqualTo(HttpStatusCode.BadRequest), "our action is not theirs to link");
            Assert.That((await theirs.PlanAsync(theirNeighbourhood)).GetProperty("goals").EnumerateArray().Select(g => g.GetProperty("id").GetGuid()), Does.Not.Contain(goal));
        });
    }

    [Test]
    public async Task Should_seed_a_small_demo_plan_for_the_demo_neighbourhood()
    {
        var analyst = await As(ApiFactory.NetworkB, Role.Analyst);

        var plan = await analyst.PlanAsync(await analyst.NeighbourhoodIdAsync("Groenenhoek (Binnenplein)"));

        Assert.Multiple(() =>
        {
            Assert.That(plan.GetProperty("goals").GetArrayLength(), Is.GreaterThanOrEqualTo(2));
            Assert.That(plan.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("status").GetString()), Does.Contain("InProgress").And.Contain("Done"));
            Assert.That(plan.GetProperty("activities").GetArrayLength(), Is.GreaterThanOrEqualTo(12));
            Assert.That(plan.GetProperty("goals")[0].GetProperty("description").GetString(), Does.StartWith("Demo"));
        });
    }
}
