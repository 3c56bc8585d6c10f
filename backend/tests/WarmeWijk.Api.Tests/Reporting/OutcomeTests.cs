using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WarmeWijk.Api.Tests.Buurtanalyse;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Reporting;

/// <summary>
/// Outcomes and stories: recorded, changed and deleted with If-Match, listed with counts per type; bad input named per
/// field, text that could identify a resident refused, roles and networks kept apart. The demo seed already holds outcomes
/// of the last eighteen months, so tests that count use periods of their own, years ago.
/// </summary>
public sealed class OutcomeTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    [Test]
    public async Task Should_record_change_and_delete_an_outcome_only_with_its_current_version()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var kiel = await coordinator.NeighbourhoodIdAsync("Kiel");

        var created = await coordinator.PostAsJsonAsync("/api/v1/outcomes", OutcomeClient.Outcome(neighbourhoodId: kiel, types: ["Trust", "SocialRelations", "Trust"]));
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        var path = $"/api/v1/outcomes/{id}";
        var changed = OutcomeClient.Outcome(neighbourhoodId: kiel, types: ["WayToCare"], title: "Sneller naar de thuisverpleging");

        var withoutIfMatch = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, path, null, changed);
        var updated = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, path, created.Headers.ETag!.Tag, changed);
        var stale = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, path, created.Headers.ETag!.Tag, changed);
        var read = await coordinator.GetAsync(path);
        var staleDelete = await coordinator.SendWithIfMatchAsync(HttpMethod.Delete, path, created.Headers.ETag!.Tag);
        var deleted = await coordinator.SendWithIfMatchAsync(HttpMethod.Delete, path, updated.Headers.ETag!.Tag);
        var gone = await coordinator.GetAsync(path);

        Assert.Multiple(async () =>
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(created.Headers.Location!.ToString(), Is.EqualTo(path));
            Assert.That(created.Headers.ETag!.Tag, Is.EqualTo("\"1\""));
            Assert.That(body.GetProperty("neighbourhoodName").GetString(), Is.EqualTo("Kiel"));
            Assert.That(body.GetProperty("types").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "SocialRelations", "Trust" }));
            Assert.That(body.GetProperty("canChange").GetBoolean(), Is.True);
            await withoutIfMatch.ShouldBeProblem(HttpStatusCode.PreconditionRequired);
            Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK), await updated.Content.ReadAsStringAsync());
            Assert.That(updated.Headers.ETag!.Tag, Is.EqualTo("\"2\""));
            await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
            Assert.That((await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(), Is.EqualTo("Sneller naar de thuisverpleging"));
            Assert.That(read.Headers.ETag!.Tag, Is.EqualTo("\"2\""));
            await staleDelete.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            await gone.ShouldBeProblem(HttpStatusCode.NotFound);
        });
    }

    [Test]
    public async Task Should_list_a_period_newest_first_a_page_at_a_time_with_counts_per_type()
    {
        using var fieldWorker = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        using var analyst = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Analyst);
        var kiel = await fieldWorker.NeighbourhoodIdAsync("Kiel");
        var (march, _) = await fieldWorker.RecordOutcomeAsync(OutcomeClient.Outcome("2019-03-01", kiel, ["Trust", "SocialRelations"]));
        var (may, _) = await fieldWorker.RecordOutcomeAsync(OutcomeClient.Outcome("2019-05-01", kiel, ["Trust"]));
        var (april, _) = await fieldWorker.RecordOutcomeAsync(OutcomeClient.Outcome("2019-04-01", null, ["WayToCare"]));
        await fieldWorker.RecordOutcomeAsync(OutcomeClient.Outcome("2018-12-31", kiel, ["Trust"]));

        var first = await analyst.OutcomesAsync("?from=2019-01-01&to=2019-12-31&limit=2");
        var second = await analyst.OutcomesAsync($"?from=2019-01-01&to=2019-12-31&limit=2&cursor={first.GetProperty("nextCursor").GetGuid()}");
        var trust = await analyst.OutcomesAsync("?from=2019-01-01&to=2019-12-31&type=Trust");
        var inKiel = await analyst.OutcomesAsync($"?from=2019-01-01&to=2019-12-31&neighbourhoodId={kiel}");
        var byDefault = await analyst.OutcomesAsync(string.Empty);

        Assert.Multiple(() =>
        {
            Assert.That(first.Ids(), Is.EqualTo(new[] { may, april }));
            Assert.That(second.Ids(), Is.EqualTo(new[] { march }));
            Assert.That(second.GetProperty("nextCursor").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(first.GetProperty("total").GetInt32(), Is.EqualTo(3));
            Assert.That(first.CountOf("Trust"), Is.EqualTo(2));
            Assert.That(first.CountOf("SocialRelations"), Is.EqualTo(1));
            Assert.That(first.CountOf("WayToCare"), Is.EqualTo(1));
            Assert.That(first.CountOf("PartnerCollaboration"), Is.EqualTo(0));
            Assert.That(first.GetProperty("countsByType").GetArrayLength(), Is.EqualTo(5));
            Assert.That(first.GetProperty("items")[1].GetProperty("neighbourhoodName").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(first.GetProperty("items")[0].GetProperty("neighbourhoodName").GetString(), Is.EqualTo("Kiel"));
            Assert.That(first.GetProperty("items")[0].GetProperty("canChange").GetBoolean(), Is.False, "an analyst reads only");
            Assert.That(trust.Ids(), Is.EqualTo(new[] { may, march }));
            Assert.That(trust.GetProperty("total").GetInt32(), Is.EqualTo(2));
            Assert.That(trust.CountOf("WayToCare"), Is.EqualTo(1), "the counts ignore the type filter");
            Assert.That(inKiel.Ids(), Is.EqualTo(new[] { may, march }));
            Assert.That(byDefault.GetProperty("from").GetString(), Is.EqualTo(DateOnly.Parse(byDefault.GetProperty("to").GetString()!, CultureInfo.InvariantCulture).AddYears(-5).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            Assert.That(byDefault.GetProperty("total").GetInt32(), Is.GreaterThanOrEqualTo(6), "the seeded outcomes of the last eighteen months");
            Assert.That(byDefault.Ids(), Does.Not.Contain(may));
        });
    }

    [TestCase("future", "observedOn", "has not come yet")]
    [TestCase("noTypes", "types", "at least one outcome type")]
    [TestCase("numericType", "types[0]", "")]
    [TestCase("longTitle", "title", "120")]
    [TestCase("longChange", "change", "2000")]
    [TestCase("longSource", "source", "300")]
    [TestCase("noSource", "source", "")]
    [TestCase("email", "change", "e-mail address")]
    [TestCase("phone", "title", "phone number")]
    [TestCase("nationalNumber", "source", "national register number")]
    [TestCase("mobileInContribution", "contribution", "phone number")]
    [TestCase("theirNeighbourhood", "neighbourhoodId", "no such neighbourhood")]
    public async Task Should_name_the_field_and_reason_of_a_bad_outcome(string what, string field, string reason)
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var outcome = OutcomeClient.Outcome();
        switch (what)
        {
            case "future":
                outcome["observedOn"] = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                break;
            case "noTypes":
                outcome["types"] = Array.Empty<string>();
                break;
            case "numericType":
                outcome["types"] = new[] { 42 };
                break;
            case "longTitle":
                outcome["title"] = new string('x', 121);
                break;
            case "longChange":
                outcome["change"] = new string('x', 2001);
                break;
            case "longSource":
                outcome["source"] = new string('x', 301);
                break;
            case "noSource":
                outcome.Remove("source");
                break;
            case "email":
                outcome["change"] = "Mevrouw is te bereiken via an.peeters@example.org.";
                break;
            case "phone":
                outcome["title"] = "Belt nu zelf: 0475 12 34 56";
                break;
            case "nationalNumber":
                outcome["source"] = "Bewoner met rijksregisternummer 85.07.30-033.61";
                break;
            case "mobileInContribution":
                outcome["contribution"] = "De veldwerker gaf haar nummer (+32 475 12 34 56).";
                break;
            default:
                using (var theirs = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator))
                {
                    outcome["neighbourhoodId"] = await theirs.NeighbourhoodIdAsync("Groenenhoek (Binnenplein)");
                }

                break;
        }

        var problem = await (await coordinator.PostAsJsonAsync("/api/v1/outcomes", outcome)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.FieldErrors(field), Has.Some.Contains(reason), problem.ToString());
    }

    [Test]
    public async Task Should_refuse_an_unknown_type_naming_the_field()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var outcome = OutcomeClient.Outcome(types: ["Happiness"]);

        var problem = await (await coordinator.PostAsJsonAsync("/api/v1/outcomes", outcome)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.Detail(), Does.Contain("types"));
    }

    [TestCase("?from=2020-01-01&to=2019-12-31", "to", "ends before it starts")]
    [TestCase("?from=2015-01-01&to=2020-01-01", "to", "at most 5 years")]
    [TestCase("?type=42", "type", "")]
    [TestCase("?limit=0", "limit", "")]
    [TestCase("?cursor=0190f3a2-0000-7000-8000-000000000001", "cursor", "load the list again")]
    public async Task Should_name_the_filter_that_is_wrong(string query, string field, string reason)
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);

        var problem = await (await coordinator.GetAsync($"/api/v1/outcomes{query}")).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.FieldErrors(field), Has.Some.Contains(reason), problem.ToString());
    }

    [Test]
    public async Task Should_accept_a_period_of_exactly_five_years()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);

        var response = await coordinator.GetAsync("/api/v1/outcomes?from=2015-01-01&to=2019-12-31");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Should_let_a_field_worker_change_only_their_own_outcomes_and_a_coordinator_every_one()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var fieldWorker = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var (coordinators, coordinatorsETag) = await coordinator.RecordOutcomeAsync(OutcomeClient.Outcome("2018-06-01"));
        var (own, ownETag) = await fieldWorker.RecordOutcomeAsync(OutcomeClient.Outcome("2018-06-02"));

        var notTheirs = await fieldWorker.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/outcomes/{coordinators}", coordinatorsETag, OutcomeClient.Outcome("2018-06-01"));
        var notTheirsDelete = await fieldWorker.SendWithIfMatchAsync(HttpMethod.Delete, $"/api/v1/outcomes/{coordinators}", coordinatorsETag);
        var theirOwn = await fieldWorker.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/outcomes/{own}", ownETag, OutcomeClient.Outcome("2018-06-03"));
        var corrected = await coordinator.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/outcomes/{own}", theirOwn.Headers.ETag!.Tag, OutcomeClient.Outcome("2018-06-04"));
        var listed = await fieldWorker.OutcomesAsync("?from=2018-06-01&to=2018-06-30");

        Assert.Multiple(async () =>
        {
            Assert.That((await notTheirs.ShouldBeProblem(HttpStatusCode.Forbidden)).Detail(), Does.Contain("only the outcomes they recorded"));
            await notTheirsDelete.ShouldBeProblem(HttpStatusCode.Forbidden);
            Assert.That(theirOwn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(corrected.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(listed.GetProperty("items").EnumerateArray().Select(o => (o.GetProperty("id").GetGuid(), o.GetProperty("canChange").GetBoolean())),
                Is.EquivalentTo(new[] { (own, true), (coordinators, false) }));
        });
    }

    [Test]
    public async Task Should_let_an_analyst_read_but_not_write_and_keep_partners_out()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var analyst = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Analyst);
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        var (id, etag) = await coordinator.RecordOutcomeAsync(OutcomeClient.Outcome("2017-02-01"));

        Assert.Multiple(async () =>
        {
            Assert.That((await analyst.GetAsync("/api/v1/outcomes")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await analyst.GetAsync($"/api/v1/outcomes/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            await (await analyst.PostAsJsonAsync("/api/v1/outcomes", OutcomeClient.Outcome())).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await analyst.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/outcomes/{id}", etag, OutcomeClient.Outcome())).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await analyst.SendWithIfMatchAsync(HttpMethod.Delete, $"/api/v1/outcomes/{id}", etag)).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await partner.GetAsync("/api/v1/outcomes")).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await partner.PostAsJsonAsync("/api/v1/outcomes", OutcomeClient.Outcome())).ShouldBeProblem(HttpStatusCode.Forbidden);
        });
    }

    [Test]
    public async Task Should_keep_outcomes_inside_their_network()
    {
        using var ours = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var theirs = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);
        var (id, etag) = await ours.RecordOutcomeAsync(OutcomeClient.Outcome("2016-09-01"));
        var path = $"/api/v1/outcomes/{id}";

        Assert.Multiple(async () =>
        {
            await (await theirs.GetAsync(path)).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await theirs.SendWithIfMatchAsync(HttpMethod.Put, path, etag, OutcomeClient.Outcome())).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await theirs.SendWithIfMatchAsync(HttpMethod.Delete, path, etag)).ShouldBeProblem(HttpStatusCode.NotFound);
            Assert.That((await theirs.OutcomesAsync("?from=2016-01-01&to=2016-12-31")).Ids(), Does.Not.Contain(id));
            Assert.That((await theirs.OutcomesAsync("?from=2016-01-01&to=2016-12-31")).GetProperty("total").GetInt32(), Is.Zero);
            await (await theirs.GetAsync($"/api/v1/outcomes?cursor={id}")).ShouldBeProblem(HttpStatusCode.BadRequest);
            Assert.That((await ours.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "still there for its own network");
        });
    }
}
