using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Matching;

/// <summary>
/// Ranks and explains the volunteers of one set (a network's volunteers) for requests. Built once per set: it indexes the
/// homes of the volunteers who can take a match at all (active, with room) on one grid per buddy type, so ranking only
/// looks at volunteers of a fitting type within the largest travel distance of that type.
/// </summary>
public sealed class MatchingEngine
{
    /// <summary>Cells of a few kilometres: small enough to skip most of a region, large enough to keep lookups few.</summary>
    private const double GridCellKm = 2.5;

    private readonly VolunteerCandidate[] volunteers;
    private readonly Dictionary<Guid, int> indexById;
    private readonly Dictionary<BuddyType, VolunteerGrid> gridByBuddyType;

    public MatchingEngine(IEnumerable<VolunteerCandidate> volunteers, MatchingWeights weights)
    {
        this.volunteers = [.. volunteers.OrderBy(volunteer => volunteer.Id)];
        indexById = new Dictionary<Guid, int>(this.volunteers.Length);
        for (var i = 0; i < this.volunteers.Length; i++)
        {
            if (!indexById.TryAdd(this.volunteers[i].Id, i))
            {
                throw new DomainRuleException($"Volunteer {this.volunteers[i].Id} is in the set twice.");
            }
        }

        Weights = weights;
        var matchable = Enumerable.Range(0, this.volunteers.Length)
            .Where(i => this.volunteers[i].Status == VolunteerStatus.Active && this.volunteers[i].RemainingCapacity > 0)
            .ToArray();
        gridByBuddyType = Enum.GetValues<BuddyType>().ToDictionary(
            type => type,
            type => new VolunteerGrid(this.volunteers, [.. matchable.Where(i => this.volunteers[i].BuddyTypes.Contains(type))], GridCellKm));
    }

    public MatchingWeights Weights { get; }

    /// <summary>The volunteer set, ordered by id.</summary>
    public IReadOnlyList<VolunteerCandidate> Volunteers => volunteers;

    /// <summary>The best <paramref name="top"/> eligible volunteers, in <see cref="CandidateOrder"/>.</summary>
    public IReadOnlyList<MatchCandidate> Rank(MatchRequest request, int top)
    {
        if (top < 1)
        {
            throw new DomainRuleException($"Ask for at least one candidate, not {top}.");
        }

        return [.. ScoredEligible(request).Take(top).Select(Candidate)];
    }

    /// <summary>Every eligible volunteer in <see cref="CandidateOrder"/>, found through the grids of the accepted buddy types.</summary>
    public IReadOnlyList<MatchCandidate> EligibleCandidates(MatchRequest request) => [.. ScoredEligible(request).Select(Candidate)];

    /// <summary>The same as <see cref="EligibleCandidates"/> without the grids: the reference they are tested and measured against.</summary>
    public IReadOnlyList<MatchCandidate> EligibleCandidatesByFullScan(MatchRequest request) => [.. ScoredEligibleByFullScan(request).Select(Candidate)];

    /// <summary>Every volunteer of the set, eligible or excluded with all its reasons: a full scan, for when a coordinator asks.</summary>
    public MatchingOverview AssessAll(MatchRequest request)
    {
        var assessments = volunteers.Select(volunteer => Assess(volunteer, request, DistanceKm(volunteer, request))).ToArray();
        return new MatchingOverview(
            [.. assessments.Where(a => a.IsEligible).Select(a => a.Candidate!).Order(CandidateOrder.Instance)],
            [.. assessments.Where(a => !a.IsEligible)]);
    }

    /// <summary>One volunteer's verdict for the request, for "why not this volunteer?".</summary>
    public VolunteerAssessment Assess(MatchRequest request, Guid volunteerId)
    {
        var volunteer = indexById.TryGetValue(volunteerId, out var index)
            ? volunteers[index]
            : throw new DomainRuleException($"Volunteer {volunteerId} is not in the set being matched.");
        return Assess(volunteer, request, DistanceKm(volunteer, request));
    }

    private List<ScoredPair> ScoredEligible(MatchRequest request)
    {
        PairFacts? screening = null;
        var scored = new List<ScoredPair>();
        foreach (var type in request.AcceptedBuddyTypes)
        {
            foreach (var entries in gridByBuddyType[type].CellsNear(request.Location))
            {
                foreach (var entry in entries)
                {
                    if (!entry.MayTake(request))
                    {
                        continue;
                    }

                    var distanceKm = entry.Home.DistanceKmTo(request.Location);
                    if (distanceKm <= entry.MaxTravelKm)
                    {
                        AddIfEligible(scored, ref screening, volunteers[entry.Index], request, distanceKm);
                    }
                }
            }
        }

        SortInRankOrder(scored);
        if (request.AcceptedBuddyTypes.Count > 1)
        {
            // A volunteer of two accepted types is in both grids, and lands twice, side by side.
            scored = [.. scored.Where((pair, i) => i == 0 || scored[i - 1].Facts.Volunteer.Id != pair.Facts.Volunteer.Id)];
        }

        return scored;
    }

    private List<ScoredPair> ScoredEligibleByFullScan(MatchRequest request)
    {
        PairFacts? screening = null;
        var scored = new List<ScoredPair>();
        foreach (var volunteer in volunteers)
        {
            var distanceKm = DistanceKm(volunteer, request);
            if (distanceKm <= volunteer.MaxTravelKm)
            {
                AddIfEligible(scored, ref screening, volunteer, request, distanceKm);
            }
        }

        SortInRankOrder(scored);
        return scored;
    }

    private void AddIfEligible(List<ScoredPair> scored, ref PairFacts? screening, VolunteerCandidate volunteer, MatchRequest request, double distanceKm)
    {
        screening ??= new PairFacts(volunteer, request, distanceKm);
        screening.MoveTo(volunteer, distanceKm);
        if (HardConstraints.AreAllMet(screening))
        {
            var facts = new PairFacts(volunteer, request, distanceKm);
            scored.Add(new ScoredPair(SoftScores.Score(facts, Weights), facts));
        }
    }

    private static void SortInRankOrder(List<ScoredPair> scored) =>
        scored.Sort(static (x, y) => CandidateOrder.Compare(
            (x.Score, x.Facts.DistanceKm, x.Facts.Volunteer.Id), (y.Score, y.Facts.DistanceKm, y.Facts.Volunteer.Id)));

    private static double DistanceKm(VolunteerCandidate volunteer, MatchRequest request) => volunteer.Home.DistanceKmTo(request.Location);

    private VolunteerAssessment Assess(VolunteerCandidate volunteer, MatchRequest request, double distanceKm)
    {
        var facts = new PairFacts(volunteer, request, distanceKm);
        var violations = HardConstraints.Violations(facts);
        if (violations.Count > 0)
        {
            return new VolunteerAssessment(volunteer, distanceKm, violations, null);
        }

        return new VolunteerAssessment(volunteer, distanceKm, [], Candidate(new ScoredPair(SoftScores.Score(facts, Weights), facts)));
    }

    private MatchCandidate Candidate(ScoredPair pair) =>
        new(pair.Facts.Volunteer, pair.Facts.DistanceKm, pair.Score, () => SoftScores.Breakdown(pair.Facts, Weights));

    /// <summary>An eligible pair and its score, before it becomes a <see cref="MatchCandidate"/> (only the returned ones do).</summary>
    private readonly record struct ScoredPair(double Score, PairFacts Facts);
}
