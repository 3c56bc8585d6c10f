using System.Net.Http.Json;
using System.Text.Json;
using WarmeWijk.Api.Tests.Intake;

namespace WarmeWijk.Api.Tests.Matching;

/// <summary>Volunteers and requests ready for matching, near the Kiel demo address (Sint-Bernardsesteenweg, Antwerpen).</summary>
internal static class MatchingClient
{
    public const double KielLatitude = 51.1870;
    public const double KielLongitude = 4.3920;

    public static Dictionary<string, object?> Volunteer(
        string firstName = "Els", double latitude = KielLatitude + 0.01, double longitude = KielLongitude, double maxTravelKm = 5,
        int maxConcurrentMatches = 2, string[]? buddyTypes = null, string language = "nl") => new()
    {
        ["firstName"] = firstName,
        ["lastName"] = "Peeters",
        ["email"] = $"{firstName.ToLowerInvariant()}@example.org",
        ["phone"] = "0475 11 22 33",
        ["role"] = "Buddy",
        ["buddyTypes"] = buddyTypes ?? ["Shopping"],
        ["skills"] = new[] { "rijbewijs" },
        ["languages"] = new[] { new { code = language, level = "Native" } },
        ["availability"] = new[] { new { day = "Tuesday", from = "09:00", until = "13:00" }, new { day = "Thursday", from = "14:00", until = "17:00" } },
        ["absences"] = Array.Empty<object>(),
        ["home"] = new { latitude, longitude },
        ["sectorCode"] = "11002F60-",
        ["maxTravelKm"] = maxTravelKm,
        ["maxConcurrentMatches"] = maxConcurrentMatches,
        ["refusedCategories"] = Array.Empty<string>(),
        ["refusedHomeConditions"] = Array.Empty<string>(),
        ["training"] = new[] { new { module = "basisvorming", completedOn = "2026-03-01" } },
        ["screening"] = new { issuedOn = "2026-01-10", expiresOn = "2029-01-10" },
        ["insuredUntil"] = "2027-12-31",
        ["residentId"] = null,
    };

    /// <summary>Registers a volunteer and moves them to Active; returns the id.</summary>
    public static async Task<Guid> RegisterActiveVolunteerAsync(this HttpClient coordinator, Dictionary<string, object?>? volunteer = null)
    {
        var created = await coordinator.PostAsJsonAsync("/api/v1/volunteers", volunteer ?? Volunteer());
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await coordinator.PostWithIfMatchAsync($"/api/v1/volunteers/{id}/status", created.Headers.ETag!.Tag, new { to = "Active", reason = "Basisvorming gevolgd" }))
            .EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>
    /// A triaged request moved to Matching, for the given resident or else a new one at the Kiel demo address with a known
    /// home location.
    /// </summary>
    public static async Task<(Guid Id, string ETag)> RequestInMatchingAsync(this HttpClient coordinator, string category = "shopping", Guid? residentId = null)
    {
        var resident = residentId ?? await coordinator.RegisterResidentAsync(ResidentWithHome());
        var (id, etag) = await coordinator.RecordIntakeAsync(resident, category);
        var triaged = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{id}/triage", etag, new { decidedRoute = "Light", residentChoice = "AgreesWithAdvice" });
        triaged.EnsureSuccessStatusCode();
        var matching = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{id}/transitions", triaged.Headers.ETag!.Tag, new { to = "Matching", reason = "Licht: vrijwilliger zoeken" });
        matching.EnsureSuccessStatusCode();
        return (id, matching.Headers.ETag!.Tag);
    }

    public static object ResidentWithHome()
    {
        var json = JsonSerializer.SerializeToNode(IntakeClient.Resident())!.AsObject();
        json["home"] = JsonSerializer.SerializeToNode(new { latitude = KielLatitude, longitude = KielLongitude });
        return json;
    }
}
