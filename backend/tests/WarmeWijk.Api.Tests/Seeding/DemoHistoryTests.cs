using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;
using WarmeWijk.Infrastructure.Seeding;

namespace WarmeWijk.Api.Tests.Seeding;

/// <summary>The demo networks with their synthetic history (Demo:History, on for the product, off in other fixtures).</summary>
public sealed class DemoHistoryTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Demo:History"] = "true" };

    [Test]
    public async Task Should_show_two_years_of_requests_in_the_inbox_newest_first()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/help-requests?limit=100");

        var created = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("createdAt").GetDateTimeOffset()).ToList();
        Assert.That(created, Has.Count.EqualTo(100));
        Assert.That(created, Is.Ordered.Descending, "ids follow the creation time, so the inbox is newest first");
        Assert.That(created[0], Is.GreaterThan(DateTimeOffset.UtcNow.AddDays(-14)));
        Assert.That(page.GetProperty("nextCursor").ValueKind, Is.EqualTo(JsonValueKind.String));
        var waitlist = await client.GetFromJsonAsync<JsonElement>("/api/v1/waitlist");
        Assert.That(waitlist.GetProperty("items").GetArrayLength(), Is.GreaterThan(0));
    }

    [Test]
    public async Task Should_store_histories_whose_milestones_agree_with_their_timelines()
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var requests = await db.HelpRequests.IgnoreQueryFilters().AsNoTracking().ToListAsync();
        var matches = await db.VolunteerMatches.IgnoreQueryFilters().AsNoTracking().ToListAsync();
        var signals = await db.Signals.IgnoreQueryFilters().AsNoTracking().ToListAsync();

        Assert.That(requests, Has.Count.EqualTo(DemoNetworks.HistoryRequests));
        Assert.That(HistoryConsistency.Problems(requests, matches, signals), Is.Empty);
        Assert.That(requests.Select(r => r.Status).Distinct().Count(), Is.GreaterThanOrEqualTo(10));
        Assert.That(await db.Volunteers.IgnoreQueryFilters().CountAsync(v => v.ResidentId != null), Is.GreaterThanOrEqualTo(DemoNetworks.Count));
        Assert.That(requests.Min(r => r.CreatedAt), Is.GreaterThan(DateTimeOffset.UtcNow.AddMonths(-DemoSeeder.HistoryMonths).AddDays(-1)));
    }
}
