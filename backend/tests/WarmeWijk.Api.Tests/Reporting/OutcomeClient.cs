using System.Net.Http.Json;
using System.Text.Json;

namespace WarmeWijk.Api.Tests.Reporting;

/// <summary>The outcome requests the tests send, with valid defaults a test can override.</summary>
internal static class OutcomeClient
{
    public static Dictionary<string, object?> Outcome(
        string observedOn = "2026-10-01", Guid? neighbourhoodId = null, string[]? types = null, string title = "Buren doen samen boodschappen") => new()
    {
        ["observedOn"] = observedOn,
        ["neighbourhoodId"] = neighbourhoodId,
        ["types"] = types ?? ["SocialRelations"],
        ["title"] = title,
        ["change"] = "Drie buren uit hetzelfde blok gaan nu samen naar de markt.",
        ["significance"] = "Buren helpen elkaar zonder vrijwilliger.",
        ["contribution"] = "Ze leerden elkaar kennen op het buurtfeest.",
        ["source"] = "Verteld door een bewoonster op de koffieochtend",
    };

    /// <summary>Records an outcome and returns its id and ETag.</summary>
    public static async Task<(Guid Id, string ETag)> RecordOutcomeAsync(this HttpClient client, Dictionary<string, object?>? outcome = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/outcomes", outcome ?? Outcome());
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), response.Headers.ETag!.Tag);
    }

    /// <summary>Sends a PUT or DELETE with If-Match (none when <paramref name="etag"/> is null).</summary>
    public static Task<HttpResponseMessage> SendWithIfMatchAsync(this HttpClient client, HttpMethod method, string path, string? etag, object? body = null)
    {
        var message = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (etag is not null)
        {
            message.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return client.SendAsync(message);
    }

    public static async Task<JsonElement> OutcomesAsync(this HttpClient client, string query) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/outcomes{query}");

    public static IEnumerable<Guid> Ids(this JsonElement page) => page.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetGuid());

    public static int CountOf(this JsonElement page, string type) =>
        page.GetProperty("countsByType").EnumerateArray().Single(c => c.GetProperty("type").GetString() == type).GetProperty("count").GetInt32();
}
