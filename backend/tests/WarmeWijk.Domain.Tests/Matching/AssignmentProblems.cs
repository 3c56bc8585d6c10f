using WarmeWijk.Domain.Matching;

namespace WarmeWijk.Domain.Tests.Matching;

/// <summary>Random assignment problems and their optimum by exhaustive search (also compiled into Infrastructure.Tests).</summary>
internal static class AssignmentProblems
{
    public static AssignmentProblem Random(Random random, int maxRequests, int maxVolunteers, int maxCapacity, long maxPoints)
    {
        var requests = random.Next(maxRequests + 1);
        var capacities = Enumerable.Range(0, random.Next(1, maxVolunteers + 1)).Select(_ => random.Next(1, maxCapacity + 1)).ToArray();
        var density = random.NextDouble();
        var arcs =
            from request in Enumerable.Range(0, requests)
            from volunteer in Enumerable.Range(0, capacities.Length)
            where random.NextDouble() < density
            select new AssignmentArc(request, volunteer, random.NextInt64(1, maxPoints + 1));
        return new AssignmentProblem(requests, capacities, [.. arcs.OrderBy(arc => arc.Request).ThenByDescending(arc => arc.Points)]);
    }

    /// <summary>
    /// The property test of an exact solver: on seeded random problems of up to 6 requests × 6 volunteers with capacities
    /// 1–2 it reaches the brute-force optimum. Every other problem has points 1–4, so that many optima tie.
    /// </summary>
    public static void AssertOptimalOnSmallRandomProblems(IAssignmentSolver solver, int instances)
    {
        for (var seed = 0; seed < instances; seed++)
        {
            var problem = Random(new Random(seed), maxRequests: 6, maxVolunteers: 6, maxCapacity: 2, maxPoints: seed % 2 == 0 ? 4 : 1_000_000);

            Assert.That(problem.TotalPoints(solver.Solve(problem)), Is.EqualTo(BruteForceBest(problem)), $"{solver.Name}, seed {seed}");
        }
    }

    /// <summary>The best total points over every assignment: each request takes one of its arcs or none.</summary>
    public static long BruteForceBest(AssignmentProblem problem)
    {
        var arcsOf = Enumerable.Range(0, problem.RequestCount)
            .Select(request => problem.Arcs.Where(arc => arc.Request == request).ToArray())
            .ToArray();
        var remaining = problem.Capacities.ToArray();

        long Best(int request)
        {
            if (request == arcsOf.Length)
            {
                return 0;
            }

            var best = Best(request + 1);
            foreach (var arc in arcsOf[request].Where(arc => remaining[arc.Volunteer] > 0))
            {
                remaining[arc.Volunteer]--;
                best = Math.Max(best, arc.Points + Best(request + 1));
                remaining[arc.Volunteer]++;
            }

            return best;
        }

        return Best(0);
    }
}
