using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using WarmeWijk.Application.Auth.Sessions;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;
using WarmeWijk.Infrastructure.Seeding;

namespace WarmeWijk.Api.Tests.Support;

/// <summary>The real API over real HTTP semantics (in-memory transport), on a throw-away database with the demo networks.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public const string SigningKey = "test-signing-key-0123456789-abcdefghijklmnopqrstuvwxyz";

    /// <summary>Two demo networks used as "ours" and "theirs" in tenancy tests.</summary>
    public const string NetworkA = "kiel";
    public const string NetworkB = "groenenhoek";

    private readonly TestDatabase _database;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    private ApiFactory(TestDatabase database, IReadOnlyDictionary<string, string?>? settings) =>
        (_database, _settings) = (database, settings ?? new Dictionary<string, string?>());

    public DatabaseProvider Provider => _database.Provider;

    /// <param name="provider">The database to run on.</param>
    /// <param name="settings">Extra configuration (e.g. fast Webhooks timings); applied last, so it overrides the defaults above.</param>
    public static async Task<ApiFactory> StartAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var factory = new ApiFactory(database, settings);
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        return factory;
    }

    /// <summary>An API whose PostgreSQL is down: nothing migrated, nothing seeded.</summary>
    public static ApiFactory WithUnreachableDatabase(IReadOnlyDictionary<string, string?> settings) =>
        new(TestDatabase.Unreachable(), new Dictionary<string, string?>(settings) { ["Database:MigrateOnStartup"] = "false" });

    public static string EmailOf(string network, Role role) => DemoSeeder.EmailOf(network, role);

    public async Task<TokenResponse> SignInAsync(string network, Role role)
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = EmailOf(network, role), password = DemoNetworks.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
    }

    public async Task<HttpClient> ClientForAsync(string network, Role role) =>
        WithBearer((await SignInAsync(network, role)).AccessToken);

    public async Task<HttpClient> PartnerClientForAsync(string network)
    {
        using var client = CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = $"{network}-partner",
            ["client_secret"] = $"demo-partner-secret-{network}",
        });
        var response = await client.PostAsync("/api/v1/auth/token", form);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenBody>();
        return WithBearer(token!.AccessToken);
    }

    public HttpClient WithBearer(string accessToken)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _database.Provider.ToString());
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("ConnectionStrings:WarmeWijk", _database.ConnectionString);
        builder.UseSetting("Auth:Jwt:SigningKey", SigningKey);
        builder.UseSetting("Demo:Seed", "false");
        // The demo networks without their two years of synthetic history (2–3 s more per start); a fixture that needs it
        // (reports) overrides ApiTestBase.Settings with Demo:History=true (see Seeding/DemoHistoryTests).
        builder.UseSetting("Demo:History", "false");
        builder.UseSetting("Webhooks:AllowLoopbackUrls", "true");
        // A fixture signs in many times a minute from one address; RateLimitTests switch the limits on.
        builder.UseSetting("RateLimits:Enabled", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    private sealed record TokenBody(string AccessToken);
}
