using System.Net;
using System.Net.Http.Json;
using System.Text;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Intake;

/// <summary>Bad intake input gets a precise problem naming the field, and nothing is saved.</summary>
public sealed class IntakeValidationTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    [TestCase("phone", "12", "phone")]
    [TestCase("postalCode", "999", "address.postalCode")]
    [TestCase("sectorCode", "99999A00-", "address.sectorCode")]
    [TestCase("language", "xx", "languages[0]")]
    public async Task Should_name_the_field_of_an_invalid_resident(string what, string value, string field)
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var resident = what switch
        {
            "phone" => IntakeClient.Resident(phone: value),
            "postalCode" => IntakeClient.Resident(postalCode: value),
            "sectorCode" => IntakeClient.Resident(sectorCode: value),
            _ => IntakeClient.Resident(language: value),
        };

        var problem = await (await client.PostAsJsonAsync("/api/v1/residents", resident)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.FieldErrors(field), Is.Not.Empty);
    }

    [Test]
    public async Task Should_list_every_missing_field_of_a_resident()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);

        var problem = await (await client.PostAsJsonAsync("/api/v1/residents", new { })).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name),
            Is.SupersetOf(new[] { "firstName", "lastName", "address", "languages", "consents" }));
    }

    [Test]
    public async Task Should_require_consent_for_the_intake()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);

        var problem = await (await client.PostAsJsonAsync("/api/v1/residents", IntakeClient.Resident(consents: [new { purpose = "FollowUpContact" }])))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.FieldErrors("consents"), Has.Some.Contains("intake"));
    }

    [Test]
    public async Task Should_refuse_a_description_of_100_KB_without_saving_anything()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var residentId = await client.RegisterResidentAsync();
        var before = await CountRequests(client);

        var problem = await (await client.PostAsJsonAsync("/api/v1/help-requests", IntakeClient.HelpRequest(residentId, description: new string('x', 100_000))))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Multiple(async () =>
        {
            Assert.That(problem.FieldErrors("description"), Has.Some.Contains("4000"));
            Assert.That(await CountRequests(client), Is.EqualTo(before));
        });
    }

    [TestCase("urgency", "\"Catastrophic\"")]
    [TestCase("channel", "\"Telepathy\"")]
    [TestCase("wishedFrom", "\"2001-01-01\"")]
    [TestCase("categoryCode", "\"astrology\"")]
    public async Task Should_refuse_unknown_values_and_dates_in_the_past(string field, string json)
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var residentId = await client.RegisterResidentAsync();
        var body = $$"""{"residentId":"{{residentId}}","channel":"PhoneLine","categoryCode":"shopping","description":"x","urgency":"Normal","recurrence":"OneOff"}""";
        body = body.Contains($"\"{field}\":", StringComparison.Ordinal)
            ? System.Text.RegularExpressions.Regex.Replace(body, $"\"{field}\":\"[^\"]*\"", $"\"{field}\":{json}")
            : body.Replace("}", $",\"{field}\":{json}}}", StringComparison.Ordinal);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var problem = await (await client.PostAsync("/api/v1/help-requests", content)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.FieldErrors(field), Is.Not.Empty, problem.ToString());
    }

    [Test]
    public async Task Should_refuse_a_time_window_that_ends_before_it_starts()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var residentId = await client.RegisterResidentAsync();

        var problem = await (await client.PostAsJsonAsync("/api/v1/help-requests", new
        {
            residentId, channel = "WalkIn", categoryCode = "shopping", description = "x", urgency = "Low", recurrence = "OneOff",
            timeWindows = new[] { new { day = "Friday", from = "14:00", until = "09:00" } },
        })).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.FieldErrors("timeWindows[0].until"), Is.Not.Empty);
    }

    [Test]
    public async Task Should_name_the_resident_field_when_the_resident_is_unknown_or_of_another_network()
    {
        using var otherNetwork = await Api.ClientForAsync(ApiFactory.NetworkB, Role.FieldWorker);
        var foreignResident = await otherNetwork.RegisterResidentAsync();
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var before = await CountRequests(client);

        foreach (var residentId in new[] { Guid.NewGuid(), foreignResident })
        {
            var problem = await (await client.PostAsJsonAsync("/api/v1/help-requests", IntakeClient.HelpRequest(residentId)))
                .ShouldBeProblem(HttpStatusCode.BadRequest);
            Assert.That(problem.FieldErrors("residentId"), Has.Some.Contains("no such resident"));
        }

        Assert.That(await CountRequests(client), Is.EqualTo(before));
    }

    private static async Task<int> CountRequests(HttpClient client) =>
        (await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/help-requests?limit=100")).GetProperty("items").GetArrayLength();
}
