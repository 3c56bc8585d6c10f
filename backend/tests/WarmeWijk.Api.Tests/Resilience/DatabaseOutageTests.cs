using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Api.Tests.Resilience;

/// <summary>
/// PostgreSQL down or restarting: callers get 503 with Retry-After instead of a 500, and readiness says so, so a load
/// balancer stops sending traffic. The full drill (a real restart under load) is scripts/drill-failures.sh.
/// </summary>
[TestFixture]
public sealed class DatabaseOutageTests
{
    private ApiFactory _api = null!;

    [OneTimeSetUp]
    public void StartWithoutDatabase() => _api = ApiFactory.WithUnreachableDatabase(new Dictionary<string, string?>
    {
        // One quick retry keeps the test short; production retries three times within about five seconds.
        ["Database:RetryCount"] = "1",
        ["Database:MaxRetryDelay"] = "00:00:00.100",
    });

    [OneTimeTearDown]
    public async Task Stop() => await _api.DisposeAsync();

    [Test]
    public async Task Signing_in_gets_503_with_retry_after()
    {
        using var client = _api.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "coordinator@kiel.demo.warmewijk.be", password = "whatever-it-is" });

        await AssertUnavailable(response);
    }

    [Test]
    public async Task A_signed_in_write_gets_503_with_retry_after()
    {
        var token = _api.Services.GetRequiredService<IAccessTokenIssuer>().Issue(
            new AccessTokenSubject(Guid.NewGuid(), Guid.NewGuid(), Role.Coordinator));
        using var client = _api.WithBearer(token.Token);
        client.DefaultRequestHeaders.Add("Idempotency-Key", Guid.NewGuid().ToString());

        using var response = await client.PostAsJsonAsync("/api/v1/help-requests", new { });

        await AssertUnavailable(response);
    }

    [Test]
    public async Task A_report_read_without_retries_gets_503_with_retry_after()
    {
        var token = _api.Services.GetRequiredService<IAccessTokenIssuer>().Issue(
            new AccessTokenSubject(Guid.NewGuid(), Guid.NewGuid(), Role.Analyst));
        using var client = _api.WithBearer(token.Token);

        using var response = await client.GetAsync("/api/v1/reports/dashboard");

        await AssertUnavailable(response);
    }

    [Test]
    public async Task Readiness_reports_unavailable_while_liveness_stays_up()
    {
        using var client = _api.CreateClient();

        using var ready = await client.GetAsync("/health/ready");
        using var live = await client.GetAsync("/health/live");

        Assert.Multiple(() =>
        {
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    private static async Task AssertUnavailable(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), body);
            Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(body, Does.Contain("Idempotency-Key"));
        });
    }
}
