using System.Diagnostics;
using System.Net;
using System.Text.Json;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Fuzzing;

/// <summary>
/// Bad input at scale: malformed requests derived from the committed OpenAPI document, sent to every operation of the
/// real API. Whatever arrives, the API answers 2xx or a 4xx problem (RFC 9457) — never 5xx, never an error body of
/// another shape. The seed and the count are fixed, so a failure reproduces; SQLite only, to keep the run short.
/// </summary>
public sealed class OpenApiFuzzTests
{
    private const int Seed = 20261123;
    private const int RequestsPerOperation = 100;
    private const int FailuresShown = 20;

    /// <summary>
    /// 5xx answers already reported and awaiting a fix in the API; each entry goes once the bug is fixed. Only these exact
    /// operation + case pairs are let through, so any other server error still fails the test.
    /// </summary>
    private ApiFactory _api = null!;
    private readonly List<HttpClient> _clients = [];

    [OneTimeSetUp]
    public async Task StartApi() => _api = await ApiFactory.StartAsync(DatabaseProvider.Sqlite);

    [OneTimeTearDown]
    public async Task StopApi()
    {
        _clients.ForEach(client => client.Dispose());
        await _api.DisposeAsync();
    }

    [Test]
    public async Task Should_answer_malformed_requests_to_every_operation_with_a_problem_and_never_a_server_error()
    {
        // The first that may call an operation is the one that fuzzes it: staff roles, then the partner, then nobody.
        var clients = new List<HttpClient>();
        foreach (var role in new[] { Role.Admin, Role.Coordinator, Role.FieldWorker, Role.Analyst })
        {
            clients.Add(Keep(await _api.ClientForAsync(ApiFactory.NetworkA, role)));
        }

        clients.Add(Keep(await _api.PartnerClientForAsync(ApiFactory.NetworkA)));
        clients.Add(Keep(_api.CreateClient()));
        var realIds = await RealIdsAsync(clients[0], clients[^2]);

        var random = new Random(Seed);
        var document = OpenApiOperations.LoadCommitted();
        var requests = new MalformedRequests(document, random, realIds);
        var operations = document.All();
        var failures = new List<string>();
        var sent = 0;
        var statuses = new SortedDictionary<int, int>();
        var statusesPerOperation = new List<string>();
        var stopwatch = Stopwatch.StartNew();

        foreach (var operation in operations)
        {
            var client = clients[0];
            foreach (var candidate in clients)
            {
                client = candidate;
                using var probe = requests.WellFormed(operation).Build();
                using var answer = await candidate.SendAsync(probe);
                if (answer.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
                {
                    break;
                }
            }

            var operationStatuses = new SortedDictionary<int, int>();
            foreach (var request in requests.For(operation, RequestsPerOperation))
            {
                sent++;
                var (status, failure) = await SendAsync(client, request);
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                operationStatuses[status] = operationStatuses.GetValueOrDefault(status) + 1;
                if (failure is not null)
                {
                    failures.Add(failure);
                }
            }

            statusesPerOperation.Add($"  {operation}: {Tally(operationStatuses)}");
        }

        await TestContext.Out.WriteLineAsync(
            $"Fuzzed {operations.Count} operations with {sent} requests (seed {Seed}) in {stopwatch.Elapsed.TotalSeconds:F1} s; " +
            $"statuses: {Tally(statuses)}; failures: {failures.Count}.\n{string.Join("\n", statusesPerOperation)}");
        Assert.That(failures, Is.Empty,
            $"{failures.Count} of {sent} requests (seed {Seed}) were answered badly; the first {FailuresShown}:\n" +
            string.Join("\n", failures.Take(FailuresShown)));
    }

    private HttpClient Keep(HttpClient client)
    {
        _clients.Add(client);
        return client;
    }

    /// <returns>The status (0 when the call threw) and, if the answer breaks the contract, a line saying how.</returns>
    private static async Task<(int Status, string? Failure)> SendAsync(HttpClient client, FuzzRequest fuzz)
    {
        var label = $"{fuzz.Operation.Method} {Excerpt(fuzz.Path, 120)} [{fuzz.Case}]";
        try
        {
            using var request = fuzz.Build();
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            var problem = ProblemViolation(response, body);
            return status >= 500 || (status >= 400 && problem is not null)
                ? (status, $"{label} → {status} {problem ?? string.Empty}: {Excerpt(body, 200)}")
                : (status, null);
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException)
        {
            return (0, $"{label} → threw {exception.GetType().Name}: {Excerpt(exception.Message, 300)}");
        }
    }

    /// <returns>Why the body is not a problem with this response's status and a title, or null when it is one.</returns>
    private static string? ProblemViolation(HttpResponseMessage response, string body)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"(content type {response.Content.Headers.ContentType?.MediaType ?? "none"}, not problem+json)";
        }

        try
        {
            var problem = JsonDocument.Parse(body).RootElement;
            var hasStatus = problem.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Number
                && status.GetInt32() == (int)response.StatusCode;
            var hasTitle = problem.TryGetProperty("title", out var title) && !string.IsNullOrEmpty(title.GetString());
            return hasStatus && hasTitle ? null : "(problem without a matching status or a title)";
        }
        catch (JsonException)
        {
            return "(problem+json that is not JSON)";
        }
    }

    /// <summary>Ids that exist in the seeded network per collection, so some requests get past "not found" to the body checks.</summary>
    private static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> RealIdsAsync(HttpClient staff, HttpClient partner)
    {
        var idsPerCollection = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var (client, collection) in new[]
        {
            (staff, "/api/v1/help-requests"), (staff, "/api/v1/volunteers"), (staff, "/api/v1/neighbourhoods"),
            (staff, "/api/v1/buurtanalyse/imports"), (staff, "/api/v1/webhook-deliveries"),
            (partner, "/api/v1/referrals"), (partner, "/api/v1/webhook-subscriptions"),
        })
        {
            using var response = await client.GetAsync(collection);
            var ids = new HashSet<string>();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                JsonIds.Collect(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement, ids);
            }

            idsPerCollection[collection] = ids.Order(StringComparer.Ordinal).Take(20).ToList();
        }

        return idsPerCollection;
    }

    private static string Tally(SortedDictionary<int, int> statuses) =>
        string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"));

    private static string Excerpt(string text, int length) =>
        (text.Length <= length ? text : text[..length] + "…").ReplaceLineEndings(" ");
}
