using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Matching;

namespace WarmeWijk.Domain.Tests.Matching;

/// <summary>A volunteer and a request that match, to be changed one property at a time; and random instances.</summary>
internal static class MatchingFixtures
{
    /// <summary>Antwerpen, Kiel.</summary>
    public static readonly GeoPoint Kiel = new(51.1905, 4.3900);

    public static readonly DateOnly StartsOn = new(2026, 12, 7);

    public static readonly Guid ResidentId = new("00000000-0000-0000-0000-00000000aaaa");

    public static VolunteerCandidate Volunteer(int number = 1) => new()
    {
        Id = IdOf(number),
        FirstName = "Mieke",
        Status = VolunteerStatus.Active,
        BuddyTypes = new HashSet<BuddyType> { BuddyType.OddJobs, BuddyType.Chat },
        Skills = new HashSet<string> { "drill", "ladder" },
        Languages = [new LanguageSkill("nl", LanguageLevel.Native), new LanguageSkill("fr", LanguageLevel.Conversational)],
        Availability = [new TimeWindow(Weekday.Monday, new TimeOnly(9, 0), new TimeOnly(12, 0))],
        Home = Kiel,
        MaxTravelKm = 5,
        MaxConcurrentMatches = 2,
        ActiveMatches = 0,
        CompletedTraining = new HashSet<string> { "basis" },
        Screening = new CriminalRecordExtract(new DateOnly(2026, 1, 15), new DateOnly(2027, 1, 14)),
    };

    public static MatchRequest Request(int number = 1) => new()
    {
        Id = IdOf(1000 + number),
        ResidentId = ResidentId,
        CategoryCode = "odd-jobs",
        AcceptedBuddyTypes = new HashSet<BuddyType> { BuddyType.OddJobs },
        Languages = new HashSet<string> { "nl" },
        MinimumLanguageLevel = LanguageLevel.Conversational,
        WishedWindows = [new TimeWindow(Weekday.Monday, new TimeOnly(10, 0), new TimeOnly(11, 0))],
        Period = new DateRange(StartsOn, StartsOn.AddDays(27)),
        Location = Kiel,
        RequiresHomeVisit = true,
        RequiredTraining = new HashSet<string> { "basis" },
    };

    public static Guid IdOf(int number) => new($"00000000-0000-0000-0000-{number:x12}");

    /// <summary>A point <paramref name="km"/> kilometres north of <paramref name="from"/>.</summary>
    public static GeoPoint North(GeoPoint from, double km) => new(from.Latitude + (km / (GeoPoint.EarthRadiusKm * Math.PI / 180)), from.Longitude);

    public static GeoPoint Near(Random random, GeoPoint center, double radiusKm) => new(
        center.Latitude + ((random.NextDouble() - 0.5) * 2 * radiusKm / 111.2),
        center.Longitude + ((random.NextDouble() - 0.5) * 2 * radiusKm / 70));

    /// <summary>A random volunteer around Kiel: many are eligible for a random request, others excluded for one or more reasons.</summary>
    public static VolunteerCandidate RandomVolunteer(Random random, int number, int maxCapacity = 3)
    {
        var max = random.Next(1, maxCapacity + 1);
        return Volunteer(number) with
        {
            Status = random.Next(10) == 0 ? VolunteerStatus.Paused : VolunteerStatus.Active,
            BuddyTypes = new HashSet<BuddyType> { random.Next(5) == 0 ? BuddyType.Garden : BuddyType.OddJobs },
            Skills = random.Next(2) == 0 ? new HashSet<string> { "drill" } : new HashSet<string>(),
            Languages = [new LanguageSkill("nl", (LanguageLevel)random.Next(4))],
            Availability = random.Next(8) == 0
                ? [new TimeWindow(Weekday.Wednesday, new TimeOnly(9, 0), new TimeOnly(17, 0))]
                :
                [
                    new TimeWindow(Weekday.Monday, new TimeOnly(random.Next(8, 11), 0), new TimeOnly(random.Next(11, 14), 0)),
                    new TimeWindow(Weekday.Tuesday, new TimeOnly(14, 0), new TimeOnly(random.Next(15, 18), 0)),
                ],
            Absences = random.Next(8) == 0 ? [new DateRange(StartsOn.AddDays(-random.Next(10)), StartsOn.AddDays(random.Next(40)))] : [],
            Screening = random.Next(4) switch
            {
                0 => null,
                1 => new CriminalRecordExtract(StartsOn.AddYears(-1), StartsOn.AddDays(-1)),
                _ => new CriminalRecordExtract(StartsOn.AddDays(-100), StartsOn.AddDays(265)),
            },
            RefusedHomeConditions = random.Next(4) == 0 ? new HashSet<HomeCondition> { (HomeCondition)random.Next(3) } : new HashSet<HomeCondition>(),
            Home = Near(random, Kiel, 4),
            MaxTravelKm = 1 + (random.NextDouble() * 5),
            MaxConcurrentMatches = max,
            ActiveMatches = random.Next(max + 1) / 2,
            HelpedResidents = random.Next(6) == 0 ? new HashSet<Guid> { ResidentId } : new HashSet<Guid>(),
        };
    }

    public static MatchRequest RandomRequest(Random random, int number) => Request(number) with
    {
        ResidentId = random.Next(3) == 0 ? ResidentId : IdOf(5000 + number),
        WishedWindows =
        [
            new TimeWindow(Weekday.Monday, new TimeOnly(random.Next(8, 12), 0), new TimeOnly(random.Next(12, 15), 0)),
            new TimeWindow(Weekday.Tuesday, new TimeOnly(random.Next(13, 16), 0), new TimeOnly(17, 0)),
        ],
        WishedSkills = random.Next(2) == 0 ? new HashSet<string> { "drill" } : new HashSet<string>(),
        Location = Near(random, Kiel, 3),
        RequiresHomeVisit = random.Next(3) == 0,
        HomeConditions = random.Next(3) == 0 ? new HashSet<HomeCondition> { (HomeCondition)random.Next(3) } : new HashSet<HomeCondition>(),
    };
}
