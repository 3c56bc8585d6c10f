using WarmeWijk.Domain.Matching;
using static WarmeWijk.Domain.Tests.Matching.MatchingFixtures;

namespace WarmeWijk.Domain.Tests.Matching;

public sealed class BatchPlanTests
{
    private static readonly SuccessiveShortestPathSolver Solver = new();

    [Test]
    public void Should_find_the_brute_force_optimum_of_random_small_problems()
    {
        AssignmentProblems.AssertOptimalOnSmallRandomProblems(Solver, instances: 500);
    }

    [Test]
    public void Should_plan_the_brute_force_optimum_for_random_requests_and_volunteers()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var random = new Random(seed);
            var volunteers = Enumerable.Range(1, random.Next(1, 7)).Select(n => RandomVolunteer(random, n, maxCapacity: 2)).ToArray();
            var requests = Enumerable.Range(1, random.Next(1, 7)).Select(n => RandomRequest(random, n)).ToArray();
            var planner = new BatchPlanner(new MatchingEngine(volunteers, MatchingWeights.Default), Solver);

            var plan = planner.Plan(requests);

            var best = AssignmentProblems.BruteForceBest(planner.Prepare(requests).Problem);
            Assert.That(plan.Optimal.TotalPoints, Is.EqualTo(best), $"seed {seed}");
            Assert.That(plan.Greedy.TotalPoints, Is.LessThanOrEqualTo(best), $"seed {seed}");
            AssertWithinCapacity(plan.Optimal, volunteers);
            AssertWithinCapacity(plan.Greedy, volunteers);
        }
    }

    [Test]
    public void Should_beat_greedy_when_the_first_request_takes_the_only_volunteer_of_the_second()
    {
        // Request 0 prefers volunteer 0 but can also have volunteer 1; request 1 can only have volunteer 0.
        var problem = new AssignmentProblem(2, [1, 1], [new(0, 0, 90), new(0, 1, 80), new(1, 0, 70)]);

        Assert.That(problem.TotalPoints(new GreedyAssignmentSolver().Solve(problem)), Is.EqualTo(90));
        Assert.That(problem.TotalPoints(Solver.Solve(problem)), Is.EqualTo(150));
    }

    [Test]
    public void Should_leave_a_request_unassigned_when_its_volunteer_is_worth_more_elsewhere()
    {
        var problem = new AssignmentProblem(2, [1], [new(0, 0, 90), new(1, 0, 70)]);

        Assert.That(Solver.Solve(problem), Is.EqualTo(new[] { 0 }));
    }

    [Test]
    public void Should_solve_an_empty_batch()
    {
        var plan = new BatchPlanner(new MatchingEngine([Volunteer()], MatchingWeights.Default), Solver).Plan([]);

        Assert.That(plan.Optimal.Matches, Is.Empty);
        Assert.That(plan.Optimal.TotalScore, Is.Zero);
    }

    [Test]
    public void Should_give_the_same_plan_whatever_the_order_of_the_input()
    {
        var random = new Random(42);
        var volunteers = Enumerable.Range(1, 40).Select(n => RandomVolunteer(random, n, maxCapacity: 2)).ToArray();
        var requests = Enumerable.Range(1, 30).Select(n => RandomRequest(random, n)).ToArray();

        var first = Plan(volunteers, requests);
        var second = Plan([.. volunteers.Reverse()], [.. requests.OrderBy(_ => random.Next())]);

        Assert.That(second.Optimal.Matches.Select(Pair), Is.EqualTo(first.Optimal.Matches.Select(Pair)));
        Assert.That(second.Greedy.Matches.Select(Pair), Is.EqualTo(first.Greedy.Matches.Select(Pair)));
        Assert.That(first.Optimal.Matches, Is.Not.Empty);
    }

    [Test]
    public void Should_report_the_unassigned_requests_and_the_totals()
    {
        var volunteer = Volunteer() with { MaxConcurrentMatches = 1 };

        var plan = Plan([volunteer], [Request(1), Request(2)]);

        Assert.That(plan.Optimal.Matches, Has.Count.EqualTo(1));
        Assert.That(plan.Optimal.UnassignedRequests, Has.Count.EqualTo(1));
        Assert.That(plan.Optimal.TotalScore, Is.EqualTo(plan.Optimal.Matches.Single().Candidate.Score));
        Assert.That(plan.Optimal.TotalPoints, Is.EqualTo(plan.Optimal.Matches.Single().Candidate.Points));
    }

    private static BatchPlan Plan(VolunteerCandidate[] volunteers, MatchRequest[] requests) =>
        new BatchPlanner(new MatchingEngine(volunteers, MatchingWeights.Default), Solver).Plan(requests);

    private static (Guid Request, Guid Volunteer) Pair(PlannedMatch match) => (match.RequestId, match.Candidate.Volunteer.Id);

    private static void AssertWithinCapacity(BatchAssignment assignment, VolunteerCandidate[] volunteers)
    {
        Assert.That(assignment.Matches.Select(m => m.RequestId), Is.Unique);
        foreach (var volunteer in volunteers)
        {
            Assert.That(assignment.Matches.Count(m => m.Candidate.Volunteer.Id == volunteer.Id), Is.LessThanOrEqualTo(volunteer.RemainingCapacity));
        }
    }
}
