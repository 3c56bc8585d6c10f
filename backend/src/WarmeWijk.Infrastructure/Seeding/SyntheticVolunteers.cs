using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Matching;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Domain.Volunteers;
using static WarmeWijk.Infrastructure.Seeding.SyntheticVocabulary;

namespace WarmeWijk.Infrastructure.Seeding;

/// <summary>
/// Made-up volunteers for a generated network: who joined when (most before the period, some during it), their path
/// through intake and training to active (and for some a pause or a stop), buddy types, languages, availability,
/// boundaries and screening. Deterministic per seed; each is assigned to the network.
/// </summary>
public static class SyntheticVolunteers
{
    private static readonly (BuddyType, double)[] Types =
    [
        (BuddyType.Shopping, 10), (BuddyType.Companionship, 10), (BuddyType.Chat, 9), (BuddyType.Travel, 8), (BuddyType.OddJobs, 7),
        (BuddyType.Walking, 7), (BuddyType.Digital, 6), (BuddyType.Paperwork, 5), (BuddyType.Garden, 5), (BuddyType.Administration, 3),
        (BuddyType.Network, 3), (BuddyType.Event, 3), (BuddyType.SickbedWatch, 2), (BuddyType.Interpreter, 2), (BuddyType.Editorial, 1),
    ];

    private static readonly (VolunteerRole, double)[] Roles = [(VolunteerRole.Buddy, 70), (VolunteerRole.Volunteer, 22), (VolunteerRole.NeighbourhoodBoardMember, 8)];

    private static readonly (int, double)[] Capacities = [(1, 35), (2, 45), (3, 20)];

    private static readonly string[] Skills = ["rijbewijs", "ladder", "boormachine", "smartphone", "tax-on-web", "koken", "EHBO"];

    private static readonly string[] Refusable = ["night-watch", "dog-walking", "garden", "odd-jobs"];

    private static readonly (TimeOnly From, TimeOnly Until)[] DayParts =
        [(new TimeOnly(9, 0), new TimeOnly(12, 0)), (new TimeOnly(13, 0), new TimeOnly(17, 0)), (new TimeOnly(18, 0), new TimeOnly(21, 0))];

    /// <param name="networkId">The network they volunteer in.</param>
    /// <param name="emailDomain">The domain of their made-up e-mail addresses.</param>
    /// <param name="sectorCodes">Where they live (a sector of the network's neighbourhoods).</param>
    /// <param name="centre">Their homes lie within a few kilometres of it.</param>
    /// <param name="count">How many.</param>
    /// <param name="from">The start of the period the history covers: most joined before it.</param>
    /// <param name="until">The moment the network is seen at; steps after it have not happened yet.</param>
    /// <param name="seed">The seed.</param>
    public static List<Volunteer> Create(
        Guid networkId, string emailDomain, IReadOnlyList<string> sectorCodes, GeoPoint centre, int count, DateTimeOffset from, DateTimeOffset until, int seed)
    {
        var random = new SyntheticRandom(seed);
        var volunteers = new List<Volunteer>(count);
        for (var i = 0; i < count; i++)
        {
            var joined = random.Chance(0.65) ? from - random.Days(30, 1100) : random.Between(from, until - TimeSpan.FromDays(30));
            var (first, last, languages) = Person(random, i);
            var volunteer = new Volunteer(
                new VolunteerProfile(
                    first,
                    last,
                    $"{MailName(first, last)}.{i}@{emailDomain}",
                    null,
                    random.Weighted(Roles),
                    BuddyTypesOf(random),
                    [.. Skills.Where(_ => random.Chance(0.15))],
                    languages,
                    Availability(random),
                    random.Chance(0.1) ? [Absence(random, joined, until)] : [],
                    new GeoPoint(centre.Latitude + ((random.Next() - 0.5) * 0.05), centre.Longitude + ((random.Next() - 0.5) * 0.08)),
                    SectorCode.Parse(random.Pick(sectorCodes)),
                    random.Next(2, 16),
                    random.Weighted(Capacities),
                    random.Chance(0.12) ? [random.Pick(Refusable)] : [],
                    random.Chance(0.2) ? [(HomeCondition)random.Next(3)] : [],
                    [new CompletedTraining("basisvorming", DateOnly.FromDateTime(joined.UtcDateTime).AddDays(14))],
                    random.Chance(0.7) ? new CriminalRecordExtract(DateOnly.FromDateTime(joined.UtcDateTime).AddDays(10), DateOnly.FromDateTime(joined.UtcDateTime).AddYears(3)) : null,
                    DateOnly.FromDateTime(until.UtcDateTime).AddYears(1),
                    null),
                joined);
            random.Stamp(volunteer, joined);
            volunteer.AssignToNetwork(networkId);
            Walk(volunteer, random, joined, until);
            volunteers.Add(volunteer);
        }

        return volunteers;
    }

