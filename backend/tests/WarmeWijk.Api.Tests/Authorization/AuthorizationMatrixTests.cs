using System.Net;
using System.Text.Json;
using WarmeWijk.Api.Tests.Fuzzing;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Authorization;

/// <summary>
/// The role × endpoint matrix, derived from the code (<see cref="EndpointAccess"/>), written to
/// docs/security/authorization-matrix.md and then proven cell by cell over HTTP: every endpoint of the OpenAPI document
/// is called by every role of network A and without a token, with a request that follows the document (random ids).
/// A role the matrix allows never gets 401 or 403; one it does not allow gets the role check's 403; no token gets 401.
/// Set WARMEWIJK_UPDATE_AUTHZ_MATRIX=1 to rewrite the document.
/// </summary>
public sealed class AuthorizationMatrixTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    private const string Anonymous = "Anonymous";
    private const int Seed = 20261123;

    private readonly Dictionary<string, HttpClient> _callers = [];
    private IReadOnlyList<EndpointAccess> _endpoints = [];

    [OneTimeSetUp]
    public async Task SignInEveryRole()
    {
        foreach (var role in EndpointAccess.AllRoles.Where(r => r != Role.Partner))
        {
            _callers[role.ToString()] = await Api.ClientForAsync(ApiFactory.NetworkA, role);
        }

        _callers[nameof(Role.Partner)] = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        _callers[Anonymous] = Api.CreateClient();
        _endpoints = EndpointAccess.Of(Api.Services);
    }

    [OneTimeTearDown]
    public void SignOut()
    {
        foreach (var client in _callers.Values)
        {
            client.Dispose();
        }
    }

    [Test]
    public void Should_know_who_may_call_every_endpoint()
    {
        var unclassified = _endpoints.Where(e => e.Unclassified is not null).Select(e => $"{e.Key}: {e.Unclassified}").ToList();

        Assert.That(unclassified, Is.Empty,
            "Every endpoint must send a mediator request with [RequiresRole] or [PublicRequest], so the matrix can say who may call it.");
    }

    [Test]
    public void Should_match_the_committed_matrix()
    {
        var committed = Path.Combine(RepositoryPaths.Root(), "docs", "security", "authorization-matrix.md");
        var generated = EndpointAccess.Markdown(_endpoints);
        if (Environment.GetEnvironmentVariable("WARMEWIJK_UPDATE_AUTHZ_MATRIX") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(committed)!);
            File.WriteAllText(committed, generated);
        }

        Assert.That(File.Exists(committed) ? File.ReadAllText(committed).ReplaceLineEndings("\n") : string.Empty, Is.EqualTo(generated),
            "Who may call what changed: run `WARMEWIJK_UPDATE_AUTHZ_MATRIX=1 dotnet test backend/tests/WarmeWijk.Api.Tests " +
            "--filter AuthorizationMatrixTests` and review the difference in docs/security/authorization-matrix.md.");
    }

    [Test]
    public void Should_cover_the_same_endpoints_as_the_openapi_document()
    {
        var documented = OpenApiOperations.LoadCommitted().All().Select(o => o.ToString()).Order(StringComparer.Ordinal);

        Assert.That(_endpoints.Select(e => e.Key).Order(StringComparer.Ordinal), Is.EqualTo(documented),
            "The OpenAPI document and the mapped endpoints differ: regenerate the document (see OpenApiDocumentTests).");
    }

    [Test]
    public async Task Should_answer_every_role_on_every_endpoint_as_the_matrix_says()
    {
        var document = OpenApiOperations.LoadCommitted();
        var requests = new MalformedRequests(document, new Random(Seed), new Dictionary<string, IReadOnlyList<string>>());
        var access = _endpoints.ToDictionary(e => e.Key);
        var wrong = new List<string>();
        var cells = 0;

        foreach (var operation in document.All())
        {
            if (!access.TryGetValue(operation.ToString(), out var endpoint))
            {
                wrong.Add($"{operation}: in the OpenAPI document but not mapped");
                continue;
            }

            foreach (var (caller, client) in _callers)
            {
                cells++;
                using var request = requests.WellFormed(operation).Build();
                using var response = await client.SendAsync(request);
                var verdict = Verdict(endpoint, caller, response, await response.Content.ReadAsStringAsync());
                if (verdict is not null)
                {
                    wrong.Add($"{operation} as {caller}: {verdict}");
                }
            }
        }

        await TestContext.Out.WriteLineAsync($"Checked {cells} cells of {_endpoints.Count} endpoints.");
        Assert.That(wrong, Is.Empty, $"{wrong.Count} of {cells} cells disagree with the matrix.");
    }

    /// <returns>Why the answer contradicts the matrix, or null when it agrees.</returns>
    private static string? Verdict(EndpointAccess endpoint, string caller, HttpResponseMessage response, string body)
    {
        var status = response.StatusCode;
        var challenged = status == HttpStatusCode.Unauthorized && response.Headers.WwwAuthenticate.Count > 0;
        var allowed = caller == Anonymous
            ? endpoint.AllowsAnonymous
            : endpoint.Roles.Contains(Enum.Parse<Role>(caller));
        if (allowed)
        {
            // A public endpoint may answer 401 for wrong credentials (sign-in, refresh), but never with the bearer challenge.
            var refused = status == HttpStatusCode.Forbidden
                || (status == HttpStatusCode.Unauthorized && (challenged || !endpoint.AllowsAnonymous));
            return refused ? $"allowed by the matrix, answered {(int)status}: {Excerpt(body)}" : null;
        }

        if (caller == Anonymous)
        {
            return challenged ? null : $"needs a token, answered {(int)status} without the bearer challenge: {Excerpt(body)}";
        }

        return status == HttpStatusCode.Forbidden && Detail(body) == $"The role {caller} may not do this."
            ? null
            : $"not allowed by the matrix, answered {(int)status} instead of the role check's 403: {Excerpt(body)}";
    }

    private static string? Detail(string body)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Excerpt(string body) => body.Length <= 200 ? body : body[..200] + "…";
}
