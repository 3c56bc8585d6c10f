using Google.OrTools.Graph;
using WarmeWijk.Domain.Matching;

namespace WarmeWijk.Infrastructure.Matching;

/// <summary>
/// The batch plan's solver (ADR 0008): OR-Tools' min-cost flow on source → request (1) → volunteer (1, −points) →
/// sink (capacity), plus a source → sink bypass at cost 0 so that a request may stay unassigned. The minimum cost is
/// then minus the maximum total points. Arcs are added in the problem's order, so the same problem gives the same plan.
/// </summary>
public sealed class OrToolsAssignmentSolver : IAssignmentSolver
{
    public string Name => "OR-Tools min-cost flow";

    public IReadOnlyList<int> Solve(AssignmentProblem problem)
    {
        var requests = problem.RequestCount;
        var source = requests + problem.Capacities.Count;
        var sink = source + 1;
        using var flow = new MinCostFlow();
        for (var request = 0; request < requests; request++)
        {
            flow.AddArcWithCapacityAndUnitCost(source, request, 1, 0);
        }

        var firstPairArc = flow.NumArcs();
        foreach (var arc in problem.Arcs)
        {
            flow.AddArcWithCapacityAndUnitCost(arc.Request, requests + arc.Volunteer, 1, -arc.Points);
        }

        for (var volunteer = 0; volunteer < problem.Capacities.Count; volunteer++)
        {
            flow.AddArcWithCapacityAndUnitCost(requests + volunteer, sink, problem.Capacities[volunteer], 0);
        }

        flow.AddArcWithCapacityAndUnitCost(source, sink, requests, 0);
        flow.SetNodeSupply(source, requests);
        flow.SetNodeSupply(sink, -requests);

        var status = flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"OR-Tools min-cost flow ended with {status}.");
        }

        return [.. Enumerable.Range(0, problem.Arcs.Count).Where(arc => flow.Flow(firstPairArc + arc) > 0)];
    }
}
