using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;
using WarmeWijk.Infrastructure.Seeding;

namespace WarmeWijk.Api.Tests.Auth;

/// <summary>
/// Password and partner-secret guessing is throttled per credential and source address, and every refusal looks the
/// same from outside. Sources are told apart by X-Forwarded-For, as behind the production proxy.
/// </summary>
public sealed class GuessingProtectionTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    private const int FailuresPerSource = 5;
    private const int AccountCeiling = 6;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FORWARDEDHEADERS_ENABLED"] = "true",
        ["Auth:Sessions:MaxFailedSignInAttempts"] = AccountCeiling.ToString(CultureInfo.InvariantCulture),
    };

    [Test]
    public async Task Should_answer_an_unknown_email_a_wrong_password_and_a_throttled_source_alike()
    {
        var email = ApiFactory.EmailOf("zwijndrecht", Role.Analyst);
        using var guesser = From("198.51.100.1");
        await FailSignInsAsync(guesser, email, FailuresPerSource);

        using var throttledWrong = await SignInAsync(guesser, email, "wrong-again");
        using var throttledRight = await SignInAsync(guesser, email, DemoNetworks.Password);
        using var wrongPassword = await SignInAsync(From("198.51.100.2"), email, "not-the-password");
        using var unknownEmail = await SignInAsync(From("198.51.100.3"), "nobody@zwijndrecht.demo.warmewijk.be", "whatever");

        var expected = await ComparableAsync(wrongPassword);
        Assert.Multiple(async () =>
        {
            Assert.That(await ComparableAsync(unknownEmail), Is.EqualTo(expected));
            Assert.That(await ComparableAsync(throttledWrong), Is.EqualTo(expected));
            Assert.That(await ComparableAsync(throttledRight), Is.EqualTo(expected), "the right password from a throttled source");
            Assert.That(expected, Does.Contain("\"status\":401").And.Contain("too many attempts"));
            Assert.That(new[] { throttledWrong, throttledRight, unknownEmail, wrongPassword }.Select(r => r.Headers.RetryAfter), Is.All.Null);
        });
    }

    [Test]
    public async Task Should_let_the_owner_sign_in_from_another_address_while_a_guessing_address_is_refused()
    {
        var email = ApiFactory.EmailOf("zwijndrecht", Role.Coordinator);
        using var guesser = From("198.51.100.10");
        await FailSignInsAsync(guesser, email, FailuresPerSource);

        using var owner = await SignInAsync(From("198.51.100.11"), email, DemoNetworks.Password);
        using var guesserWithThePassword = await SignInAsync(guesser, email, DemoNetworks.Password);

        Assert.Multiple(() =>
        {
            Assert.That(owner.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(guesserWithThePassword.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    [Test]
    public async Task Should_pause_an_account_guessed_at_from_many_addresses_for_new_ones_but_not_for_the_owners_address()
    {
        var email = ApiFactory.EmailOf("kapellen", Role.FieldWorker);
        using var ownerAddress = From("198.51.100.20");
        using var earlier = await SignInAsync(ownerAddress, email, DemoNetworks.Password);
        var refreshToken = (await earlier.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refreshToken").GetString();
        await FailSignInsAsync(From("198.51.100.21"), email, AccountCeiling / 2);
        await FailSignInsAsync(From("198.51.100.22"), email, AccountCeiling / 2);

        using var newAddress = await SignInAsync(From("198.51.100.23"), email, DemoNetworks.Password);
        using var owner = await SignInAsync(ownerAddress, email, DemoNetworks.Password);
        using var refresh = await ownerAddress.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });

        var audit = await AuditActionsAsync(email);
        Assert.Multiple(() =>
        {
            Assert.That(newAddress.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "a new address, even with the right password");
            Assert.That(owner.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the address of the last sign-in");
            Assert.That(refresh.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a running session is not ended by others' guesses");
            Assert.That(audit.Count(a => a == AuditAction.SignInFailed), Is.EqualTo(AccountCeiling));
            Assert.That(audit.Count(a => a == AuditAction.SignInPaused), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_throttle_partner_secret_guessing_per_client_and_address_with_the_same_answer_for_every_refusal()
    {
        using var guesser = From("198.51.100.30");
        for (var attempt = 1; attempt <= FailuresPerSource; attempt++)
        {
            using var failed = await guesser.PostAsync("/api/v1/auth/token", TokenForm("lier-partner", $"guess-{attempt}"));
            Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        using var throttledRight = await guesser.PostAsync("/api/v1/auth/token", TokenForm("lier-partner", "demo-partner-secret-lier"));
        using var unknownClient = await From("198.51.100.31").PostAsync("/api/v1/auth/token", TokenForm("nobody-partner", "whatever"));
        using var partner = await From("198.51.100.32").PostAsync("/api/v1/auth/token", TokenForm("lier-partner", "demo-partner-secret-lier"));

        var failures = await AuditActionsAsync("lier-partner", "PartnerApiClient");
        Assert.Multiple(async () =>
        {
            Assert.That(await ComparableAsync(throttledRight), Is.EqualTo(await ComparableAsync(unknownClient)));
            Assert.That(throttledRight.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(partner.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the partner's own address is not throttled");
            Assert.That(failures, Has.Exactly(FailuresPerSource).EqualTo(AuditAction.SignInFailed));
        });
    }

    [Test]
    public async Task Should_forget_an_addresses_failures_once_it_signs_in_but_not_another_addresses()
    {
        var email = ApiFactory.EmailOf("herentals", Role.Coordinator);
        using var owner = From("198.51.100.40");
        using var guesser = From("198.51.100.41");
        await FailSignInsAsync(owner, email, FailuresPerSource - 1);
        using var first = await SignInAsync(owner, email, DemoNetworks.Password);
        await FailSignInsAsync(guesser, email, FailuresPerSource);

        await FailSignInsAsync(owner, email, FailuresPerSource - 1);
        using var again = await SignInAsync(owner, email, DemoNetworks.Password);
        using var guesserWithThePassword = await SignInAsync(guesser, email, DemoNetworks.Password);

        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the failures before the first sign-in no longer count");
            Assert.That(guesserWithThePassword.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "another address keeps its failures");
        });
    }

    [Test]
    public async Task Should_forget_a_partner_addresses_failures_once_its_secret_is_right()
    {
        using var partner = From("198.51.100.50");
        using var guesser = From("198.51.100.51");
        var statuses = new List<HttpStatusCode>();
        for (var round = 0; round < 2; round++)
        {
            for (var attempt = 1; attempt < FailuresPerSource; attempt++)
            {
                using var failed = await partner.PostAsync("/api/v1/auth/token", TokenForm("herentals-partner", $"typo-{attempt}"));
                using var guessed = await guesser.PostAsync("/api/v1/auth/token", TokenForm("herentals-partner", $"guess-{round}-{attempt}"));
            }

            using var token = await partner.PostAsync("/api/v1/auth/token", TokenForm("herentals-partner", "demo-partner-secret-herentals"));
            statuses.Add(token.StatusCode);
        }

        using var guesserWithTheSecret = await guesser.PostAsync("/api/v1/auth/token", TokenForm("herentals-partner", "demo-partner-secret-herentals"));

        Assert.Multiple(() =>
        {
            Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK), "eight typos in all, but never five since the last success");
            Assert.That(guesserWithTheSecret.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the guessing address keeps its eight failures");
        });
    }

    private HttpClient From(string address)
    {
        var client = Api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });

    private static async Task FailSignInsAsync(HttpClient client, string email, int times)
    {
        for (var attempt = 1; attempt <= times; attempt++)
        {
            using var failed = await SignInAsync(client, email, $"wrong-{attempt}");
            Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }
    }

    private static FormUrlEncodedContent TokenForm(string clientId, string secret) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = clientId,
        ["client_secret"] = secret,
    });

    /// <summary>Status, content type and body without the trace id, which differs per request.</summary>
    private static async Task<string> ComparableAsync(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        body.Remove("traceId");
        return $"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} {body.ToJsonString()}";
    }

    /// <summary>The audited actions on one account (by e-mail) or one partner client (by client id).</summary>
    private async Task<List<AuditAction>> AuditActionsAsync(string credential, string entityType = "StaffUser")
    {
        using var scope = Api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = entityType == "StaffUser"
            ? await db.StaffUsers.IgnoreQueryFilters().Where(u => u.Email == credential).Select(u => u.Id).SingleAsync()
            : await db.PartnerApiClients.IgnoreQueryFilters().Where(c => c.ClientId == credential).Select(c => c.Id).SingleAsync();
        return await db.AuditEntries.IgnoreQueryFilters().Where(a => a.EntityType == entityType && a.EntityId == id).Select(a => a.Action).ToListAsync();
    }
}
