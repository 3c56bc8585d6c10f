using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Matching;
using static WarmeWijk.Domain.Tests.Matching.MatchingFixtures;

namespace WarmeWijk.Domain.Tests.Matching;

public sealed class SoftScoreTests
{
    private const int Seeds = 200;

    /// <summary>A pair of volunteers equal but in one respect, the first better in that respect than the second.</summary>
    private static IEnumerable<TestCaseData> BetterInOneRespect()
    {
        TestCaseData Case(string name, Func<Random, VolunteerCandidate, (VolunteerCandidate Better, VolunteerCandidate Worse)> pair) =>
            new TestCaseData(pair).SetName($"Should_never_score_{name}_worse");

        yield return Case("a_closer_volunteer", (random, v) =>
        {
            var (near, far) = Ordered(random.NextDouble() * v.MaxTravelKm, random.NextDouble() * v.MaxTravelKm);
            return (v with { Home = North(Kiel, near) }, v with { Home = North(Kiel, far) });
        });
        yield return Case("more_availability_overlap", (random, v) =>
        {
            var (early, late) = Ordered(random.Next(8, 11), random.Next(8, 11));
            return (Mondays(v, early), Mondays(v, late));
        });
        yield return Case("a_volunteer_with_fewer_running_matches", (random, v) =>
        {
            var (fewer, more) = Ordered(random.Next(v.MaxConcurrentMatches), random.Next(v.MaxConcurrentMatches));
            return (v with { ActiveMatches = (int)fewer }, v with { ActiveMatches = (int)more });
        });
        yield return Case("a_volunteer_who_helped_the_resident_before", (_, v) =>
            (v with { HelpedResidents = new HashSet<Guid> { ResidentId } }, v with { HelpedResidents = new HashSet<Guid>() }));
        yield return Case("a_volunteer_with_the_wished_skill", (_, v) =>
            (v with { Skills = new HashSet<string> { "drill" } }, v with { Skills = new HashSet<string>() }));
        yield return Case("a_volunteer_who_speaks_better", (random, v) =>
        {
            var (worse, better) = Ordered(random.Next(1, 4), random.Next(1, 4));
            return (v with { Languages = [new LanguageSkill("nl", (LanguageLevel)better)] }, v with { Languages = [new LanguageSkill("nl", (LanguageLevel)worse)] });
        });
    }

    [TestCaseSource(nameof(BetterInOneRespect))]
    public void Should_be_monotone(Func<Random, VolunteerCandidate, (VolunteerCandidate Better, VolunteerCandidate Worse)> pair)
    {
        for (var seed = 0; seed < Seeds; seed++)
        {
            var random = new Random(seed);
            var request = RandomRequest(random, seed) with
            {
                Location = Kiel,
                WishedSkills = new HashSet<string> { "drill" },
                MinimumLanguageLevel = LanguageLevel.Conversational,
                RequiresHomeVisit = false,
                HomeConditions = new HashSet<HomeCondition>(),
            };
            var weights = new MatchingWeights
            {
                Distance = random.NextDouble(), AvailabilityOverlap = random.NextDouble(), LoadBalance = random.NextDouble(),
                Continuity = random.NextDouble(), Preferences = random.NextDouble(), DistanceHalfScoreKm = 0.5 + (random.NextDouble() * 5),
            };
            var (better, worse) = pair(random, Eligible(RandomVolunteer(random, 1)));

            var betterScore = Score(better, request, weights);
            var worseScore = Score(worse, request, weights);

            Assert.That(betterScore, Is.GreaterThanOrEqualTo(worseScore), $"seed {seed}");
        }
    }

    [Test]
    public void Should_add_up_the_weighted_components_into_the_score()
    {
        var candidate = Rank(Volunteer() with { Home = North(Kiel, 2), ActiveMatches = 1 }, Request(), MatchingWeights.Default);

        Assert.That(candidate.Breakdown.Select(c => c.Code), Is.EqualTo(new[]
        {
            ScoreCodes.Distance, ScoreCodes.AvailabilityOverlap, ScoreCodes.LoadBalance, ScoreCodes.Continuity, ScoreCodes.Preferences,
        }));
        Assert.That(candidate.Score, Is.EqualTo(candidate.Breakdown.Sum(c => c.Contribution)).Within(1e-12));
        var distance = candidate.Breakdown[0];
        Assert.That(distance.RawValue, Is.EqualTo(2).Within(1e-9));
        Assert.That(distance.Normalised, Is.EqualTo(0.5).Within(1e-9));
        Assert.That(distance.Contribution, Is.EqualTo(0.35 * 0.5).Within(1e-9));
        Assert.That(distance.Reason, Is.EqualTo(new LocalizedText("Woont op 2,0 km", "Lives 2.0 km away")));
        Assert.That(candidate.Breakdown[2].Normalised, Is.EqualTo(0.5));
        Assert.That(candidate.Breakdown[2].Reason.Nl, Is.EqualTo("Heeft 1 van maximum 2 koppelingen lopen"));
        Assert.That(candidate.Breakdown.All(c => c.Normalised is >= 0 and <= 1));
    }

    [Test]
    public void Should_ignore_a_component_whose_weight_is_zero()
    {
        var weights = MatchingWeights.Default with { Distance = 0 };

        var near = Rank(Volunteer(), Request(), weights);
        var far = Rank(Volunteer() with { Home = North(Kiel, 4) }, Request(), weights);

        Assert.That(near.Score, Is.EqualTo(far.Score));
    }

    [Test]
    public void Should_break_ties_by_distance_and_then_by_volunteer_id()
    {
        var weights = MatchingWeights.Default with { Distance = 0 };
        var farLowId = Volunteer(1) with { Home = North(Kiel, 1) };
        var nearHighId = Volunteer(3) with { Home = North(Kiel, 0.5) };
        var nearLowId = Volunteer(2) with { Home = North(Kiel, 0.5) };

        var ranked = new MatchingEngine([farLowId, nearHighId, nearLowId], weights).Rank(Request(), 3);

        Assert.That(ranked.Select(c => c.Volunteer.Id), Is.EqualTo(new[] { nearLowId.Id, nearHighId.Id, farLowId.Id }));
    }

    private static (double Low, double High) Ordered(double a, double b) => a <= b ? (a, b) : (b, a);

    private static VolunteerCandidate Mondays(VolunteerCandidate volunteer, double fromHour) => volunteer with
    {
        Availability = [new TimeWindow(Weekday.Monday, new TimeOnly((int)fromHour, 0), new TimeOnly(14, 0))],
    };

    /// <summary>Removes what would exclude a random volunteer, so that only the soft scores differ.</summary>
    private static VolunteerCandidate Eligible(VolunteerCandidate volunteer) => volunteer with
    {
        Status = VolunteerStatus.Active,
        BuddyTypes = new HashSet<BuddyType> { BuddyType.OddJobs },
        Languages = [new LanguageSkill("nl", LanguageLevel.Fluent)],
        Availability = [new TimeWindow(Weekday.Monday, new TimeOnly(8, 0), new TimeOnly(14, 0))],
        Absences = [],
        Home = Kiel,
    };

    private static double Score(VolunteerCandidate volunteer, MatchRequest request, MatchingWeights weights) => Rank(volunteer, request, weights).Score;

    private static MatchCandidate Rank(VolunteerCandidate volunteer, MatchRequest request, MatchingWeights weights) =>
        new MatchingEngine([volunteer], weights).Rank(request, 1).Single();
}
