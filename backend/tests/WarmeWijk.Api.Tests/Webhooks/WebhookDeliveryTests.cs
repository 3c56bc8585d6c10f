using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Application.Common.Webhooks;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Webhooks;

/// <summary>Webhooks reach a real HTTP receiver: signed, exactly once each, in order per subject, through outages.</summary>
public sealed class WebhookDeliveryTests(DatabaseProvider provider) : WebhookTestBase(provider)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Webhooks:PollInterval"] = "00:00:00.050",
        ["Webhooks:BaseDelay"] = "00:00:00.100",
        ["Webhooks:MaxDelay"] = "00:00:00.400",
        ["Webhooks:MaxAttempts"] = "100",
        ["Webhooks:BatchSize"] = "5",
        ["Webhooks:MaxConcurrency"] = "2",
        ["Webhooks:AttemptTimeout"] = "00:00:05",
        ["Webhooks:CircuitMinimumThroughput"] = "5",
        ["Webhooks:CircuitBreakDuration"] = "00:00:00.500",
    };

    [Test]
    public async Task Should_deliver_a_signed_event_that_the_partner_can_verify()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (subscriptionId, secret) = await SubscribeAsync(ApiFactory.NetworkA, receiver.Url);
        var referral = Guid.NewGuid();

        await EnqueueAsync(await PartnerOrganisationOf(ApiFactory.NetworkA), [(referral, StatusChange(referral, 1))]);
        await Eventually(() => receiver.Accepted.Count == 1, "the receiver accepted the event");

        var webhook = receiver.Accepted.Single();
        var message = (await MessagesOf(subscriptionId)).Single();
        var body = webhook.Json;
        Assert.Multiple(() =>
        {
            Assert.That(PartnerVerifier.Verify(secret, webhook), Is.True, "The signature verifies with the subscription's secret.");
            Assert.That(PartnerVerifier.Verify("whsec_" + Convert.ToBase64String(new byte[32]), webhook), Is.False, "Another secret does not verify.");
            Assert.That(PartnerVerifier.Verify(secret, webhook with { Body = webhook.Body.Replace("AcceptedByPartner", "Declined", StringComparison.Ordinal) }), Is.False, "A changed body does not verify.");
            Assert.That(webhook.Id, Is.EqualTo(message.Id.ToString()), "webhook-id is the outbox message id.");
            Assert.That(webhook.ContentType, Does.StartWith("application/json"));
            Assert.That(body.GetProperty("type").GetString(), Is.EqualTo(WebhookEventTypes.ReferralStatusChanged));
            Assert.That(body.GetProperty("timestamp").GetString(), Does.EndWith("Z").And.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d"));
            Assert.That(body.GetProperty("data").GetProperty("referralId").GetGuid(), Is.EqualTo(referral), "camelCase data");
            Assert.That(body.GetProperty("data").GetProperty("status").GetString(), Is.EqualTo("AcceptedByPartner"));
            Assert.That(webhook.Body, Is.EqualTo(message.Payload), "The body is exactly the payload fixed at enqueue time.");
        });

        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        await Eventually(
            async () => (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/webhook-deliveries/{message.Id}")).GetProperty("state").GetString() == "Delivered",
            "the coordinator sees the delivery as delivered");
        var delivery = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/webhook-deliveries/{message.Id}");
        Assert.Multiple(() =>
        {
            Assert.That(delivery.GetProperty("attempts").GetInt32(), Is.EqualTo(1));
            Assert.That(delivery.GetProperty("subscriptionUrl").GetString(), Is.EqualTo(receiver.Url.ToString()));
            Assert.That(delivery.GetProperty("partnerName").GetString(), Is.Not.Empty);
            Assert.That(delivery.GetProperty("subjectId").GetGuid(), Is.EqualTo(referral));
            Assert.That(delivery.TryGetProperty("payload", out _), Is.False, "The coordinator view never shows the payload.");
        });
    }

    [Test]
    public async Task Should_write_outbox_messages_only_when_the_change_is_saved_and_only_for_active_subscriptions()
    {
        await using var first = await WebhookReceiver.StartAsync();
        await using var second = await WebhookReceiver.StartAsync();
        await using var deleted = await WebhookReceiver.StartAsync();
        var one = await SubscribeAsync(ApiFactory.NetworkA, first.Url);
        var two = await SubscribeAsync(ApiFactory.NetworkA, second.Url);
        var gone = await SubscribeAsync(ApiFactory.NetworkA, deleted.Url);
        using (var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA))
        {
            (await partner.DeleteAsync($"/api/v1/webhook-subscriptions/{gone.Id}")).EnsureSuccessStatusCode();
        }

        var partnerA = await PartnerOrganisationOf(ApiFactory.NetworkA);
        var notSaved = Guid.NewGuid();
        await using (var scope = Api.Services.CreateAsyncScope())
        {
            // The change is abandoned (e.g. a validation error after the enqueue): nothing may be sent.
            scope.ServiceProvider.GetRequiredService<IWebhookOutbox>().Enqueue(partnerA, WebhookEventTypes.ReferralStatusChanged, notSaved, StatusChange(notSaved, 1));
        }

        var saved = Guid.NewGuid();
        await EnqueueAsync(partnerA, [(saved, StatusChange(saved, 1))]);
        await Eventually(() => first.Accepted.Count == 1 && second.Accepted.Count == 1, "both active subscriptions received the event");

        var networkA = await NetworkIdOf(ApiFactory.NetworkA);
        var all = (await MessagesOf(one.Id)).Concat(await MessagesOf(two.Id)).Concat(await MessagesOf(gone.Id)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(all.Select(m => m.SubjectId), Is.EquivalentTo(new[] { saved, saved }), "One message per active subscription, none for the unsaved change.");
            Assert.That(all.Select(m => m.NetworkId).Distinct(), Is.EqualTo(new[] { networkA }), "Messages belong to the partner's network.");
            Assert.That(all.Select(m => m.Payload).Distinct().Count(), Is.EqualTo(1), "Every subscription gets the same body.");
            Assert.That(deleted.Received, Is.Empty);
        });
    }

    [Test]
    public async Task Should_deliver_every_event_exactly_once_and_in_order_when_the_receiver_is_down_for_a_while_and_comes_back()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (subscriptionId, secret) = await SubscribeAsync(ApiFactory.NetworkA, receiver.Url);
        await receiver.StopAsync();

        // Four referrals, five status changes each; most in their own transaction, two pairs in one transaction.
        var referrals = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToArray();
        var units = new List<(Guid, object)[]>();
        for (var sequence = 1; sequence <= 5; sequence++)
        {
            foreach (var referral in referrals)
            {
                units.Add([(referral, StatusChange(referral, sequence))]);
            }
        }

        units.Add([(referrals[0], StatusChange(referrals[0], 6)), (referrals[0], StatusChange(referrals[0], 7))]);
        units.Add([(referrals[1], StatusChange(referrals[1], 6)), (referrals[1], StatusChange(referrals[1], 7))]);
        var partnerA = await PartnerOrganisationOf(ApiFactory.NetworkA);
        await EnqueueAsync(partnerA, [.. units]);

        // Down: connections refused.
        await Eventually(async () => (await MessagesOf(subscriptionId)).Count(m => m.Attempts > 0) >= 3, "attempts failed while the receiver was down");

        // Up, but unwell: 503.
        receiver.Failing = true;
        await receiver.RestartAsync();
        await Eventually(() => receiver.Received.Count >= 2, "the receiver answered 503 a few times");

        // Well again.
        receiver.Failing = false;
        const int expected = (4 * 5) + 4;
        await Eventually(() => AllSettled(subscriptionId, expected), "every event was delivered");

        var accepted = receiver.Accepted;
        var messages = await MessagesOf(subscriptionId);
        Assert.Multiple(() =>
        {
            Assert.That(accepted.Select(w => w.Id), Is.EquivalentTo(messages.Select(m => m.Id.ToString())), "Every event delivered exactly once.");
            Assert.That(accepted.All(w => PartnerVerifier.Verify(secret, w)), Is.True, "Every signature verifies.");
            Assert.That(receiver.Received.Count(w => !w.Accepted), Is.GreaterThan(0), "Some attempts were refused with 503 before.");
            foreach (var referral in referrals)
            {
                var order = accepted
                    .Where(w => w.Json.GetProperty("data").GetProperty("referralId").GetGuid() == referral)
                    .Select(w => w.Json.GetProperty("data").GetProperty("sequence").GetInt32());
                Assert.That(order, Is.Ordered.And.Unique, $"Status changes of referral {referral} arrive in order.");
            }
        });
    }

    [Test]
    public async Task Should_deliver_each_message_exactly_once_when_two_instances_share_the_database()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        // Slow enough that one instance's leased batch takes a while, so on a loaded machine the other instance still
        // gets to lease some: the test is about exactly-once, and it also shows both instances working.
        receiver.Delay = TimeSpan.FromMilliseconds(100);
        var (subscriptionId, _) = await SubscribeAsync(ApiFactory.NetworkA, receiver.Url);

        // A second API instance on the same database (same connection string), with its own dispatcher.
        var secondInstanceDeliveries = new DeliveryCounter();
        await using var second = Api.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(secondInstanceDeliveries)));
        _ = second.Services;

        var referrals = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid()).ToArray();
        var events = referrals.SelectMany(r => Enumerable.Range(1, 5).Select(sequence => (r, StatusChange(r, sequence)))).ToArray();
        await EnqueueAsync(await PartnerOrganisationOf(ApiFactory.NetworkA), events);
        await Eventually(() => AllSettled(subscriptionId, 50), "all 50 messages were delivered");

        var accepted = receiver.Accepted;
        var messages = await MessagesOf(subscriptionId);
        TestContext.Out.WriteLine($"The second instance delivered {secondInstanceDeliveries.Count} of 50.");
        Assert.Multiple(() =>
        {
            Assert.That(accepted.Select(w => w.Id), Is.EquivalentTo(messages.Select(m => m.Id.ToString())), "Each message delivered exactly once.");
            Assert.That(receiver.Received, Has.Count.EqualTo(50), "No message was even attempted twice.");
            Assert.That(secondInstanceDeliveries.Count, Is.InRange(1, 49), "Both instances delivered some.");
            foreach (var referral in referrals)
            {
                var order = accepted
                    .Where(w => w.Json.GetProperty("data").GetProperty("referralId").GetGuid() == referral)
                    .Select(w => w.Json.GetProperty("data").GetProperty("sequence").GetInt32());
                Assert.That(order, Is.EqualTo(new[] { 1, 2, 3, 4, 5 }), "Order per referral holds across instances.");
            }
        });
    }

    private async Task<Guid> NetworkIdOf(string slug)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Networks.Where(n => n.Slug == slug).Select(n => n.Id).SingleAsync();
    }

    /// <summary>Counts the dispatcher's "delivered" log events of one API instance.</summary>
    private sealed class DeliveryCounter : ILoggerProvider
    {
        private readonly ConcurrentBag<int> _delivered = [];

        public int Count => _delivered.Count;

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(DeliveryCounter counter, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (category.EndsWith(".WebhookDispatcher", StringComparison.Ordinal) && eventId.Name == "LogDelivered")
                {
                    counter._delivered.Add(1);
                }
            }
        }
    }
}
