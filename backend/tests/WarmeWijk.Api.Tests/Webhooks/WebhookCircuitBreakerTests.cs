using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Webhooks;

/// <summary>A failing endpoint gets its own open circuit: it is left alone for a while, and other endpoints are not held up.</summary>
public sealed class WebhookCircuitBreakerTests(DatabaseProvider provider) : WebhookTestBase(provider)
{
    // Long enough that, on a loaded machine, both observation windows below end well before a trial may go out.
    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(4);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Webhooks:PollInterval"] = "00:00:00.050",
        ["Webhooks:BaseDelay"] = "00:00:00.050",
        ["Webhooks:MaxDelay"] = "00:00:00.100",
        ["Webhooks:MaxAttempts"] = "100",
        ["Webhooks:MaxConcurrency"] = "4",
        ["Webhooks:CircuitMinimumThroughput"] = "2",
        ["Webhooks:CircuitFailureRatio"] = "0.5",
        ["Webhooks:CircuitSamplingDuration"] = "00:00:10",
        ["Webhooks:CircuitBreakDuration"] = BreakDuration.ToString(),
    };

    [Test]
    public async Task Should_leave_a_failing_endpoint_alone_without_counting_attempts_while_other_endpoints_keep_receiving()
    {
        await using var unwell = await WebhookReceiver.StartAsync(failing: true);
        await using var healthy = await WebhookReceiver.StartAsync();
        var (unwellSubscription, _) = await SubscribeAsync(ApiFactory.NetworkA, unwell.Url);
        var (healthySubscription, _) = await SubscribeAsync(ApiFactory.NetworkA, healthy.Url);
        var referrals = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToArray();

        await EnqueueAsync(await PartnerOrganisationOf(ApiFactory.NetworkA), [.. referrals.Select(r => new[] { (r, StatusChange(r, 1)) })]);

        await Eventually(() => AllSettled(healthySubscription, 6), "the healthy endpoint received everything");
        await Eventually(
            async () => (await MessagesOf(unwellSubscription)).Any(m => m.LastError?.Contains("circuit is open", StringComparison.Ordinal) == true),
            "the failing endpoint's circuit opened");
        // Requests that passed the breaker just before it opened may still be arriving; let them land first.
        await Task.Delay(BreakDuration / 8);
        var requestsWhenOpened = unwell.Received.Count;

        // While the circuit is open, due messages are postponed instead of sent. Absence needs a short wait (~10 polls).
        await Task.Delay(BreakDuration / 8);
        var postponed = await MessagesOf(unwellSubscription);
        Assert.Multiple(() =>
        {
            Assert.That(unwell.Received, Has.Count.EqualTo(requestsWhenOpened), "No requests reach an endpoint with an open circuit.");
            Assert.That(requestsWhenOpened, Is.LessThan(referrals.Length), "The circuit opened before every message had been tried.");
            Assert.That(postponed.Where(m => m.Attempts == 0 && m.DeliveredAt is null), Is.Not.Empty, "Postponed messages keep their attempts: the receiver was not called.");
            Assert.That(postponed.All(m => m.DeadLetteredAt is null), Is.True);
        });

        // The endpoint recovers: after the break a trial message closes the circuit and the rest follow.
        unwell.Failing = false;
        await Eventually(() => AllSettled(unwellSubscription, 6), "the recovered endpoint received everything");
        Assert.That(unwell.Accepted.Select(w => w.Id).ToList(), Is.Unique.And.Count.EqualTo(6));
    }
}
