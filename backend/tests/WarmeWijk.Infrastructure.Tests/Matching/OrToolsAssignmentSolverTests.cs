using WarmeWijk.Domain.Matching;
using WarmeWijk.Domain.Tests.Matching;
using WarmeWijk.Infrastructure.Matching;

namespace WarmeWijk.Infrastructure.Tests.Matching;

public sealed class OrToolsAssignmentSolverTests
{
    private static readonly OrToolsAssignmentSolver Solver = new();

    [Test]
    public void Should_find_the_brute_force_optimum_of_random_small_problems()
    {
        AssignmentProblems.AssertOptimalOnSmallRandomProblems(Solver, instances: 500);
    }

    [Test]
    public void Should_agree_with_the_hand_written_solver_on_larger_problems()
    {
        var handWritten = new SuccessiveShortestPathSolver();
        for (var seed = 0; seed < 30; seed++)
        {
            var problem = AssignmentProblems.Random(new Random(seed), maxRequests: 80, maxVolunteers: 60, maxCapacity: 3, maxPoints: 1_000_000);

            Assert.That(problem.TotalPoints(Solver.Solve(problem)), Is.EqualTo(problem.TotalPoints(handWritten.Solve(problem))), $"seed {seed}");
        }
    }

    [Test]
    public void Should_solve_a_problem_without_requests()
    {
        Assert.That(Solver.Solve(new AssignmentProblem(0, [2], [])), Is.Empty);
    }

    [Test]
    public void Should_give_the_same_arcs_for_the_same_problem()
    {
        var problem = AssignmentProblems.Random(new Random(5), maxRequests: 60, maxVolunteers: 40, maxCapacity: 2, maxPoints: 3);

        var first = Solver.Solve(problem);
        var second = new OrToolsAssignmentSolver().Solve(problem);

        Assert.That(second, Is.EqualTo(first));
    }
}
