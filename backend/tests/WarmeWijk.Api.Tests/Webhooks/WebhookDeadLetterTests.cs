using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Webhooks;

/// <summary>What the coordinator sees of deliveries: dead letters, replay, paging, and who may look.</summary>
public sealed class WebhookDeadLetterTests(DatabaseProvider provider) : WebhookTestBase(provider)
{
    private const int MaxAttempts = 3;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Webhooks:PollInterval"] = "00:00:00.050",
        ["Webhooks:BaseDelay"] = "00:00:00.050",
        ["Webhooks:MaxDelay"] = "00:00:00.100",
        ["Webhooks:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),

        // Keep the circuit shut here, so that every failure is a counted attempt (the circuit has its own tests).
        ["Webhooks:CircuitMinimumThroughput"] = "1000",
    };

    [Test]
    public async Task Should_dead_letter_a_message_after_the_maximum_number_of_attempts_and_deliver_it_when_replayed()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failing: true);
        var (subscriptionId, secret) = await SubscribeAsync(ApiFactory.NetworkA, receiver.Url);
        var referral = Guid.NewGuid();
        await EnqueueAsync(await PartnerOrganisationOf(ApiFactory.NetworkA), [(referral, StatusChange(referral, 1))]);
        var id = (await MessagesOf(subscriptionId)).Single().Id;
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);

        await Eventually(async () => (await DeliveriesAsync(coordinator, "state=dead")).Any(d => d.Id == id), "the message is dead-lettered");
        var dead = (await DeliveriesAsync(coordinator, "state=dead")).Single(d => d.Id == id);
        Assert.Multiple(() =>
        {
            Assert.That(dead.State, Is.EqualTo("Dead"));
            Assert.That(dead.Attempts, Is.EqualTo(MaxAttempts));
            Assert.That(dead.LastError, Does.Contain("503"));
            Assert.That(dead.DeadLetteredAt, Is.Not.Null);
            Assert.That(dead.NextAttemptAt, Is.Null);
            Assert.That(receiver.Received.Select(w => w.Id), Is.EqualTo(Enumerable.Repeat(id.ToString(), MaxAttempts)), "Exactly MaxAttempts attempts, all with the same webhook-id.");
        });

        receiver.Failing = false;
        var replay = await coordinator.PostAsync($"/api/v1/webhook-deliveries/{id}/replay", null);
        var replayed = await replay.Content.ReadFromJsonAsync<Delivery>();
        Assert.Multiple(() =>
        {
            Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(replay.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/webhook-deliveries/{id}"));
            Assert.That(replayed!.State, Is.EqualTo("Pending"));
            Assert.That(replayed.Attempts, Is.Zero);
        });

        await Eventually(async () => (await coordinator.GetFromJsonAsync<Delivery>($"/api/v1/webhook-deliveries/{id}"))!.State == "Delivered", "the replayed message is delivered");
        var delivered = receiver.Accepted.Single();
        Assert.Multiple(() =>
        {
            Assert.That(delivered.Id, Is.EqualTo(id.ToString()), "A replay keeps the webhook-id, so a partner can recognise a duplicate.");
            Assert.That(delivered.Body, Is.EqualTo(receiver.Received[0].Body), "A replay sends the same body.");
            Assert.That(PartnerVerifier.Verify(secret, delivered), Is.True);
        });

        var again = await coordinator.PostAsync($"/api/v1/webhook-deliveries/{id}/replay", null);
        Assert.That((await again.ShouldBeProblem(HttpStatusCode.Conflict)).Detail(), Does.Contain("dead-lettered"));
    }

    [Test]
    public async Task Should_refuse_to_replay_a_delivered_message_an_unknown_one_or_another_networks()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (subscriptionId, _) = await SubscribeAsync(ApiFactory.NetworkA, receiver.Url);
        var referral = Guid.NewGuid();
        await EnqueueAsync(await PartnerOrganisationOf(ApiFactory.NetworkA), [(referral, StatusChange(referral, 1))]);
        await Eventually(() => AllSettled(subscriptionId, 1), "the message was delivered");
        var id = (await MessagesOf(subscriptionId)).Single().Id;
        using var ours = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Admin);
        using var theirs = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);

        var delivered = await (await ours.PostAsync($"/api/v1/webhook-deliveries/{id}/replay", null)).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await ours.PostAsync($"/api/v1/webhook-deliveries/{Guid.NewGuid()}/replay", null)).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await theirs.PostAsync($"/api/v1/webhook-deliveries/{id}/replay", null)).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await theirs.GetAsync($"/api/v1/webhook-deliveries/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        var theirList = await DeliveriesAsync(theirs, string.Empty);

        Assert.Multiple(() =>
        {
            Assert.That(delivered.Detail(), Does.Contain("was delivered"));
            Assert.That(theirList.Select(d => d.Id), Does.Not.Contain(id), "Another network's coordinator does not see our deliveries.");
            Assert.That(receiver.Received, Has.Count.EqualTo(1), "Nothing was sent again.");
        });
    }

    [Test]
    public async Task Should_page_through_the_deliveries_of_a_state_with_a_cursor()
    {
        // Network B's partner only, so that other tests' deliveries (network A) stay out of these pages.
        await using var receiver = await WebhookReceiver.StartAsync();
        var (subscriptionId, _) = await SubscribeAsync(ApiFactory.NetworkB, receiver.Url);
        var events = Enumerable.Range(1, 7).Select(i => Guid.NewGuid()).Select(r => (r, StatusChange(r, 1))).ToArray();
        await EnqueueAsync(await PartnerOrganisationOf(ApiFactory.NetworkB), [.. events.Select(e => new[] { e })]);
        await Eventually(() => AllSettled(subscriptionId, 7), "all seven were delivered");
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);

        var pages = new List<Page>();
        string? cursor = null;
        do
        {
            var page = (await coordinator.GetFromJsonAsync<Page>($"/api/v1/webhook-deliveries?state=DELIVERED&limit=3{(cursor is null ? string.Empty : $"&cursor={cursor}")}"))!;
            pages.Add(page);
            cursor = page.NextCursor;
        }
        while (cursor is not null && pages.Count < 10);

        var items = pages.SelectMany(p => p.Items).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(p => p.Items.Count), Is.EqualTo(new[] { 3, 3, 1 }));
            Assert.That(pages.Select(p => p.Total), Is.All.EqualTo(7));
            Assert.That(items.Select(d => d.SubjectId), Is.EquivalentTo(events.Select(e => e.r)), "Every delivery once, none skipped.");
            Assert.That(items.Select(d => d.CreatedAt), Is.Ordered.Descending, "Newest first.");
            Assert.That(items.Select(d => d.State), Is.All.EqualTo("Delivered"));
        });
    }

    [Test]
    public async Task Should_refuse_an_unknown_state_a_bad_limit_and_a_forged_cursor_with_field_errors()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);

        var problem = await (await coordinator.GetAsync("/api/v1/webhook-deliveries?state=lost&limit=0&cursor=bm9wZQ"))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var notANumber = await coordinator.GetAsync("/api/v1/webhook-deliveries?limit=many");

        Assert.Multiple(async () =>
        {
            Assert.That(problem.FieldErrors("state").Single(), Does.Contain("pending, failed, dead, delivered"));
            Assert.That(problem.FieldErrors("limit"), Is.Not.Empty);
            Assert.That(problem.FieldErrors("cursor"), Is.Not.Empty);
            await notANumber.ShouldBeProblem(HttpStatusCode.BadRequest);
        });
    }

    [TestCase(Role.FieldWorker)]
    [TestCase(Role.Analyst)]
    public async Task Should_forbid_staff_other_than_coordinators_and_admins_to_see_or_replay_deliveries(Role role)
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, role);

        await (await client.GetAsync("/api/v1/webhook-deliveries?state=dead")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await client.PostAsync($"/api/v1/webhook-deliveries/{Guid.NewGuid()}/replay", null)).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Should_forbid_partners_to_see_deliveries()
    {
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);

        await (await partner.GetAsync("/api/v1/webhook-deliveries")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    private static async Task<IReadOnlyList<Delivery>> DeliveriesAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<Page>($"/api/v1/webhook-deliveries?limit=200&{query}"))!.Items;

    private sealed record Page(IReadOnlyList<Delivery> Items, int Total, string? NextCursor);

    private sealed record Delivery(
        Guid Id,
        Guid SubjectId,
        string State,
        int Attempts,
        string? LastError,
        DateTimeOffset CreatedAt,
        DateTimeOffset? NextAttemptAt,
        DateTimeOffset? DeadLetteredAt);
}
