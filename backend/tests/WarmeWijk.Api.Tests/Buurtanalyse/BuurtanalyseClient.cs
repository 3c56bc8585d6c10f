using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace WarmeWijk.Api.Tests.Buurtanalyse;

/// <summary>Uploads files to the import endpoint and reads a neighbourhood's analysis, as the SPA does.</summary>
internal static class BuurtanalyseClient
{
    public static Task<HttpResponseMessage> ImportAsync(
        this HttpClient client, string kind, string fileName, string content, int? year = null, Guid? importId = null, bool byteOrderMark = false)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        return client.ImportAsync(kind, fileName, byteOrderMark ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes, year, importId);
    }

    public static async Task<HttpResponseMessage> ImportAsync(
        this HttpClient client, string? kind, string fileName, byte[] content, int? year = null, Guid? importId = null)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", fileName);
        if (kind is not null)
        {
            form.Add(new StringContent(kind), "kind");
        }

        if (year is { } y)
        {
            form.Add(new StringContent(y.ToString(System.Globalization.CultureInfo.InvariantCulture)), "year");
        }

        if (importId is { } id)
        {
            form.Add(new StringContent(id.ToString()), "importId");
        }

        return await client.PostAsync("/api/v1/buurtanalyse/imports", form);
    }

    public static async Task<Guid> NeighbourhoodIdAsync(this HttpClient client, string name) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/neighbourhoods")).GetProperty("items").EnumerateArray()
            .Single(n => n.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();

    public static async Task<JsonElement> IndicatorsAsync(this HttpClient client, Guid neighbourhood) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/neighbourhoods/{neighbourhood}/indicators");

    public static JsonElement Indicator(this JsonElement indicators, string id) =>
        indicators.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);
}
