using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Matching;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Domain.Volunteers;

namespace WarmeWijk.Infrastructure.Seeding;

/// <summary>
/// Synthetic volunteers for a demo network: made-up people living within about 1.5 km of the neighbourhood's centre,
/// with the mix of buddy types, languages, availability and pipeline statuses a real network has. Deterministic per network.
/// </summary>
internal static class DemoVolunteers
{
    /// <summary>Approximate centres of the demo neighbourhoods (WGS84).</summary>
    private static readonly Dictionary<string, (double Latitude, double Longitude)> Centres = new()
    {
        ["kiel"] = (51.1870, 4.3920),
        ["groenenhoek"] = (51.1935, 4.4330),
        ["zwijndrecht"] = (51.2190, 4.3280),
        ["kapellen"] = (51.3135, 4.4330),
        ["lier"] = (51.1310, 4.5700),
        ["herentals"] = (51.1760, 4.8320),
        ["oud-oefenplein"] = (51.0300, 4.4800),
    };

    private static readonly (string First, string Last, string[] Languages)[] People =
    [
        ("Marleen", "Van Dyck", ["nl"]), ("Ahmed", "Benali", ["nl", "ar", "fr"]), ("Joke", "Verbruggen", ["nl", "en"]),
        ("Olena", "Kovalenko", ["uk", "ru", "nl"]), ("Rik", "Segers", ["nl"]), ("Aylin", "Yildiz", ["nl", "tr"]),
        ("Chantal", "Dubois", ["fr", "nl"]), ("Bram", "Vos", ["nl", "en"]), ("Fatou", "Diallo", ["fr", "nl"]),
        ("Gert", "Maes", ["nl"]), ("Nadia", "El Idrissi", ["nl", "ar"]), ("Pieter", "De Wit", ["nl", "de"]),
    ];

    private static readonly BuddyType[][] Types =
    [
        [BuddyType.Shopping, BuddyType.Companionship], [BuddyType.OddJobs, BuddyType.Garden], [BuddyType.Digital, BuddyType.Paperwork],
        [BuddyType.Interpreter, BuddyType.Chat], [BuddyType.Walking, BuddyType.Companionship], [BuddyType.Travel, BuddyType.Shopping],
        [BuddyType.SickbedWatch, BuddyType.Chat], [BuddyType.Administration, BuddyType.Paperwork], [BuddyType.Network, BuddyType.Event],
        [BuddyType.Garden], [BuddyType.Chat, BuddyType.Walking], [BuddyType.OddJobs, BuddyType.Travel],
    ];

    public static GeoPoint CentreOf(string slug) => new(Centres[slug].Latitude, Centres[slug].Longitude);

    /// <summary>
    /// Most joined one to two and a half years ago (so they take part in the demo history), one is paused since two months,
    /// one is in training and one was just registered.
    /// </summary>
    public static IEnumerable<Volunteer> For(string slug, string sectorCode, DateTimeOffset now)
    {
        var (latitude, longitude) = Centres[slug];
        var random = new Random(slug.Length * 7919 + slug[0]);
        for (var i = 0; i < People.Length; i++)
        {
            var (first, last, languages) = People[i];
            var joined = i switch
            {
                11 => now.AddDays(-10),
                10 => now.AddDays(-40),
                _ => now.AddMonths(-30 + (2 * i)),
            };
            var trained = DateOnly.FromDateTime(joined.UtcDateTime).AddDays(28);
            if (trained > DateOnly.FromDateTime(now.UtcDateTime))
            {
                trained = DateOnly.FromDateTime(now.UtcDateTime);
            }

            var day = (Weekday)(i % 5);
            var volunteer = new Volunteer(
                new VolunteerProfile(
                    first,
                    last,
                    $"{first.ToLowerInvariant()}.{i}@{slug}.demo.warmewijk.be",
                    null,
                    i % 4 == 3 ? VolunteerRole.Volunteer : VolunteerRole.Buddy,
                    Types[i],
                    i % 3 == 0 ? ["rijbewijs"] : [],
                    [.. languages.Select((code, rank) => new LanguageSkill(code, rank == 0 ? LanguageLevel.Native : LanguageLevel.Conversational))],
                    [
                        new TimeWindow(day, new TimeOnly(9, 0), new TimeOnly(12, 0)),
                        new TimeWindow((Weekday)((i + 2) % 7), new TimeOnly(14, 0), new TimeOnly(18, 0)),
                    ],
                    [],
                    new GeoPoint(latitude + ((random.NextDouble() - 0.5) * 0.027), longitude + ((random.NextDouble() - 0.5) * 0.043)),
                    SectorCode.Parse(sectorCode),
                    2 + (i % 4 * 2),
                    1 + (i % 3),
                    i % 5 == 2 ? ["night-watch"] : [],
                    i % 4 == 1 ? [HomeCondition.Pets] : [],
                    [new CompletedTraining("basisvorming", trained)],
                    i % 3 == 2 ? null : new CriminalRecordExtract(trained.AddDays(-7), trained.AddDays(-7).AddYears(3)),
                    DateOnly.FromDateTime(now.UtcDateTime).AddYears(1),
                    null),
                joined);
            var status = i switch
            {
                10 => VolunteerStatus.Training,
                11 => VolunteerStatus.Intake,
                9 => VolunteerStatus.Paused,
                _ => VolunteerStatus.Active,
            };
            if (status != VolunteerStatus.Intake)
            {
                volunteer.ChangeStatus(status == VolunteerStatus.Training ? VolunteerStatus.Training : VolunteerStatus.Active, "Demo: basisvorming gevolgd.",
                    status == VolunteerStatus.Training ? now.AddDays(-30) : joined.AddDays(35));
            }

            if (status == VolunteerStatus.Paused)
            {
                volunteer.ChangeStatus(VolunteerStatus.Paused, "Demo: even op pauze.", now.AddMonths(-2));
            }

            yield return volunteer;
        }
    }
}
