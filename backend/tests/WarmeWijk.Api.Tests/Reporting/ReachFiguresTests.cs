using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Reporting;

/// <summary>
/// The dashboard's reach and volunteer figures on the demo history, recomputed here from the raw tables (plain SQL rows,
/// periods in Brussels time): residents reached by age band, 65+ asking for company, other first language, residents who
/// also volunteer; hours and volunteers who helped. A hidden count is checked against its reason (small or withheld).
/// </summary>
public sealed class ReachFiguresTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    private const string Network = ApiFactory.NetworkA;

    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    private static readonly DateOnly Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Brussels).DateTime);

    private RawNetwork _raw = null!;

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Demo:History"] = "true" };

    [OneTimeSetUp]
    public async Task ReadRawTables() => _raw = await RawNetwork.ReadAsync(Api, Network);

    [TestCase(36, null, null, false)]
    [TestCase(12, null, null, true)]
    [TestCase(6, "shopping", null, false)]
    [TestCase(12, null, "PhoneLine", false)]
    public async Task Should_give_the_reach_and_volunteer_figures_the_raw_tables_give(int months, string? category, string? channel, bool oneNeighbourhood)
    {
        var (from, to) = (Today.AddMonths(-months).AddDays(1), Today);
        var neighbourhood = oneNeighbourhood ? _raw.LargestNeighbourhood : (Guid?)null;
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var query = $"from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}"
            + (category is null ? "" : $"&categoryCode={category}")
            + (channel is null ? "" : $"&channel={channel}")
            + (neighbourhood is null ? "" : $"&neighbourhoodId={neighbourhood}");

        var response = await coordinator.GetAsync($"/api/v1/reports/dashboard?{query}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var dashboard = await response.Content.ReadFromJsonAsync<JsonElement>();
        var expected = _raw.Expect(from, to, category, channel, neighbourhood);
        var reach = dashboard.GetProperty("reach");
        var groups = reach.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("group").GetString()!, g => g.GetProperty("reached"));
        var volunteers = dashboard.GetProperty("volunteers");
        Assert.Multiple(() =>
        {
            Assert.That(expected.Reached, Is.GreaterThanOrEqualTo(5), "the case must reach enough residents to show something");
            AssertCount(reach.GetProperty("residentsReached"), expected.Reached, "reached");
            foreach (var (group, count) in expected.Groups)
            {
                AssertCount(groups[group], count, group);
            }

            AssertCount(reach.GetProperty("alsoVolunteering"), expected.AlsoVolunteering, "also volunteering");
            AssertCount(volunteers.GetProperty("volunteersWhoHelped"), expected.VolunteersWhoHelped, "volunteers who helped");
            AssertCount(volunteers.GetProperty("activeNow"), expected.ActiveVolunteers, "active volunteers");
            if (volunteers.GetProperty("hours").ValueKind == JsonValueKind.Number)
            {
                Assert.That(volunteers.GetProperty("hours").GetDecimal(), Is.EqualTo(expected.Hours), "hours");
            }
            else
            {
                Assert.That(expected.VolunteersWhoHelped, Is.InRange(1, 4), "hours are hidden only with fewer than 5 volunteers");
            }
        });
    }

    private static void AssertCount(JsonElement count, int expected, string what)
    {
        switch (count.GetProperty("disclosure").GetString())
        {
            case "Shown":
                Assert.That(count.GetProperty("value").GetInt32(), Is.EqualTo(expected), what);
                break;
            case "Small":
                Assert.That(expected, Is.InRange(1, 4), $"{what} is shown as small");
                break;
            default:
                Assert.That(expected, Is.GreaterThanOrEqualTo(5), $"{what} is withheld, which only large counts are");
                break;
        }
    }

    private sealed record Expected(int Reached, Dictionary<string, int> Groups, int AlsoVolunteering, decimal Hours, int VolunteersWhoHelped, int ActiveVolunteers);

    private sealed record Request(string ResidentId, DateOnly On, string Category, string Channel, string Sector);

    private sealed record Resident(int? BirthYear, string? FirstLanguage);

    /// <summary>The network's rows as plain SQL returns them, with the provider's own types turned into plain values.</summary>
    private sealed class RawNetwork
    {
        private List<Request> _requests = [];
        private Dictionary<string, Resident> _residents = [];
        private readonly Dictionary<string, string> _neighbourhoodOfSector = [];
        private HashSet<string> _companyCategories = [];
        private HashSet<string> _volunteeringResidents = [];
        private List<(string Volunteer, DateOnly On, decimal Hours)> _hours = [];
        private int _activeVolunteers;

        public Guid LargestNeighbourhood => Guid.Parse(_requests.Where(r => _neighbourhoodOfSector.ContainsKey(r.Sector))
            .CountBy(r => _neighbourhoodOfSector[r.Sector]).MaxBy(n => n.Value).Key);

        public static async Task<RawNetwork> ReadAsync(ApiFactory api, string slug)
        {
            string Of(string alias) => $"JOIN networks w ON w.id = {alias}.network_id WHERE w.slug = '{slug}'";
            var raw = new RawNetwork
            {
                _requests = [.. (await api.RowsAsync($"SELECT h.resident_id, h.created_at, h.category_code, h.channel, h.sector_code FROM help_requests h {Of("h")}"))
                    .Select(r => new Request(Id(r[0]), LocalDate(r[1]), (string)r[2], (string)r[3], (string)r[4]))],
                _residents = (await api.RowsAsync($"SELECT r.id, r.birth_year, r.languages FROM residents r {Of("r")}"))
                    .ToDictionary(r => Id(r[0]), r => new Resident(r[1] is DBNull ? null : Convert.ToInt32(r[1], CultureInfo.InvariantCulture), Strings(r[2]).FirstOrDefault())),
                _companyCategories = [.. (await api.RowsAsync($"SELECT c.code, c.buddy_types FROM help_categories c {Of("c")}"))
                    .Where(r => Strings(r[1]).Any(t => t is "Chat" or "Network")).Select(r => (string)r[0])],
                _volunteeringResidents = [.. (await api.RowsAsync($"SELECT v.resident_id FROM volunteers v {Of("v")} AND v.resident_id IS NOT NULL")).Select(r => Id(r[0]))],
                _activeVolunteers = (await api.RowsAsync($"SELECT v.id FROM volunteers v {Of("v")} AND v.status = 'Active'")).Count,
                _hours =
                [
                    .. (await api.RowsAsync($"SELECT m.volunteer_id, m.completed_at, m.hours FROM volunteer_matches m {Of("m")} AND m.completed_at IS NOT NULL AND m.hours IS NOT NULL"))
                        .Select(r => (Id(r[0]), LocalDate(r[1]), Convert.ToDecimal(r[2], CultureInfo.InvariantCulture))),
                    .. (await api.RowsAsync($"SELECT h.volunteer_id, h.\"on\", h.hours FROM volunteer_hours h JOIN volunteers v ON v.id = h.volunteer_id {Of("v")}"))
                        .Select(r => (Id(r[0]), Date(r[1]), Convert.ToDecimal(r[2], CultureInfo.InvariantCulture))),
                ],
            };

            // Each sector counts in the first of its neighbourhoods by name.
            foreach (var row in (await api.RowsAsync($"SELECT s.code, n.id, n.name FROM neighbourhood_sectors s JOIN neighbourhoods n ON n.id = s.neighbourhood_id {Of("n")}"))
                         .OrderBy(r => (string)r[2], StringComparer.Ordinal))
            {
                raw._neighbourhoodOfSector.TryAdd((string)row[0], Id(row[1]));
            }

            return raw;
        }

        public Expected Expect(DateOnly from, DateOnly to, string? category, string? channel, Guid? neighbourhood)
        {
            var reachedRequests = _requests
                .Where(r => r.On >= from && r.On <= to && (category is null || r.Category == category) && (channel is null || r.Channel == channel))
                .Where(r => _neighbourhoodOfSector.TryGetValue(r.Sector, out var n) && (neighbourhood is null || n == neighbourhood.ToString()))
                .ToList();
            var reached = reachedRequests.Select(r => r.ResidentId).ToHashSet();
            var askedForCompany = reachedRequests.Where(r => _companyCategories.Contains(r.Category)).Select(r => r.ResidentId).ToHashSet();
            int? Age(string resident) => to.Year - _residents[resident].BirthYear;
            int Count(Func<string, bool> which) => reached.Count(which);
            var hours = _hours.Where(h => h.On >= from && h.On <= to).ToList();
            return new Expected(
                reached.Count,
                new Dictionary<string, int>
                {
                    ["age0To24"] = Count(r => Age(r) < 25),
                    ["age25To64"] = Count(r => Age(r) is >= 25 and < 65),
                    ["age65To79"] = Count(r => Age(r) is >= 65 and < 80),
                    ["age80Plus"] = Count(r => Age(r) >= 80),
                    ["ageUnknown"] = Count(r => Age(r) is null),
                    ["age65Plus"] = Count(r => Age(r) >= 65),
                    ["isolatedElderly"] = Count(r => Age(r) >= 65 && askedForCompany.Contains(r)),
                    ["otherFirstLanguage"] = Count(r => _residents[r].FirstLanguage is { } language && language != "nl"),
                },
                Count(_volunteeringResidents.Contains),
                hours.Sum(h => h.Hours),
                hours.Select(h => h.Volunteer).Distinct().Count(),
                _activeVolunteers);
        }

        private static string Id(object value) => (value is Guid id ? id : Guid.Parse((string)value)).ToString();

        private static DateOnly LocalDate(object value)
        {
            var instant = value switch
            {
                DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
                DateTimeOffset at => at,
                long binary => (DateTimeOffset)new DateTimeOffsetToBinaryConverter().ConvertFromProvider(binary)!,
                _ => DateTimeOffset.Parse((string)value, CultureInfo.InvariantCulture),
            };
            return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Brussels).DateTime);
        }

        private static DateOnly Date(object value) => value switch
        {
            DateOnly date => date,
            DateTime dateTime => DateOnly.FromDateTime(dateTime),
            _ => DateOnly.Parse((string)value, CultureInfo.InvariantCulture),
        };

        /// <summary>A primitive collection: an array on PostgreSQL, JSON text on SQLite.</summary>
        private static string[] Strings(object value) => value switch
        {
            string[] array => array,
            string json => JsonSerializer.Deserialize<string[]>(json) ?? [],
            _ => [],
        };
    }
}
