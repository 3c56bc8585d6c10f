using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Matching;

namespace WarmeWijk.Benchmarks;

/// <summary>
/// Synthetic volunteers and requests for the matching benchmark: homes clustered around Flemish municipalities (weighted
/// by roughly their population, spread a few km around the centre), travel distances of 2–15 km, mixed buddy types,
/// languages, availability, screening and boundaries. Seeded, so every run sees the same data.
/// </summary>
internal sealed class FlandersMatchingData(int seed)
{
    private static readonly (string Name, double Latitude, double Longitude, int Weight)[] Municipalities =
    [
        ("Antwerpen", 51.2194, 4.4025, 530), ("Gent", 51.0543, 3.7174, 265), ("Brugge", 51.2093, 3.2247, 118),
        ("Leuven", 50.8798, 4.7005, 102), ("Mechelen", 51.0259, 4.4776, 87), ("Aalst", 50.9378, 4.0403, 88),
        ("Kortrijk", 50.8280, 3.2649, 78), ("Hasselt", 50.9307, 5.3325, 80), ("Sint-Niklaas", 51.1650, 4.1437, 80),
        ("Oostende", 51.2300, 2.9200, 72), ("Genk", 50.9650, 5.5000, 67), ("Roeselare", 50.9465, 3.1227, 64),
        ("Turnhout", 51.3225, 4.9447, 46), ("Dendermonde", 51.0280, 4.1010, 46), ("Beveren", 51.2120, 4.2560, 49),
        ("Vilvoorde", 50.9280, 4.4290, 45), ("Lier", 51.1310, 4.5700, 36), ("Herentals", 51.1770, 4.8360, 28),
        ("Kapellen", 51.3130, 4.4330, 27), ("Zwijndrecht", 51.2190, 4.3290, 19), ("Geel", 51.1620, 4.9900, 41),
        ("Mol", 51.1900, 5.1160, 37), ("Ieper", 50.8510, 2.8860, 35), ("Lokeren", 51.1030, 3.9930, 42),
        ("Brasschaat", 51.2910, 4.4920, 38), ("Halle", 50.7340, 4.2370, 40), ("Tienen", 50.8070, 4.9380, 35),
        ("Waregem", 50.8890, 3.4270, 38), ("Sint-Truiden", 50.8160, 5.1860, 41), ("Tongeren", 50.7800, 5.4640, 31),
        ("Beringen", 51.0490, 5.2260, 47), ("Knokke-Heist", 51.3500, 3.2650, 33), ("Zaventem", 50.8830, 4.4730, 34),
        ("Ninove", 50.8280, 4.0250, 39), ("Oudenaarde", 50.8450, 3.6050, 32), ("Eeklo", 51.1850, 3.5640, 21),
        ("Diest", 50.9890, 5.0510, 24), ("Maasmechelen", 50.9650, 5.6940, 38), ("Lommel", 51.2300, 5.3130, 35),
        ("Torhout", 51.0650, 3.1010, 20),
    ];

    private static readonly int TotalWeight = Municipalities.Sum(m => m.Weight);

    /// <summary>Categories with the buddy types that fit them.</summary>
    private static readonly (string Code, BuddyType[] Types, bool HomeVisit)[] Categories =
    [
        ("odd-jobs", [BuddyType.OddJobs], true), ("garden", [BuddyType.Garden, BuddyType.OddJobs], false),
        ("social-contact", [BuddyType.Chat, BuddyType.Companionship], true), ("shopping", [BuddyType.Shopping], false),
        ("paperwork", [BuddyType.Paperwork, BuddyType.Administration], true), ("digital-help", [BuddyType.Digital], true),
        ("walking", [BuddyType.Walking, BuddyType.Companionship], false), ("transport", [BuddyType.Travel], false),
        ("night-watch", [BuddyType.SickbedWatch], true), ("interpreting", [BuddyType.Interpreter], false),
    ];

    private static readonly (TimeOnly From, TimeOnly Until)[] DayParts =
    [
        (new TimeOnly(9, 0), new TimeOnly(12, 0)), (new TimeOnly(13, 0), new TimeOnly(17, 0)), (new TimeOnly(18, 0), new TimeOnly(21, 0)),
    ];

    private static readonly string[] OtherLanguages = ["fr", "en", "ar", "tr", "pl", "ti"];
    private static readonly string[] Skills = ["drill", "ladder", "car", "smartphone", "tax-on-web", "cooking", "first-aid"];
    private static readonly DateOnly Today = new(2026, 12, 1);

    private readonly Random random = new(seed);