    /// <summary>Intake, training a few weeks later, active after the basic training; some stop or pause later on.</summary>
    private static void Walk(Volunteer volunteer, SyntheticRandom random, DateTimeOffset joined, DateTimeOffset until)
    {
        var training = joined + random.Days(7, 21);
        var active = training + random.Days(14, 45);
        if (training > until)
        {
            return;
        }

        volunteer.ChangeStatus(VolunteerStatus.Training, "Basisvorming gestart.", training);
        if (active > until)
        {
            return;
        }

        volunteer.ChangeStatus(VolunteerStatus.Active, "Basisvorming gevolgd.", active);
        var roll = random.Next();
        var later = active + random.Days(60, 900);
        if (roll < 0.17 && later <= until)
        {
            volunteer.ChangeStatus(roll < 0.12 ? VolunteerStatus.Stopped : VolunteerStatus.Paused,
                roll < 0.12 ? random.Pick(["Gestopt: verhuisd.", "Gestopt: te weinig tijd.", "Gestopt om gezondheidsredenen."]) : "Even op pauze.", later);
        }
    }

    private static (string First, string Last, List<LanguageSkill> Languages) Person(SyntheticRandom random, int index)
    {
        if (random.Chance(0.85))
        {
            List<LanguageSkill> languages = [new("nl", LanguageLevel.Native)];
            foreach (var other in new[] { "fr", "en", "de" })
            {
                if (random.Chance(other == "de" ? 0.05 : 0.25))
                {
                    languages.Add(new LanguageSkill(other, LanguageLevel.Conversational));
                }
            }

            return (random.Pick(index % 3 == 0 ? FlemishOlder : FlemishYounger), random.Pick(FlemishLastNames), languages);
        }

        var code = random.Pick(["fr", "ar", "tr", "ro", "uk", "pl", "en"]);
        var (firsts, lasts) = Others[code];
        return (random.Pick(firsts), random.Pick(lasts), [new(code, LanguageLevel.Native), new("nl", random.Chance(0.6) ? LanguageLevel.Fluent : LanguageLevel.Conversational)]);
    }

    private static List<BuddyType> BuddyTypesOf(SyntheticRandom random)
    {
        var types = new HashSet<BuddyType>();
        var count = random.Next(1, 4);
        while (types.Count < count)
        {
            types.Add(random.Weighted(Types));
        }

        return [.. types];
    }

    private static List<TimeWindow> Availability(SyntheticRandom random)
    {
        var windows = new List<TimeWindow>();
        var days = Enumerable.Range(0, 7).OrderBy(_ => random.Next()).Take(random.Next(2, 5));
        foreach (var day in days)
        {
            var (from, until) = random.Pick(DayParts);
            windows.Add(new TimeWindow((Weekday)day, from, until));
        }

        return windows;
    }

    private static DateRange Absence(SyntheticRandom random, DateTimeOffset joined, DateTimeOffset until)
    {
        var start = DateOnly.FromDateTime(random.Between(joined, until).UtcDateTime);
        return new DateRange(start, start.AddDays(random.Next(7, 22)));
    }
}
