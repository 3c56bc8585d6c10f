using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Matching;

/// <summary>A feasible pair of the batch problem, worth <see cref="Points"/> (positive) when chosen.</summary>
public readonly record struct AssignmentArc(int Request, int Volunteer, long Points);

/// <summary>
/// Requests 0..RequestCount-1, volunteers with a capacity each, and the feasible pairs. A solution picks arcs so that a
/// request is in at most one and a volunteer in at most its capacity, maximising the total points.
/// </summary>
public sealed class AssignmentProblem
{
    public AssignmentProblem(int requestCount, IReadOnlyList<int> capacities, IReadOnlyList<AssignmentArc> arcs)
    {
        foreach (var arc in arcs)
        {
            if (arc.Request < 0 || arc.Request >= requestCount || arc.Volunteer < 0 || arc.Volunteer >= capacities.Count || arc.Points <= 0)
            {
                throw new DomainRuleException($"The arc {arc} is outside the problem or not worth anything.");
            }
        }

        if (capacities.Any(capacity => capacity < 0))
        {
            throw new DomainRuleException("A volunteer's capacity must be zero or more.");
        }

        RequestCount = requestCount;
        Capacities = capacities;
        Arcs = arcs;
    }

    public int RequestCount { get; }

    public IReadOnlyList<int> Capacities { get; }

    /// <summary>The feasible pairs, in the order greedy picking follows: grouped by request in request order, each request's best first.</summary>
    public IReadOnlyList<AssignmentArc> Arcs { get; }

    /// <summary>Checks that the chosen arcs form a valid assignment and returns its total points.</summary>
    public long TotalPoints(IReadOnlyList<int> chosenArcs)
    {
        var requestTaken = new bool[RequestCount];
        var used = new int[Capacities.Count];
        long total = 0;
        foreach (var arc in chosenArcs.Select(index => Arcs[index]))
        {
            if (requestTaken[arc.Request] || ++used[arc.Volunteer] > Capacities[arc.Volunteer])
            {
                throw new InvalidOperationException($"The solution assigns request {arc.Request} twice or volunteer {arc.Volunteer} beyond capacity.");
            }

            requestTaken[arc.Request] = true;
            total += arc.Points;
        }

        return total;
    }
}

/// <summary>Solves an <see cref="AssignmentProblem"/>: returns the indexes of the chosen arcs, ascending.</summary>
public interface IAssignmentSolver
{
    string Name { get; }

    IReadOnlyList<int> Solve(AssignmentProblem problem);
}

/// <summary>One by one, in request order, each request takes its best arc whose volunteer still has room. Not optimal.</summary>
public sealed class GreedyAssignmentSolver : IAssignmentSolver
{
    public string Name => "greedy";

    public IReadOnlyList<int> Solve(AssignmentProblem problem)
    {
        var remaining = problem.Capacities.ToArray();
        var requestTaken = new bool[problem.RequestCount];
        var chosen = new List<int>();
        for (var i = 0; i < problem.Arcs.Count; i++)
        {
            var arc = problem.Arcs[i];
            if (!requestTaken[arc.Request] && remaining[arc.Volunteer] > 0)
            {
                requestTaken[arc.Request] = true;
                remaining[arc.Volunteer]--;
                chosen.Add(i);
            }
        }

        return chosen;
    }
}
