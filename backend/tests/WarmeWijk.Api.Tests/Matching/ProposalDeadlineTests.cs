using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WarmeWijk.Api.Tests.Intake;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Matching;

/// <summary>A proposal nobody answers in time expires: the link refuses a late answer and the request goes back to Matching.</summary>
[TestFixtureSource(typeof(ApiTestBase), nameof(ApiTestBase.Providers))]
public sealed class ProposalDeadlineTests(DatabaseProvider provider)
{
    private ApiFactory _api = null!;

    [OneTimeSetUp]
    public async Task StartApi() => _api = await ApiFactory.StartAsync(provider, new Dictionary<string, string?>
    {
        ["Matching:AnswerWithin"] = "00:00:01",
        ["Matching:ExpiryCheckInterval"] = "00:00:00.200",
    });

    [OneTimeTearDown]
    public async Task StopApi() => await _api.DisposeAsync();

    [Test]
    public async Task Should_refuse_a_late_answer_and_reopen_matching()
    {
        using var coordinator = await _api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var anonymous = _api.CreateClient();
        var volunteer = await coordinator.RegisterActiveVolunteerAsync(MatchingClient.Volunteer("Laat"));
        var (request, etag) = await coordinator.RequestInMatchingAsync();
        var link = (await (await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{request}/proposals", etag, new { volunteerId = volunteer }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("answerLink").GetString()!;
        var token = link[(link.LastIndexOf('/') + 1)..];

        var status = string.Empty;
        for (var wait = 0; wait < 100 && status != "Matching"; wait++)
        {
            await Task.Delay(200);
            status = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/help-requests/{request}")).GetProperty("status").GetString()!;
        }

        var late = await anonymous.PostAsJsonAsync($"/api/v1/match-offers/{token}/answer", new { accept = true });
        var offer = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/match-offers/{token}");
        Assert.Multiple(async () =>
        {
            Assert.That(status, Is.EqualTo("Matching"), "the expiry put the request back in Matching");
            Assert.That((await late.ShouldBeProblem(HttpStatusCode.Conflict)).Detail(), Does.Contain("Expired").Or.Contain("expired"));
            Assert.That(offer.GetProperty("status").GetString(), Is.EqualTo("Expired"));
        });
    }
}
