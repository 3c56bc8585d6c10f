using System.Net;
using System.Net.Http.Json;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Security;

/// <summary>Each signed-in caller, and each anonymous address, has its own budget of requests per minute.</summary>
public sealed class RateLimitTests
{
    private const int PerCaller = 8;
    private const int Anonymous = 4;
    private ApiFactory _api = null!;
    private HttpClient _coordinator = null!;
    private HttpClient _partner = null!;

    [OneTimeSetUp]
    public async Task StartApi()
    {
        _api = await ApiFactory.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["RateLimits:Enabled"] = "true",
            ["RateLimits:PerCallerPerMinute"] = PerCaller.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimits:AnonymousPerMinute"] = Anonymous.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        // Signing in is anonymous and counts against the address: done here, before any test uses that budget up.
        _coordinator = await _api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        _partner = await _api.PartnerClientForAsync(ApiFactory.NetworkA);
    }

    [OneTimeTearDown]
    public async Task StopApi()
    {
        _coordinator.Dispose();
        _partner.Dispose();
        await _api.DisposeAsync();
    }

    [Test]
    public async Task Should_answer_429_with_retry_after_once_a_caller_used_its_budget_without_slowing_others_down()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < PerCaller + 1; i++)
        {
            using var answer = await _coordinator.GetAsync("/api/v1/me");
            statuses.Add(answer.StatusCode);
        }

        using var refused = await _coordinator.GetAsync("/api/v1/me");
        var problem = await refused.ShouldBeProblem(HttpStatusCode.TooManyRequests);
        using var partnerAnswer = await _partner.GetAsync("/api/v1/referrals");
        Assert.Multiple(() =>
        {
            Assert.That(statuses.Take(PerCaller), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(statuses[^1], Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
            Assert.That(problem.Detail(), Does.Contain("Try again in"));
            Assert.That(partnerAnswer.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a partner client has its own budget");
        });
    }

    [Test]
    public async Task Should_slow_down_password_guessing_from_one_address_but_not_health_checks()
    {
        using var anonymous = _api.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Anonymous + 2; i++)
        {
            using var answer = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@example.org", password = $"guess-{i}" });
            statuses.Add(answer.StatusCode);
        }

        using var health = await anonymous.GetAsync("/health/live");
        Assert.Multiple(() =>
        {
            Assert.That(statuses, Does.Contain(HttpStatusCode.TooManyRequests));
            Assert.That(statuses.TakeWhile(s => s != HttpStatusCode.TooManyRequests), Is.All.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }
}
