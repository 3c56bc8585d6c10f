using System.Net.Http.Json;
using System.Text.Json;

namespace WarmeWijk.Api.Tests.Intake;

/// <summary>The requests an intake test sends over and over, with valid defaults a test can override.</summary>
internal static class IntakeClient
{
    public static object Resident(
        string lastName = "Janssens", string phone = "0475 12 34 56", string sectorCode = "11002F60-", string postalCode = "2020", string language = "nl", object[]? consents = null) => new
    {
        firstName = "Maria",
        lastName,
        birthYear = 1941,
        phone,
        address = new { street = "Sint-Bernardsesteenweg", houseNumber = "12", postalCode, municipality = "Antwerpen", sectorCode },
        languages = new[] { language },
        contactPreference = "Phone",
        consents = consents ?? [new { purpose = "Intake" }],
    };

    public static object HelpRequest(Guid residentId, string category = "shopping", string description = "Wekelijks boodschappen doen", string urgency = "Normal") => new
    {
        residentId,
        channel = "HomeVisit",
        categoryCode = category,
        description,
        urgency,
        recurrence = "Weekly",
        timeWindows = new[] { new { day = "Tuesday", from = "10:00", until = "12:00" } },
        needs = new[] { "no-stairs" },
    };

    public static async Task<Guid> RegisterResidentAsync(this HttpClient client, object? resident = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/residents", resident ?? Resident());
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Records a request and returns its id and ETag.</summary>
    public static async Task<(Guid Id, string ETag)> RecordIntakeAsync(this HttpClient client, Guid residentId, string category = "shopping", string urgency = "Normal")
    {
        var response = await client.PostAsJsonAsync("/api/v1/help-requests", HelpRequest(residentId, category, urgency: urgency));
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), response.Headers.ETag!.Tag);
    }

    /// <summary>POSTs with If-Match and returns the response; the caller reads the new ETag from it.</summary>
    public static Task<HttpResponseMessage> PostWithIfMatchAsync(this HttpClient client, string path, string? etag, object body)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            message.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return client.SendAsync(message);
    }
}
