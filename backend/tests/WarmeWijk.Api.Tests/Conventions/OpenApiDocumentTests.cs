using System.Net;
using System.Text.Json;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Conventions;

/// <summary>
/// The OpenAPI document is the contract the SPA's typed client is generated from. The committed copy in
/// frontend/src/api/openapi.json must match what the API serves; set WARMEWIJK_UPDATE_OPENAPI=1 to rewrite it.
/// </summary>
public sealed class OpenApiDocumentTests
{
    private ApiFactory _api = null!;
    private string _document = string.Empty;

    [OneTimeSetUp]
    public async Task FetchDocument()
    {
        _api = await ApiFactory.StartAsync(DatabaseProvider.Sqlite);
        using var client = _api.CreateClient();
        var response = await client.GetAsync("/swagger/v1/swagger.json");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "The OpenAPI document is served without a token.");
        _document = await response.Content.ReadAsStringAsync();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _api.DisposeAsync();

    [Test]
    public void Should_match_the_committed_copy_the_frontend_client_is_generated_from()
    {
        var committed = Path.Combine(RepositoryPaths.Root(), "frontend", "src", "api", "openapi.json");
        var served = Pretty(_document);
        if (Environment.GetEnvironmentVariable("WARMEWIJK_UPDATE_OPENAPI") == "1")
        {
            File.WriteAllText(committed, served);
        }

        Assert.That(File.ReadAllText(committed).ReplaceLineEndings("\n"), Is.EqualTo(served),
            "The API changed: run `WARMEWIJK_UPDATE_OPENAPI=1 dotnet test --filter OpenApiDocumentTests` and `npm run gen:api` in frontend/.");
    }

    [Test]
    public void Should_describe_the_bearer_scheme_and_leave_sign_in_public()
    {
        using var document = JsonDocument.Parse(_document);
        var root = document.RootElement;
        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        var paths = root.GetProperty("paths");

        Assert.Multiple(() =>
        {
            Assert.That(scheme.GetProperty("scheme").GetString(), Is.EqualTo("bearer"));
            Assert.That(paths.GetProperty("/api/v1/auth/login").GetProperty("post").TryGetProperty("security", out _), Is.False);
            Assert.That(paths.GetProperty("/api/v1/me").GetProperty("get").GetProperty("security").GetArrayLength(), Is.EqualTo(1));
        });
    }

    [Test]
    public void Should_describe_enums_as_strings()
    {
        using var document = JsonDocument.Parse(_document);
        var role = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("Role");

        Assert.Multiple(() =>
        {
            Assert.That(role.GetProperty("type").GetString(), Is.EqualTo("string"));
            Assert.That(role.GetProperty("enum").EnumerateArray().Select(e => e.GetString()), Does.Contain("Coordinator"));
        });
    }

    private static string Pretty(string json) =>
        JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";
}
