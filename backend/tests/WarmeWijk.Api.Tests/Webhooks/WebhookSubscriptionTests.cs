using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Common.Webhooks;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Partners;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Webhooks;

/// <summary>Partners manage their own subscriptions, and only their own.</summary>
public sealed class WebhookSubscriptionTests(DatabaseProvider provider) : WebhookTestBase(provider)
{
    private const string Subscriptions = "/api/v1/webhook-subscriptions";

    // The dispatcher is off here: these tests are about the API, and it shows the switch works.
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Webhooks:Enabled"] = "false" };

    [Test]
    public async Task Should_create_a_subscription_and_show_its_secret_only_once()
    {
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);

        var response = await partner.PostAsJsonAsync(Subscriptions, new { url = "https://partner.example.org/hooks/warmewijk" });
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        var secret = created.GetProperty("secret").GetString()!;
        var list = await partner.GetFromJsonAsync<JsonElement>(Subscriptions);
        var one = await partner.GetFromJsonAsync<JsonElement>($"{Subscriptions}/{id}");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"{Subscriptions}/{id}"));
            Assert.That(created.GetProperty("url").GetString(), Is.EqualTo("https://partner.example.org/hooks/warmewijk"));
            Assert.That(secret, Does.StartWith("whsec_"));
            Assert.That(Convert.FromBase64String(secret["whsec_".Length..]), Has.Length.EqualTo(32), "The key is 32 random bytes.");
            Assert.That(list.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()), Is.EqualTo(new[] { id }));
            Assert.That(list.GetProperty("items")[0].TryGetProperty("secret", out _), Is.False, "The list never shows the secret.");
            Assert.That(one.TryGetProperty("secret", out _), Is.False, "Reading one never shows the secret.");
            Assert.That(one.GetProperty("url").GetString(), Is.EqualTo("https://partner.example.org/hooks/warmewijk"));
        });
    }

    [TestCase("")]
    [TestCase("not a url")]
    [TestCase("/hooks/relative")]
    [TestCase("ftp://partner.example.org/hooks")]
    [TestCase("http://partner.example.org/hooks")]
    [TestCase("https://user:password@partner.example.org/hooks")]
    public async Task Should_refuse_a_url_that_is_not_absolute_https_with_a_field_error(string url)
    {
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);

        var problem = await (await partner.PostAsJsonAsync(Subscriptions, new { url })).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.FieldErrors("url"), Is.Not.Empty);
    }

    [Test]
    public async Task Should_refuse_a_url_longer_than_2000_characters()
    {
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        var url = "https://partner.example.org/" + new string('a', 2000);

        var problem = await (await partner.PostAsJsonAsync(Subscriptions, new { url })).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.FieldErrors("url").Single(), Does.Contain("2000"));
    }

    [Test]
    public async Task Should_refuse_a_secret_chosen_by_the_caller()
    {
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);

        var problem = await (await partner.PostAsJsonAsync(Subscriptions, new { url = "https://partner.example.org/hooks", secret = "whsec_mine" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.Detail(), Does.Contain("'secret' is not known"));
    }

    [TestCase("http://127.0.0.1:9/hooks")]
    [TestCase("http://localhost:5000/hooks")]
    [TestCase("http://[::1]:5000/hooks")]
    public async Task Should_allow_plain_http_on_loopback_for_testing(string url)
    {
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);

        var response = await partner.PostAsJsonAsync(Subscriptions, new { url });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Should_refuse_to_subscribe_the_same_url_twice()
    {
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        (await partner.PostAsJsonAsync(Subscriptions, new { url = "https://partner.example.org/twice" })).EnsureSuccessStatusCode();

        var problem = await (await partner.PostAsJsonAsync(Subscriptions, new { url = "https://partner.example.org/twice" })).ShouldBeProblem(HttpStatusCode.Conflict);

        Assert.That(problem.Detail(), Does.Contain("already subscribed"));
    }

    [Test]
    public async Task Should_deactivate_a_subscription_when_its_partner_deletes_it()
    {
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        var id = (await (await partner.PostAsJsonAsync(Subscriptions, new { url = "https://partner.example.org/gone" })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetGuid();

        var deleted = await partner.DeleteAsync($"{Subscriptions}/{id}");

        Assert.Multiple(async () =>
        {
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            await (await partner.GetAsync($"{Subscriptions}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await partner.DeleteAsync($"{Subscriptions}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
            Assert.That((await partner.GetFromJsonAsync<JsonElement>(Subscriptions)).GetProperty("total").GetInt32(), Is.Zero);
        });
        var referral = Guid.NewGuid();
        await EnqueueAsync(await PartnerOrganisationOf(ApiFactory.NetworkA), [(referral, StatusChange(referral, 1))]);
        Assert.That(await MessagesOf(id), Is.Empty, "A deleted subscription gets no new messages.");
    }

    [Test]
    public async Task Should_not_let_a_partner_see_or_delete_another_partners_subscription()
    {
        using var ours = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        var id = (await (await ours.PostAsJsonAsync(Subscriptions, new { url = "https://partner.example.org/ours" })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetGuid();
        using var otherNetwork = await Api.PartnerClientForAsync(ApiFactory.NetworkB);
        using var sameNetwork = await SecondPartnerInNetworkA();

        foreach (var other in new[] { otherNetwork, sameNetwork })
        {
            await (await other.GetAsync($"{Subscriptions}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
            await (await other.DeleteAsync($"{Subscriptions}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
            Assert.That((await other.GetFromJsonAsync<JsonElement>(Subscriptions)).GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()), Does.Not.Contain(id));
        }

        Assert.That((await ours.GetAsync($"{Subscriptions}/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "Still there for its owner.");
    }

    [TestCase(Role.Coordinator)]
    [TestCase(Role.Admin)]
    [TestCase(Role.FieldWorker)]
    public async Task Should_forbid_staff_to_manage_subscriptions(Role role)
    {
        using var staff = await Api.ClientForAsync(ApiFactory.NetworkA, role);

        await (await staff.PostAsJsonAsync(Subscriptions, new { url = "https://partner.example.org/staff" })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await staff.GetAsync(Subscriptions)).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Should_require_a_token()
    {
        using var anonymous = Api.CreateClient();

        await (await anonymous.GetAsync(Subscriptions)).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Test]
    public void Should_not_run_the_dispatcher_when_webhooks_are_disabled()
    {
        var hosted = Api.Services.GetServices<IHostedService>().Select(s => s.GetType().Name);

        Assert.Multiple(() =>
        {
            Assert.That(hosted, Does.Not.Contain("WebhookDispatcher"));
            Assert.That(Api.Services.CreateScope().ServiceProvider.GetService<IWebhookOutbox>(), Is.Not.Null, "The outbox still records events.");
        });
    }

    /// <summary>A second partner organisation with its own client in network A, signed in with client credentials.</summary>
    private async Task<HttpClient> SecondPartnerInNetworkA()
    {
        const string clientId = "kiel-second-partner";
        const string clientSecret = "second-partner-secret-0123456789";
        await using (var scope = Api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (!await db.PartnerApiClients.IgnoreQueryFilters().AnyAsync(c => c.ClientId == clientId))
            {
                var network = await db.Networks.Where(n => n.Slug == ApiFactory.NetworkA).Select(n => n.Id).SingleAsync();
                var organisation = new PartnerOrganisation("Tweede partner in Kiel");
                organisation.AssignToNetwork(network);
                var client = new PartnerApiClient(organisation.Id, clientId, scope.ServiceProvider.GetRequiredService<ISecretHasher>().Hash(clientSecret), DateTimeOffset.UtcNow);
                client.AssignToNetwork(network);
                db.AddRange(organisation, client);
                await db.SaveChangesAsync();
            }
        }

        using var anonymous = Api.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
        });
        var token = await (await anonymous.PostAsync("/api/v1/auth/token", form)).Content.ReadFromJsonAsync<JsonElement>();
        return Api.WithBearer(token.GetProperty("accessToken").GetString()!);
    }
}
