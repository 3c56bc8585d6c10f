using WarmeWijk.Domain.Matching;
using static WarmeWijk.Domain.Tests.Matching.MatchingFixtures;

namespace WarmeWijk.Domain.Tests.Matching;

public sealed class RankingTests
{
    private static readonly GeoPoint[] Centres = [Kiel, new(50.85, 2.9), new(69.65, 18.95), new(-33.9, 18.4)];

    [TestCaseSource(nameof(Centres))]
    public void Should_rank_as_a_full_scan_does(GeoPoint centre)
    {
        var eligibleSeen = 0;
        for (var seed = 0; seed < 20; seed++)
        {
            var random = new Random(seed);
            var volunteers = Enumerable.Range(1, 400)
                .Select(n => RandomVolunteer(random, n) with { Home = Near(random, centre, 25), MaxTravelKm = random.NextDouble() * 15 })
                .ToArray();
            var engine = new MatchingEngine(volunteers, MatchingWeights.Default);

            for (var r = 0; r < 20; r++)
            {
                var request = RandomRequest(random, r) with { Location = Near(random, centre, 25) };

                var ranked = engine.Rank(request, 10);
                var scanned = engine.AssessAll(request).Candidates;

                Assert.That(ranked.Select(Key), Is.EqualTo(scanned.Take(10).Select(Key)), $"seed {seed}, request {r}");
                Assert.That(engine.EligibleCandidates(request).Select(Key), Is.EqualTo(scanned.Select(Key)), $"seed {seed}, request {r}");
                Assert.That(engine.EligibleCandidatesByFullScan(request).Select(Key), Is.EqualTo(scanned.Select(Key)), $"seed {seed}, request {r}");
                eligibleSeen += scanned.Count;
            }
        }

        Assert.That(eligibleSeen, Is.GreaterThan(1000), "the instances must have candidates to compare");
    }

    [Test]
    public void Should_find_candidates_for_most_random_requests()
    {
        var random = new Random(7);
        var engine = new MatchingEngine(Enumerable.Range(1, 200).Select(n => RandomVolunteer(random, n)), MatchingWeights.Default);

        var found = Enumerable.Range(0, 50).Count(r => engine.Rank(RandomRequest(random, r), 5).Count > 0);

        Assert.That(found, Is.GreaterThan(40));
    }

    [Test]
    public void Should_rank_nobody_in_an_empty_set()
    {
        var engine = new MatchingEngine([], MatchingWeights.Default);

        Assert.That(engine.Rank(Request(), 5), Is.Empty);
        Assert.That(engine.EligibleCandidatesByFullScan(Request()), Is.Empty);
    }

    [Test]
    public void Should_list_a_volunteer_of_two_accepted_buddy_types_once()
    {
        var both = Volunteer() with { BuddyTypes = new HashSet<BuddyType> { BuddyType.OddJobs, BuddyType.Garden } };

        var ranked = new MatchingEngine([both], MatchingWeights.Default)
            .Rank(Request() with { AcceptedBuddyTypes = new HashSet<BuddyType> { BuddyType.Garden, BuddyType.OddJobs } }, 5);

        Assert.That(ranked.Select(c => c.Volunteer.Id), Is.EqualTo(new[] { both.Id }));
    }

    [Test]
    public void Should_explain_any_volunteer_of_the_set_on_demand()
    {
        var far = Volunteer(2) with { Home = North(Kiel, 30), MaxTravelKm = 3 };
        var engine = new MatchingEngine([Volunteer(1), far], MatchingWeights.Default);

        Assert.That(engine.Rank(Request(), 10).Select(c => c.Volunteer.Id), Is.EqualTo(new[] { Volunteer(1).Id }));
        Assert.That(engine.Assess(Request(), far.Id).Violations.Single().Code, Is.EqualTo(ConstraintCodes.Distance));
    }

    private static (Guid, double) Key(MatchCandidate candidate) => (candidate.Volunteer.Id, candidate.Score);
}
