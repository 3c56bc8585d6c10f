using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Matching;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Privacy;

/// <summary>
/// Erasure keeps what reports count by: on the demo history, the dashboard (JSON) and its CSV export are byte for byte the
/// same before and after erasing a few dozen residents, with the clock stopped so that "days waiting" cannot move.
/// </summary>
public sealed class ErasureKeepsReportsTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    private const int Erased = 40;

    private static readonly string[] Reports =
    [
        $"/api/v1/reports/dashboard?from={DateTime.UtcNow.AddYears(-3):yyyy-MM-dd}&to={DateTime.UtcNow:yyyy-MM-dd}",
        $"/api/v1/reports/dashboard?from={DateTime.UtcNow.AddMonths(-6):yyyy-MM-dd}&to={DateTime.UtcNow:yyyy-MM-dd}&categoryCode=shopping",
        $"/api/v1/reports/dashboard/export?format=Csv&from={DateTime.UtcNow.AddYears(-3):yyyy-MM-dd}&to={DateTime.UtcNow:yyyy-MM-dd}",
    ];

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Demo:History"] = "true" };

    [Test]
    public async Task Should_give_the_same_reports_before_and_after_erasing_residents()
    {
        await using var stopped = Api.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new MovableClock(DateTimeOffset.UtcNow))));
        using var coordinator = await ClientAsync(stopped, Role.Coordinator);
        using var analyst = await ClientAsync(stopped, Role.Analyst);
        var residents = await ClosedResidentsAsync();
        var before = await ReadAllAsync(coordinator, analyst);

        foreach (var resident in residents)
        {
            var erased = await coordinator.PostAsJsonAsync($"/api/v1/residents/{resident}/erasure", new { reason = "Bewaartermijn, handmatig" });
            Assert.That(erased.IsSuccessStatusCode, Is.True, await erased.Content.ReadAsStringAsync());
        }

        var after = await ReadAllAsync(coordinator, analyst);
        Assert.Multiple(() =>
        {
            Assert.That(residents, Has.Count.EqualTo(Erased));
            for (var i = 0; i < before.Count; i++)
            {
                Assert.That(after[i], Is.EqualTo(before[i]), $"report {i % Reports.Length} for {(i < Reports.Length ? "the coordinator" : "the analyst")}");
            }
        });
    }

    /// <summary>Residents of the network whose requests are all closed and who do not volunteer now: the ones erasure accepts.</summary>
    private async Task<List<Guid>> ClosedResidentsAsync()
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var network = await db.Networks.Where(n => n.Slug == ApiFactory.NetworkA).Select(n => n.Id).SingleAsync();
        var requests = await db.HelpRequests.IgnoreQueryFilters().AsNoTracking().Where(h => h.NetworkId == network)
            .Select(h => new { h.ResidentId, h.Status }).ToListAsync();
        var volunteering = await db.Volunteers.IgnoreQueryFilters().Where(v => v.ResidentId != null && v.Status != VolunteerStatus.Stopped)
            .Select(v => v.ResidentId!.Value).ToListAsync();
        return [.. requests.GroupBy(r => r.ResidentId)
            .Where(g => g.All(r => HelpRequestTransitions.IsFinal(r.Status)) && !volunteering.Contains(g.Key))
            .Select(g => g.Key)
            .Order()
            .Take(Erased)];
    }

    private static async Task<List<byte[]>> ReadAllAsync(params HttpClient[] clients)
    {
        var bodies = new List<byte[]>();
        foreach (var client in clients)
        {
            foreach (var report in Reports)
            {
                var response = await client.GetAsync(report);
                Assert.That(response.IsSuccessStatusCode, Is.True, $"{report}: {await response.Content.ReadAsStringAsync()}");
                bodies.Add(await response.Content.ReadAsByteArrayAsync());
            }
        }

        return bodies;
    }

    private static async Task<HttpClient> ClientAsync(WebApplicationFactory<Program> api, Role role)
    {
        using var anonymous = api.CreateClient();
        var login = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = ApiFactory.EmailOf(ApiFactory.NetworkA, role), password = Infrastructure.Seeding.DemoNetworks.Password });
        var token = (await login.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
