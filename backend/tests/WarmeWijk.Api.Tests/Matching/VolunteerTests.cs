using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WarmeWijk.Api.Tests.Intake;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Matching;

/// <summary>Volunteer profiles: registered, changed with If-Match, moved along the pipeline; bad input named per field.</summary>
public sealed class VolunteerTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    [Test]
    public async Task Should_register_a_volunteer_at_intake_and_move_them_along_the_pipeline()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);

        var created = await coordinator.PostAsJsonAsync("/api/v1/volunteers", MatchingClient.Volunteer("Greet"));
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        var training = await coordinator.PostWithIfMatchAsync($"/api/v1/volunteers/{id}/status", created.Headers.ETag!.Tag, new { to = "Training", reason = "Start basisvorming" });
        var backToIntake = await coordinator.PostWithIfMatchAsync($"/api/v1/volunteers/{id}/status", training.Headers.ETag!.Tag, new { to = "Paused", reason = "Even niet" });
        var stale = await coordinator.PostWithIfMatchAsync($"/api/v1/volunteers/{id}/status", created.Headers.ETag!.Tag, new { to = "Active", reason = "Klaar" });

        Assert.Multiple(async () =>
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("Intake"));
            Assert.That(body.GetProperty("languages")[0].GetProperty("code").GetString(), Is.EqualTo("nl"));
            Assert.That((await training.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString(), Is.EqualTo("Training"));
            Assert.That((await backToIntake.ShouldBeProblem(HttpStatusCode.Conflict)).Detail(), Does.Contain("from Training"));
            await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        });
    }

    [Test]
    public async Task Should_change_a_profile_only_with_the_current_version_and_audit_every_read()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var created = await coordinator.PostAsJsonAsync("/api/v1/volunteers", MatchingClient.Volunteer("Jan"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var changed = MatchingClient.Volunteer("Jan", maxTravelKm: 12);

        var withoutIfMatch = await coordinator.PutAsJsonAsync($"/api/v1/volunteers/{id}", changed);
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/volunteers/{id}") { Content = JsonContent.Create(changed) };
        put.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);
        var updated = await coordinator.SendAsync(put);
        var read = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/volunteers/{id}");
        var audit = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityId={id}");

        Assert.Multiple(async () =>
        {
            await withoutIfMatch.ShouldBeProblem(HttpStatusCode.PreconditionRequired);
            Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(read.GetProperty("maxTravelKm").GetDouble(), Is.EqualTo(12));
            Assert.That(audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()), Is.SupersetOf(new[] { "Create", "Update", "Read" }));
        });
    }

    [TestCase("availability", "overlap", "availability")]
    [TestCase("inverted", "end after", "availability[0].until")]
    [TestCase("buddyType", null, "buddyTypes[0]")]
    [TestCase("language", "ISO 639-1", "languages[0].code")]
    [TestCase("distance", "between 0 and 100", "maxTravelKm")]
    [TestCase("capacity", "between 0 and 20", "maxConcurrentMatches")]
    [TestCase("screening", "expire after", "screening.expiresOn")]
    [TestCase("sector", "statistical sector", "sectorCode")]
    [TestCase("noAvailability", "weekly moment", "availability")]
    [TestCase("noLanguages", "at least one language", "languages")]
    public async Task Should_name_the_field_and_reason_of_a_bad_profile(string what, string? reason, string field)
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var volunteer = MatchingClient.Volunteer();
        switch (what)
        {
            case "availability":
                volunteer["availability"] = new[] { new { day = "Monday", from = "09:00", until = "12:00" }, new { day = "Monday", from = "11:00", until = "14:00" } };
                break;
            case "inverted":
                volunteer["availability"] = new[] { new { day = "Monday", from = "14:00", until = "09:00" } };
                break;
            case "buddyType":
                volunteer["buddyTypes"] = new[] { "Astronaut" };
                break;
            case "language":
                volunteer["languages"] = new[] { new { code = "xx", level = "Fluent" } };
                break;
            case "distance":
                volunteer["maxTravelKm"] = -3;
                break;
            case "capacity":
                volunteer["maxConcurrentMatches"] = -1;
                break;
            case "screening":
                volunteer["screening"] = new { issuedOn = "2026-05-01", expiresOn = "2026-01-01" };
                break;
            case "noAvailability":
                volunteer.Remove("availability");
                break;
            case "noLanguages":
                volunteer.Remove("languages");
                break;
            default:
                volunteer["sectorCode"] = "99999Z99-";
                break;
        }

        var problem = await (await coordinator.PostAsJsonAsync("/api/v1/volunteers", volunteer)).ShouldBeProblem(HttpStatusCode.BadRequest);

        if (what == "buddyType")
        {
            Assert.That(problem.Detail(), Does.Contain("buddyTypes"));
        }
        else
        {
            Assert.That(problem.FieldErrors(field), Has.Some.Contains(reason!), problem.ToString());
        }
    }

    [Test]
    public async Task Should_keep_volunteers_within_their_network_and_away_from_other_roles()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var otherCoordinator = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);
        using var fieldWorker = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        using var analyst = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Analyst);
        var id = await coordinator.RegisterActiveVolunteerAsync(MatchingClient.Volunteer("Lien"));

        Assert.Multiple(async () =>
        {
            await (await otherCoordinator.GetAsync($"/api/v1/volunteers/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
            Assert.That((await otherCoordinator.GetFromJsonAsync<JsonElement>("/api/v1/volunteers")).GetProperty("items").EnumerateArray()
                .Select(v => v.GetProperty("id").GetGuid()), Does.Not.Contain(id));
            await (await fieldWorker.GetAsync($"/api/v1/volunteers/{id}")).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await analyst.GetAsync("/api/v1/volunteers")).ShouldBeProblem(HttpStatusCode.Forbidden);
        });
    }

    [Test]
    public async Task Should_record_feedback_and_hours_and_refuse_hours_in_the_future()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var id = await coordinator.RegisterActiveVolunteerAsync(MatchingClient.Volunteer("Wout"));

        var feedback = await coordinator.PostAsJsonAsync($"/api/v1/volunteers/{id}/feedback", new { on = "2026-11-20", notes = "Loopt goed, wil graag ook tuinwerk." });
        var hours = await coordinator.PostAsJsonAsync($"/api/v1/volunteers/{id}/hours", new { on = "2026-11-19", hours = 2.5 });
        var future = await coordinator.PostAsJsonAsync($"/api/v1/volunteers/{id}/hours", new { on = "2099-01-01", hours = 2 });
        var tooMany = await coordinator.PostAsJsonAsync($"/api/v1/volunteers/{id}/hours", new { on = "2026-11-19", hours = 30 });
        var profile = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/volunteers/{id}");

        Assert.Multiple(async () =>
        {
            Assert.That(feedback.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(hours.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await future.ShouldBeProblem(HttpStatusCode.BadRequest)).FieldErrors("on"), Is.Not.Empty);
            Assert.That((await tooMany.ShouldBeProblem(HttpStatusCode.BadRequest)).FieldErrors("hours"), Is.Not.Empty);
            Assert.That(profile.GetProperty("totalHours").GetDecimal(), Is.EqualTo(2.5m));
            Assert.That(profile.GetProperty("feedback").GetArrayLength(), Is.EqualTo(1));
        });
    }
}
