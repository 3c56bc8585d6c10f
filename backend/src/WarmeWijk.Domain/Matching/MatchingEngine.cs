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

        return [.. EligibleCandidates(request).Take(top)];
    }

    /// <summary>Every eligible volunteer in <see cref="CandidateOrder"/>, found through the grids of the accepted buddy types.</summary>
    public IReadOnlyList<MatchCandidate> EligibleCandidates(MatchRequest request)
    {
        var withinReach = new List<(int Index, double DistanceKm)>();
        foreach (var type in request.AcceptedBuddyTypes)
        {
            gridByBuddyType[type].CollectWithinReach(request.Location, withinReach);
        }

        if (request.AcceptedBuddyTypes.Count > 1)
        {
            // A volunteer of two accepted types is in both grids.
            withinReach.Sort();
            return EligibleAmong(withinReach.Where((found, i) => i == 0 || withinReach[i - 1].Index != found.Index), request);
        }

        return EligibleAmong(withinReach, request);
    }

    /// <summary>The same as <see cref="EligibleCandidates"/> without the grids: the reference they are tested and measured against.</summary>
    public IReadOnlyList<MatchCandidate> EligibleCandidatesByFullScan(MatchRequest request) =>
        EligibleAmong(
            volunteers
                .Select((volunteer, index) => (Index: index, DistanceKm: DistanceKm(volunteer, request)))
                .Where(found => found.DistanceKm <= volunteers[found.Index].MaxTravelKm),
            request);

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

    /// <summary>The eligible ones among volunteers already known to live within their travel distance.</summary>
    private List<MatchCandidate> EligibleAmong(IEnumerable<(int Index, double DistanceKm)> withinReach, MatchRequest request)
    {
        var candidates = new List<MatchCandidate>();
        foreach (var (index, distanceKm) in withinReach)
        {
            var facts = new PairFacts(volunteers[index], request, distanceKm);
            if (HardConstraints.AreAllMet(facts))
            {
                candidates.Add(Candidate(facts));
            }
        }

        candidates.Sort(CandidateOrder.Instance);
        return candidates;
    }

    private static double DistanceKm(VolunteerCandidate volunteer, MatchRequest request) => volunteer.Home.DistanceKmTo(request.Location);

    private VolunteerAssessment Assess(VolunteerCandidate volunteer, MatchRequest request, double distanceKm)
    {
        var facts = new PairFacts(volunteer, request, distanceKm);
        var violations = HardConstraints.Violations(facts);
        if (violations.Count > 0)
        {
            return new VolunteerAssessment(volunteer, distanceKm, violations, null);
        }

        return new VolunteerAssessment(volunteer, distanceKm, [], Candidate(facts));
    }

    private MatchCandidate Candidate(PairFacts facts) =>
        new(facts.Volunteer, facts.DistanceKm, SoftScores.Score(facts, Weights), () => SoftScores.Breakdown(facts, Weights));
}
