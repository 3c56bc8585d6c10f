using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Webhooks;
using WarmeWijk.Domain.Webhooks;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Webhooks;

/// <summary>
/// Runs a fixture on SQLite and on PostgreSQL with its own API (and database) whose webhook dispatcher uses the
/// fixture's <see cref="Settings"/> (fast timings). After each test every subscription is deactivated, so a test never
/// receives another test's events.
/// </summary>
[TestFixtureSource(typeof(ApiTestBase), nameof(ApiTestBase.Providers))]
public abstract class WebhookTestBase(DatabaseProvider provider)
{
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(20);

    protected ApiFactory Api { get; private set; } = null!;

    protected DatabaseProvider Provider => provider;

    /// <summary>Extra configuration for this fixture's API, usually <c>Webhooks:*</c> timings.</summary>
    protected abstract IReadOnlyDictionary<string, string?> Settings { get; }

    [OneTimeSetUp]
    public async Task StartApi() => Api = await ApiFactory.StartAsync(provider, Settings);

    [OneTimeTearDown]
    public async Task StopApi()
    {
        if (Api is not null)
        {
            await Api.DisposeAsync();
        }
    }

    [TearDown]
    public async Task DeactivateAllSubscriptions()
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.WebhookSubscriptions.IgnoreQueryFilters().Where(s => s.IsActive)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.IsActive, false));
    }

    /// <summary>Polls <paramref name="condition"/> until it holds, failing after <see cref="WaitLimit"/>.</summary>
    public static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > WaitLimit)
            {
                Assert.Fail($"Gave up after {WaitLimit.TotalSeconds} s waiting until {what}.");
            }

            await Task.Delay(25);
        }
    }

    public static Task Eventually(Func<bool> condition, string what) => Eventually(() => Task.FromResult(condition()), what);

    protected Task<Guid> PartnerOrganisationOf(string network) => WebhookOutboxes.PartnerOrganisationOfAsync(Api, network);

    /// <summary>Subscribes through the API as the network's partner; returns the subscription's id and secret.</summary>
    protected async Task<(Guid Id, string Secret)> SubscribeAsync(string network, Uri url)
    {
        using var partner = await Api.PartnerClientForAsync(network);
        var response = await partner.PostAsJsonAsync("/api/v1/webhook-subscriptions", new { url });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var created = (await response.Content.ReadFromJsonAsync<CreatedSubscription>())!;
        return (created.Id, created.Secret);
    }

    /// <summary>Raises events as the referral code will; each inner array is one unit of work (one transaction).</summary>
    protected Task EnqueueAsync(Guid partnerOrganisationId, params (Guid Subject, object Data)[][] unitsOfWork) =>
        WebhookOutboxes.EnqueueAsync(Api, partnerOrganisationId, unitsOfWork);

    /// <summary>The outbox rows of a subscription, read directly (no tenant filter).</summary>
    protected async Task<List<OutboxMessage>> MessagesOf(Guid subscriptionId)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.OutboxMessages.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.SubscriptionId == subscriptionId)
            .ToListAsync();
    }

    /// <summary>All delivered and none leased: no instance is still working on any of them.</summary>
    protected async Task<bool> AllSettled(Guid subscriptionId, int expected)
    {
        var messages = await MessagesOf(subscriptionId);
        return messages.Count == expected && messages.All(m => m.DeliveredAt is not null && m.LeasedBy is null);
    }

    protected static object StatusChange(Guid referralId, int sequence) => WebhookOutboxes.StatusChange(referralId, sequence);

    public sealed record CreatedSubscription(Guid Id, string Url, string Secret, DateTimeOffset CreatedAt);
}
