using System.Net;
using System.Text.RegularExpressions;
using WarmeWijk.Api.Tests.Fuzzing;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Tenancy;

/// <summary>
/// Cross-tenant probes generated from the committed OpenAPI document: every operation with a path parameter is called
/// by every role of network A (and A's partner client) with real ids of network B, and every list is read by them.
/// An id of B must look as if it does not exist: 404, or the very answer an id that exists nowhere gets (the role
/// check's 403, a 400 from a validator that runs before the look-up); no answer may
/// carry any of B's ids, and B's data must be as it was afterwards. A path parameter of a kind the probe
/// cannot fill with one of B's ids fails the test: a new endpoint is covered or it is explained in <see cref="NotIds"/>.
/// </summary>
public sealed partial class CrossTenantProbeTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    private const int Seed = 20261123;

    /// <summary>Path parameters that name no resource of a network, and why the probe passes them by.</summary>
    private static readonly Dictionary<string, string> NotIds = new()
    {
        ["match-offers/{token}"] = "a volunteer's personal link: the unguessable token is the permission, no network is signed in",
        ["imports/{id}"] = "open-data imports are shared by every network (docs/decisions/0008); the importer is named only to their own network",
    };

    /// <summary>
    /// Path parameters that are a key inside the caller's own network: the same value names (or creates) the caller's
    /// own resource. A 2xx is correct there; that B's resource is untouched is checked with the rest of B's data.
    /// </summary>
    private static readonly Dictionary<string, string> OwnNetworkKeys = new()
    {
        ["help-categories/{code}"] = "category codes are chosen per network; PUT saves the caller's own category of that code",
    };

    private readonly Dictionary<string, HttpClient> _callers = [];
    private OtherNetwork _b = null!;
    private OpenApiOperations _document = null!;

    /// <summary>The dispatcher stays off: B's webhook delivery must not change while its data is compared.</summary>
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Webhooks:Enabled"] = "false" };

    [OneTimeSetUp]
    public async Task SetUpBothNetworks()
    {
        _b = await OtherNetwork.SetUpAsync(Api);
        foreach (var role in new[] { Role.Admin, Role.Coordinator, Role.FieldWorker, Role.Analyst })
        {
            _callers[role.ToString()] = await Api.ClientForAsync(ApiFactory.NetworkA, role);
        }

        _callers[nameof(Role.Partner)] = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        _document = OpenApiOperations.LoadCommitted();
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
    public async Task Should_answer_not_found_to_every_role_of_network_A_for_every_id_of_network_B()
    {
        var before = await SnapshotOfBAsync();
        var wrong = new List<string>();
        var probes = 0;
        var answers = new SortedDictionary<int, int>();

        foreach (var operation in _document.All().Where(o => o.Parameters.Any(p => p.Location == "path")))
        {
            var theirs = new Dictionary<string, string>();
            var skipped = false;
            var ownKey = false;
            foreach (var parameter in operation.Parameters.Where(p => p.Location == "path"))
            {
                var kind = OtherNetwork.KindOf(operation.PathTemplate, parameter.Name);
                if (NotIds.ContainsKey(kind))
                {
                    skipped = true;
                }
                else if (_b.IdOf(operation.PathTemplate, parameter.Name) is { } id)
                {
                    theirs[parameter.Name] = id;
                    ownKey |= OwnNetworkKeys.ContainsKey(kind);
                }
                else if (!parameter.Schema.TryGetProperty("enum", out _))
                {
                    wrong.Add($"{operation}: the probe has no id of network B for '{kind}'; teach OtherNetwork to make one");
                }
            }

            if (skipped || theirs.Count == 0)
            {
                await TestContext.Out.WriteLineAsync($"Not probed: {operation} (no id of a network in its path).");
                continue;
            }

            // The same request with ids that exist nowhere: B's ids must get the very same answer.
            var nobodys = theirs.ToDictionary(p => p.Key, p => OwnNetworkKeys.ContainsKey(OtherNetwork.KindOf(operation.PathTemplate, p.Key))
                ? p.Value
                : Guid.NewGuid().ToString());
            foreach (var (caller, client) in _callers)
            {
                probes++;
                // Both from the same seed: the same body, so a validation error (the body may not pass every rule) is the same too.
                var (status, body) = await SendAsync(client, Requests(probes).WellFormed(operation, theirs));
                var (controlStatus, controlBody) = await SendAsync(client, Requests(probes).WellFormed(operation, nobodys));
                // A 403 counts only when an unknown id gets it too: refused for the role, not for what was found.
                var hidden = status == HttpStatusCode.NotFound
                    || (status == controlStatus && (int)status >= 400 && Normalised(body, theirs) == Normalised(controlBody, nobodys));
                answers[(int)status] = answers.GetValueOrDefault((int)status) + 1;
                if (!hidden && !(ownKey && (int)status < 300))
                {
                    wrong.Add($"{operation} as {caller} with B's {string.Join(", ", theirs.Values)}: {(int)status} " +
                        $"(an unknown id: {(int)controlStatus}) {Excerpt(body)}");
                }

                wrong.AddRange(Leaks(body, theirs.Values).Select(leak => $"{operation} as {caller}: the answer carries {leak}"));
            }
        }

        var after = await SnapshotOfBAsync();
        wrong.AddRange(before.Where(list => after[list.Key] != list.Value).Select(list => $"B's {list.Key} changed during the probes"));
        await TestContext.Out.WriteLineAsync(
            $"Sent {probes} probes with ids of network B; answers: {string.Join(", ", answers.Select(a => $"{a.Key}×{a.Value}"))}.");
        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public async Task Should_never_list_anything_of_network_B_to_network_A()
    {
        var requests = new MalformedRequests(_document, new Random(Seed), new Dictionary<string, IReadOnlyList<string>>());
        var wrong = new List<string>();
        var lists = 0;

        foreach (var operation in _document.All().Where(o => o is { Method: "GET" } && o.Parameters.All(p => p.Location != "path")))
        {
            foreach (var (caller, client) in _callers)
            {
                using var request = requests.WellFormed(operation).Build();
                using var response = await client.SendAsync(request);
                if (response.IsSuccessStatusCode)
                {
                    lists++;
                    wrong.AddRange(Leaks(await response.Content.ReadAsStringAsync(), []).Select(leak => $"{operation} as {caller}: {leak}"));
                }
            }
        }

        await TestContext.Out.WriteLineAsync($"Read {lists} lists as network A.");
        Assert.Multiple(() =>
        {
            Assert.That(lists, Is.GreaterThan(20), "Most lists should answer 200 to some role of network A.");
            Assert.That(wrong, Is.Empty);
        });
    }

    /// <summary>B's ids and B's own category name in an answer to A, except the ids A itself sent.</summary>
    private IEnumerable<string> Leaks(string body, IEnumerable<string> sent)
    {
        var echoed = sent.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var id in _b.KnownIds.Where(id => !echoed.Contains(id) && body.Contains(id, StringComparison.OrdinalIgnoreCase)))
        {
            yield return $"network B's id {id}";
        }

        if (body.Contains(OtherNetwork.CategoryName, StringComparison.Ordinal))
        {
            yield return "network B's category name";
        }
    }

    /// <summary>What B's own users see in every list that needs no path parameter, read as B's admin and partner.</summary>
    private async Task<Dictionary<string, string>> SnapshotOfBAsync()
    {
        var requests = new MalformedRequests(_document, new Random(Seed), new Dictionary<string, IReadOnlyList<string>>());
        using var admin = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Admin);
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkB);
        var snapshot = new Dictionary<string, string>();
        foreach (var operation in _document.All().Where(o => o is { Method: "GET" } && o.Parameters.All(p => p.Location != "path")))
        {
            foreach (var (name, client) in new[] { ("admin", admin), ("coordinator", coordinator), ("partner", partner) })
            {
                using var request = requests.WellFormed(operation).Build();
                using var response = await client.SendAsync(request);
                if (response.IsSuccessStatusCode)
                {
                    snapshot[$"{operation} as {name}"] = await response.Content.ReadAsStringAsync();
                }
            }
        }

        return snapshot;
    }

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpClient client, FuzzRequest probe)
    {
        using var request = probe.Build();
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The answer without what differs between any two calls: the ids sent and the trace id.</summary>
    private static string Normalised(string body, Dictionary<string, string> sent)
    {
        body = TraceId().Replace(body, string.Empty);
        return sent.Aggregate(body, (text, parameter) => text.Replace(parameter.Value, "{" + parameter.Key + "}", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceId();

    private MalformedRequests Requests(int seed) => new(_document, new Random(Seed + seed), new Dictionary<string, IReadOnlyList<string>>());

    private static string Excerpt(string body) => body.Length <= 200 ? body : body[..200] + "…";
}
