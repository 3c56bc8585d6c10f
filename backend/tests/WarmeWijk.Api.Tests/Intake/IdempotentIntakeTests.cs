using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Intake;

/// <summary>A field worker's retry on a flaky connection never creates a second request.</summary>
public sealed class IdempotentIntakeTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    [Test]
    public async Task Should_answer_a_retry_with_the_first_response()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var residentId = await client.RegisterResidentAsync();
        var key = Guid.NewGuid().ToString();

        var first = await Send(client, key, IntakeClient.HelpRequest(residentId));
        var retry = await Send(client, key, IntakeClient.HelpRequest(residentId));

        Assert.Multiple(async () =>
        {
            Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(retry.Headers.Location, Is.EqualTo(first.Headers.Location));
            Assert.That(retry.Headers.GetValues("Idempotent-Replayed"), Is.EqualTo(new[] { "true" }));
            Assert.That(await IdOf(retry), Is.EqualTo(await IdOf(first)));
            Assert.That(await RequestsOf(residentId), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_answer_a_retry_with_the_first_response_even_when_the_request_would_now_be_refused()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var residentId = await client.RegisterResidentAsync();
        var key = Guid.NewGuid().ToString();
        var first = await Send(client, key, IntakeClient.HelpRequest(residentId));
        (await client.DeleteAsync($"/api/v1/residents/{residentId}/consents/Intake")).EnsureSuccessStatusCode();

        var retry = await Send(client, key, IntakeClient.HelpRequest(residentId));
        var fresh = await Send(client, Guid.NewGuid().ToString(), IntakeClient.HelpRequest(residentId));

        Assert.Multiple(async () =>
        {
            Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(await IdOf(retry), Is.EqualTo(await IdOf(first)));
            Assert.That(fresh.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a new key gets the rule as it is now");
            Assert.That(await RequestsOf(residentId), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_refuse_the_same_key_with_another_body()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var residentId = await client.RegisterResidentAsync();
        var key = Guid.NewGuid().ToString();
        await Send(client, key, IntakeClient.HelpRequest(residentId));

        var problem = await (await Send(client, key, IntakeClient.HelpRequest(residentId, description: "Iets anders"))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);

        Assert.That(problem.Detail(), Does.Contain("different request body"));
    }

    [Test]
    public async Task Should_create_exactly_one_request_from_twenty_concurrent_identical_posts()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var residentId = await client.RegisterResidentAsync();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Send(client, key, IntakeClient.HelpRequest(residentId))));
        var ids = await Task.WhenAll(responses.Select(IdOf));

        Assert.Multiple(async () =>
        {
            Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Created));
            Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
            Assert.That(await RequestsOf(residentId), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_save_nothing_when_the_request_is_invalid_and_accept_the_corrected_one_with_the_same_key()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.FieldWorker);
        var residentId = await client.RegisterResidentAsync();
        var key = Guid.NewGuid().ToString();

        await (await Send(client, key, IntakeClient.HelpRequest(residentId, category: "astrology"))).ShouldBeProblem(HttpStatusCode.BadRequest);
        var corrected = await Send(client, key, IntakeClient.HelpRequest(residentId));

        Assert.That(corrected.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string key, object body)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/api/v1/help-requests") { Content = JsonContent.Create(body) };
        message.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(message);
    }

    private static async Task<Guid> IdOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

    private async Task<int> RequestsOf(Guid residentId)
    {
        using var scope = Api.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().HelpRequests.IgnoreQueryFilters().CountAsync(h => h.ResidentId == residentId);
    }
}
