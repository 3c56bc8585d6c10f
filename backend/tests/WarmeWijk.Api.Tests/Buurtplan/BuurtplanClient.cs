using System.Net.Http.Json;
using System.Text.Json;
using WarmeWijk.Api.Tests.Buurtanalyse;

namespace WarmeWijk.Api.Tests.Buurtplan;

/// <summary>The buurtplan requests the tests send, with valid defaults a test can override.</summary>
internal static class BuurtplanClient
{
    public static Dictionary<string, object?> Goal(string title = "Minder eenzaamheid bij ouderen") => new()
    {
        ["title"] = title,
        ["description"] = "Elke alleenwonende 65-plusser kent een buur.",
        ["status"] = "Active",
        ["findings"] = new object[]
        {
            new Dictionary<string, object?> { ["kind"] = "Indicator", ["code"] = "share_65_plus_living_alone", ["note"] = "Dubbel zo hoog als in Vlaanderen." },
            new Dictionary<string, object?> { ["kind"] = "SignalTheme", ["code"] = "Eenzaamheid", ["note"] = "Veldwerkers zien ouderen weinig buitenkomen." },
        },
        ["indicators"] = new object[]
        {
            new Dictionary<string, object?> { ["code"] = "share_65_plus_living_alone", ["baseline"] = 38.5, ["target"] = 35 },
            new Dictionary<string, object?> { ["code"] = "activity_participants", ["baseline"] = 100, ["target"] = 250 },
        },
    };

    public static Dictionary<string, object?> Action(string startOn = "2026-01-01", string dueOn = "2026-06-30", string? ownerName = "Seniorenraad") => new()
    {
        ["title"] = "Wekelijks koffiemoment",
        ["startOn"] = startOn,
        ["dueOn"] = dueOn,
        ["ownerUserId"] = null,
        ["ownerName"] = ownerName,
        ["partnerIds"] = Array.Empty<Guid>(),
        ["notes"] = "In het buurthuis.",
    };

    public static Dictionary<string, object?> Activity(string heldOn = "2026-10-01", Guid? actionId = null) => new()
    {
        ["heldOn"] = heldOn,
        ["type"] = "CoffeeMoment",
        ["participants"] = 12,
        ["groupsReached"] = new[] { "OlderResidents", "Newcomers", "OlderResidents" },
        ["actionId"] = actionId,
        ["description"] = "Koffie en taart in het buurthuis.",
    };

    public static async Task<Guid> KielAsync(this HttpClient client) => await client.NeighbourhoodIdAsync("Kiel");

    /// <summary>Posts and returns the created resource's id and ETag, failing with the body when it was refused.</summary>
    public static async Task<(Guid Id, string ETag)> CreateAsync(this HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), response.Headers.ETag!.Tag);
    }

    public static async Task<(Guid Goal, string GoalETag, Guid Action, string ActionETag)> GoalWithActionAsync(this HttpClient coordinator)
    {
        var kiel = await coordinator.KielAsync();
        var (goal, goalETag) = await coordinator.CreateAsync($"/api/v1/neighbourhoods/{kiel}/buurtplan/goals", Goal());
        var (action, actionETag) = await coordinator.CreateAsync($"/api/v1/buurtplan/goals/{goal}/actions", Action());
        return (goal, goalETag, action, actionETag);
    }

    public static async Task<JsonElement> PlanAsync(this HttpClient client, Guid neighbourhood) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/neighbourhoods/{neighbourhood}/buurtplan");

    public static async Task<Guid> PartnerIdAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/partners")).GetProperty("items")[0].GetProperty("id").GetGuid();
}