    public VolunteerCandidate[] Volunteers(int count) => [.. Enumerable.Range(0, count).Select(_ => Volunteer())];

    public MatchRequest[] Requests(int count) => [.. Enumerable.Range(0, count).Select(_ => Request())];

    private VolunteerCandidate Volunteer()
    {
        var max = random.Next(1, 4);
        return new VolunteerCandidate
        {
            Id = NewId(),
            FirstName = "Vrijwilliger",
            Status = random.NextDouble() < 0.85 ? VolunteerStatus.Active : (VolunteerStatus)random.Next(5),
            BuddyTypes = Pick(Enum.GetValues<BuddyType>(), random.Next(2, 5)).ToHashSet(),
            Skills = Pick(Skills, random.Next(0, 3)).ToHashSet(),
            Languages = [new LanguageSkill("nl", random.NextDouble() < 0.8 ? LanguageLevel.Native : LanguageLevel.Fluent),
                .. Pick(OtherLanguages, random.Next(0, 3)).Select(code => new LanguageSkill(code, (LanguageLevel)random.Next(4)))],
            Availability = WeeklyWindows(random.Next(3, 8)),
            Absences = random.NextDouble() < 0.1 ? [new DateRange(Today.AddDays(random.Next(30)), Today.AddDays(random.Next(30, 60)))] : [],
            Home = Around(sigmaKm: 3),
            MaxTravelKm = 2 + (random.NextDouble() * 13),
            MaxConcurrentMatches = max,
            ActiveMatches = random.Next(max),
            RefusedCategories = random.NextDouble() < 0.1 ? Set(Categories[random.Next(Categories.Length)].Code) : Set<string>(),
            RefusedHomeConditions = random.NextDouble() < 0.2 ? Set((HomeCondition)random.Next(3)) : Set<HomeCondition>(),
            CompletedTraining = random.NextDouble() < 0.7 ? Set("basis") : Set<string>(),
            Screening = random.NextDouble() < 0.7 ? Extract(Today.AddDays(-random.Next(420))) : null,
        };
    }

    private MatchRequest Request()
    {
        var (code, types, homeVisit) = Categories[random.Next(Categories.Length)];
        var from = Today.AddDays(random.Next(14));
        return new MatchRequest
        {
            Id = NewId(),
            ResidentId = NewId(),
            CategoryCode = code,
            AcceptedBuddyTypes = types.ToHashSet(),
            Languages = random.NextDouble() < 0.8 ? Set("nl") : Set("nl", OtherLanguages[random.Next(OtherLanguages.Length)]),
            MinimumLanguageLevel = LanguageLevel.Conversational,
            HomeConditions = random.NextDouble() < 0.3 ? Set((HomeCondition)random.Next(3)) : Set<HomeCondition>(),
            WishedWindows = WeeklyWindows(random.Next(1, 4)),
            Period = new DateRange(from, from.AddDays(random.NextDouble() < 0.5 ? 0 : 90)),
            Location = Around(sigmaKm: 2.5),
            RequiresHomeVisit = homeVisit,
            RequiredTraining = homeVisit ? Set("basis") : Set<string>(),
            WishedSkills = Pick(Skills, random.Next(0, 2)).ToHashSet(),
        };
    }

    private List<TimeWindow> WeeklyWindows(int count) =>
    [
        .. Enumerable.Range(0, 7 * DayParts.Length)
            .OrderBy(_ => random.Next())
            .Take(count)
            .Select(slot => new TimeWindow((Weekday)(slot / DayParts.Length), DayParts[slot % DayParts.Length].From, DayParts[slot % DayParts.Length].Until)),
    ];

    private GeoPoint Around(double sigmaKm)
    {
        var pick = random.Next(TotalWeight);
        var municipality = Municipalities.First(m => (pick -= m.Weight) < 0);
        var (north, east) = (Gaussian() * sigmaKm, Gaussian() * sigmaKm);
        return new GeoPoint(
            municipality.Latitude + (north / 111.2),
            municipality.Longitude + (east / (111.2 * Math.Cos(municipality.Latitude * Math.PI / 180))));
    }

    /// <summary>Box–Muller.</summary>
    private double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>Networks commonly accept an extract for a year.</summary>
    private static CriminalRecordExtract Extract(DateOnly issuedOn) => new(issuedOn, issuedOn.AddYears(1));

    private static HashSet<T> Set<T>(params T[] values) => [.. values];

    private IEnumerable<T> Pick<T>(T[] values, int count) => values.OrderBy(_ => random.Next()).Take(count);

    private Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
