using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Matching;

/// <summary>A request of the batch and the candidate it gets.</summary>
public sealed record PlannedMatch(Guid RequestId, MatchCandidate Candidate);

/// <summary>One way of assigning the batch: the matches, the requests left without one, and the totals.</summary>
public sealed record BatchAssignment(string Solver, IReadOnlyList<PlannedMatch> Matches, IReadOnlyList<Guid> UnassignedRequests, double TotalScore, long TotalPoints);

/// <summary>The optimal plan and, beside it, what one-by-one greedy picking would have given.</summary>
public sealed record BatchPlan(BatchAssignment Optimal, BatchAssignment Greedy);

/// <summary>The requests in id order, the assignment problem over them, and the candidate behind each arc.</summary>
public sealed record PreparedBatch(IReadOnlyList<MatchRequest> Requests, AssignmentProblem Problem, IReadOnlyList<MatchCandidate> ArcCandidates);

/// <summary>
/// Assigns all open requests to the engine's volunteers at once. Objective: the maximum total of the pairs' points (the
/// score in micro-points, at least 1), each request at most one volunteer, each volunteer at most its remaining capacity.
/// Every feasible pair is worth something, so a request stays unassigned only when giving it a volunteer would cost
/// more elsewhere. Requests are taken in id order and pairs in <see cref="CandidateOrder"/>, so the same input gives the same plan.
/// </summary>
public sealed class BatchPlanner(MatchingEngine engine, IAssignmentSolver solver)
{
    private static readonly GreedyAssignmentSolver Greedy = new();

    public BatchPlan Plan(IEnumerable<MatchRequest> requests)
    {
        var batch = Prepare(requests);
        return new BatchPlan(Assign(batch, solver), Assign(batch, Greedy));
    }

    /// <summary>Ranks every request and builds the problem the solvers see, keeping the candidate behind each arc.</summary>
    public PreparedBatch Prepare(IEnumerable<MatchRequest> requests)
    {
        var ordered = requests.OrderBy(request => request.Id).ToArray();
        if (ordered.DistinctBy(request => request.Id).Count() != ordered.Length)
        {
            throw new DomainRuleException("A request is in the batch twice.");
        }

        var volunteerIndex = new Dictionary<Guid, int>();
        var capacities = new List<int>();
        var arcs = new List<AssignmentArc>();
        var candidates = new List<MatchCandidate>();
        for (var request = 0; request < ordered.Length; request++)
        {
            foreach (var candidate in engine.EligibleCandidates(ordered[request]))
            {
                if (!volunteerIndex.TryGetValue(candidate.Volunteer.Id, out var volunteer))
                {
                    volunteer = capacities.Count;
                    volunteerIndex.Add(candidate.Volunteer.Id, volunteer);
                    capacities.Add(candidate.Volunteer.RemainingCapacity);
                }

                arcs.Add(new AssignmentArc(request, volunteer, candidate.Points));
                candidates.Add(candidate);
            }
        }

        return new PreparedBatch(ordered, new AssignmentProblem(ordered.Length, capacities, arcs), candidates);
    }

    public static BatchAssignment Assign(PreparedBatch batch, IAssignmentSolver solver)
    {
        var problem = batch.Problem;
        var chosen = solver.Solve(problem);
        var totalPoints = problem.TotalPoints(chosen);
        var matches = chosen.Order().Select(arc => new PlannedMatch(batch.Requests[problem.Arcs[arc].Request].Id, batch.ArcCandidates[arc])).ToArray();
        var assigned = matches.Select(match => match.RequestId).ToHashSet();
        return new BatchAssignment(
            solver.Name,
            matches,
            [.. batch.Requests.Select(request => request.Id).Where(id => !assigned.Contains(id))],
            matches.Sum(match => match.Candidate.Score),
            totalPoints);
    }
}
