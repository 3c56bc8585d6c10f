using System.Net.Http.Json;
using System.Text.Json;
using WarmeWijk.Api.Tests.Buurtanalyse;
using WarmeWijk.Api.Tests.Buurtplan;
using WarmeWijk.Api.Tests.Intake;
using WarmeWijk.Api.Tests.Matching;
using WarmeWijk.Api.Tests.Referrals;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Api.Tests.Webhooks;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Api.Tests.Tenancy;

/// <summary>
/// One resource of every kind a path of the API can name, in network B: looked up where the demo data has one,
/// created through B's own users where it does not. <see cref="IdOf"/> answers per path parameter, keyed by the
/// collection the parameter follows (e.g. "help-requests/{id}").
/// </summary>
public sealed class OtherNetwork
{
    /// <summary>The name of the category that exists only in network B (codes are per network).</summary>
    public const string CategoryName = "Alleen in het andere netwerk";

    private readonly Dictionary<string, string> _ids = [];

    private OtherNetwork()
    {
    }

    /// <summary>Every id of network B seen while setting it up, to look for in answers to network A.</summary>
    public HashSet<string> KnownIds { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static async Task<OtherNetwork> SetUpAsync(ApiFactory api)
    {
        var b = new OtherNetwork();
        using var coordinator = await api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);
        using var admin = await api.ClientForAsync(ApiFactory.NetworkB, Role.Admin);
        using var partner = await api.PartnerClientForAsync(ApiFactory.NetworkB);

        b.Add("network", (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("network").GetProperty("id").GetString()!);
        b.Add("neighbourhoods/{id}", await FirstIdAsync(coordinator, "/api/v1/neighbourhoods"));
        b.Add("outcomes/{id}", await FirstIdAsync(coordinator, "/api/v1/outcomes"));
        b.Add("partners/{id}", await FirstIdAsync(coordinator, "/api/v1/partners"));
        var neighbourhood = b._ids["neighbourhoods/{id}"];
        var (goal, _) = await coordinator.CreateAsync($"/api/v1/neighbourhoods/{neighbourhood}/buurtplan/goals", BuurtplanClient.Goal());
        b.Add("goals/{id}", goal.ToString());
        var (action, _) = await coordinator.CreateAsync($"/api/v1/buurtplan/goals/{goal}/actions", BuurtplanClient.Action());
        b.Add("actions/{id}", action.ToString());
        var (activity, _) = await coordinator.CreateAsync($"/api/v1/neighbourhoods/{neighbourhood}/activities", BuurtplanClient.Activity());
        b.Add("activities/{id}", activity.ToString());
        var (consultation, _) = await coordinator.CreateAsync($"/api/v1/neighbourhoods/{neighbourhood}/consultations", ConsultationTests.Consultation());
        b.Add("consultations/{id}", consultation.ToString());

        var volunteer = await coordinator.RegisterActiveVolunteerAsync();
        b.Add("volunteers/{id}", volunteer.ToString());
        var resident = await coordinator.RegisterResidentAsync(MatchingClient.ResidentWithHome());
        b.Add("residents/{id}", resident.ToString());
        var (inMatching, etag) = await coordinator.RequestInMatchingAsync(residentId: resident);
        var proposed = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{inMatching}/proposals", etag, new { volunteerId = volunteer });
        b.Add("volunteer-matches/{id}", await IdOfAsync(proposed));

        var (request, _) = await coordinator.RecordIntakeAsync(resident);
        b.Add("help-requests/{id}", request.ToString());
        var followUp = await coordinator.PostAsJsonAsync($"/api/v1/help-requests/{request}/follow-ups",
            new { description = "Opbellen", dueOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)), recurrence = "Weekly" });
        b.Add("follow-ups/{taskId}", (await BodyOfAsync(followUp)).GetProperty("followUps")[0].GetProperty("id").GetString()!);

        var category = await admin.PutAsJsonAsync("/api/v1/help-categories/only-in-b",
            new { nameNl = CategoryName, nameEn = "Only in the other network", defaultRoute = "Light", isActive = true });
        await BodyOfAsync(category);
        b.Add("help-categories/{code}", "only-in-b", known: false);

        var subscription = await partner.PostAsJsonAsync("/api/v1/webhook-subscriptions", new { url = "https://partner.example.org/hooks" });
        b.Add("webhook-subscriptions/{id}", await IdOfAsync(subscription));
        b.Add("referrals/{id}", await IdOfAsync(await PartnerReferralTests.Submit(partner, Guid.NewGuid().ToString(), PartnerReferralTests.Referral())));
        var delivery = Guid.NewGuid();
        await WebhookOutboxes.EnqueueAsync(api, await WebhookOutboxes.PartnerOrganisationOfAsync(api, ApiFactory.NetworkB),
            [(delivery, WebhookOutboxes.StatusChange(delivery, 1))]);
        b.Add("webhook-deliveries/{id}", await FirstIdAsync(coordinator, "/api/v1/webhook-deliveries"));

        foreach (var list in new[] { "/api/v1/help-requests", "/api/v1/volunteers", "/api/v1/outcomes", "/api/v1/neighbourhoods", "/api/v1/partners" })
        {
            JsonIds.Collect(await coordinator.GetFromJsonAsync<JsonElement>(list), b.KnownIds);
        }

        JsonIds.Collect(await partner.GetFromJsonAsync<JsonElement>("/api/v1/referrals"), b.KnownIds);
        return b;
    }

    /// <summary>B's id for the path parameter <paramref name="parameter"/> of <paramref name="pathTemplate"/>, or null for a kind it has none of.</summary>
    public string? IdOf(string pathTemplate, string parameter) => _ids.GetValueOrDefault(KindOf(pathTemplate, parameter));

    /// <summary>"help-requests/{id}": the collection a path parameter belongs to, and its name.</summary>
    public static string KindOf(string pathTemplate, string parameter)
    {
        var segments = pathTemplate.Split('/');
        var at = Array.IndexOf(segments, "{" + parameter + "}");
        return at > 0 ? $"{segments[at - 1]}/{{{parameter}}}" : $"{{{parameter}}}";
    }

    /// <param name="known">False for a key that any network may use for its own resource too (a category code).</param>
    private void Add(string kind, string id, bool known = true)
    {
        _ids[kind] = id;
        if (known)
        {
            KnownIds.Add(id);
        }
    }

    private static async Task<string> FirstIdAsync(HttpClient client, string list)
    {
        var answer = await client.GetFromJsonAsync<JsonElement>(list);
        var items = answer.ValueKind == JsonValueKind.Array ? answer : answer.GetProperty("items");
        return items.GetArrayLength() > 0
            ? items[0].GetProperty("id").GetString()!
            : throw new InvalidOperationException($"Network B has nothing in {list} to probe with.");
    }

    private static async Task<string> IdOfAsync(HttpResponseMessage created) => (await BodyOfAsync(created)).GetProperty("id").GetString()!;

    private static async Task<JsonElement> BodyOfAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(body).RootElement.Clone()
            : throw new InvalidOperationException(
                $"Setting up network B failed: {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode} {body}");
    }
}
