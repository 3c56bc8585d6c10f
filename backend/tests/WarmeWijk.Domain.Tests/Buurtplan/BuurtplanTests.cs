using WarmeWijk.Domain.Buurtplan;
using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Tests.Buurtplan;

public sealed class BuurtplanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Neighbourhood = Guid.CreateVersion7();

    private static GoalContent Goal(IReadOnlyList<GoalFinding>? findings = null, IReadOnlyList<PlanIndicator>? indicators = null) =>
        new(
            "Minder eenzaamheid",
            null,
            GoalStatus.Active,
            findings ?? [new GoalFinding(FindingKind.Indicator, "share_65_plus_living_alone", "Dubbel zo hoog als in Vlaanderen.")],
            indicators ?? [new PlanIndicator("share_65_plus_living_alone", 38.5m, 35m), new PlanIndicator(PlanKpis.ActivityParticipants, 100, 250)]);

    private static ActionDetails Details(DateOnly? start = null, DateOnly? due = null, Guid? owner = null, string? ownerName = "Seniorenraad") =>
        new("Koffiemoment", start ?? new DateOnly(2026, 1, 1), due ?? new DateOnly(2026, 6, 30), owner, ownerName, [], null);

    private static PlanAction NewAction() => new(new PlanGoal(Neighbourhood, Goal(), Now), Details(), Now);

    [Test]
    public void Should_start_an_action_planned_at_version_one_in_the_goals_neighbourhood()
    {
        var goal = new PlanGoal(Neighbourhood, Goal(), Now);
        var action = new PlanAction(goal, Details(), Now);

        Assert.Multiple(() =>
        {
            Assert.That(action.Status, Is.EqualTo(PlanActionStatus.Planned));
            Assert.That(action.Version, Is.EqualTo(1));
            Assert.That(action.GoalId, Is.EqualTo(goal.Id));
            Assert.That(action.NeighbourhoodId, Is.EqualTo(Neighbourhood));
            Assert.That(goal.Indicators.Select(i => i.IsBuurtanalyseIndicator()), Is.EqualTo(new[] { true, false }));
        });
    }

    [TestCase(PlanActionStatus.Planned, PlanActionStatus.InProgress, true)]
    [TestCase(PlanActionStatus.Planned, PlanActionStatus.Done, true)]
    [TestCase(PlanActionStatus.Planned, PlanActionStatus.Dropped, true)]
    [TestCase(PlanActionStatus.Planned, PlanActionStatus.Planned, false)]
    [TestCase(PlanActionStatus.InProgress, PlanActionStatus.Done, true)]
    [TestCase(PlanActionStatus.InProgress, PlanActionStatus.Dropped, true)]
    [TestCase(PlanActionStatus.InProgress, PlanActionStatus.Planned, false)]
    [TestCase(PlanActionStatus.Done, PlanActionStatus.InProgress, true)]
    [TestCase(PlanActionStatus.Done, PlanActionStatus.Dropped, false)]
    [TestCase(PlanActionStatus.Done, PlanActionStatus.Planned, false)]
    [TestCase(PlanActionStatus.Dropped, PlanActionStatus.Planned, true)]
    [TestCase(PlanActionStatus.Dropped, PlanActionStatus.InProgress, false)]
    [TestCase(PlanActionStatus.Dropped, PlanActionStatus.Done, false)]
    public void Should_allow_only_the_listed_status_moves(PlanActionStatus from, PlanActionStatus to, bool allowed) =>
        Assert.That(PlanAction.CanMove(from, to), Is.EqualTo(allowed));

    [Test]
    public void Should_raise_the_version_on_a_move_and_refuse_a_move_that_is_not_allowed()
    {
        var action = NewAction();
        action.MoveTo(PlanActionStatus.InProgress);

        var refused = Assert.Throws<DomainRuleException>(() => action.MoveTo(PlanActionStatus.Planned));

        Assert.Multiple(() =>
        {
            Assert.That(refused!.Message, Does.Contain("cannot become Planned"));
            Assert.That(action.Status, Is.EqualTo(PlanActionStatus.InProgress));
            Assert.That(action.Version, Is.EqualTo(2));
        });
    }

    [Test]
    public void Should_accept_an_action_due_on_the_day_it_starts_and_refuse_one_due_before()
    {
        var day = new DateOnly(2026, 3, 1);
        Assert.Multiple(() =>
        {
            Assert.That(() => NewAction().Update(Details(day, day)), Throws.Nothing);
            Assert.That(() => NewAction().Update(Details(day, day.AddDays(-1))), Throws.TypeOf<DomainRuleException>().With.Message.Contains("due on or after"));
        });
    }

    [Test]
    public void Should_need_exactly_one_owner()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => NewAction().Update(Details(ownerName: null)), Throws.TypeOf<DomainRuleException>());
            Assert.That(() => NewAction().Update(Details(owner: Guid.CreateVersion7())), Throws.TypeOf<DomainRuleException>());
            Assert.That(() => NewAction().Update(Details(owner: Guid.CreateVersion7(), ownerName: " ")), Throws.Nothing);
        });
    }

    [Test]
    public void Should_refuse_a_goal_without_findings_with_an_unknown_indicator_or_with_contact_data()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new PlanGoal(Neighbourhood, Goal(findings: []), Now), Throws.TypeOf<DomainRuleException>());
            Assert.That(() => new PlanGoal(Neighbourhood, Goal(findings: [new GoalFinding(FindingKind.Indicator, "happiness", "Hoog.")]), Now),
                Throws.TypeOf<DomainRuleException>().With.Message.Contains("not a buurtanalyse indicator"));
            Assert.That(() => new PlanGoal(Neighbourhood, Goal(findings: [new GoalFinding(FindingKind.SignalTheme, "Eenzaamheid", "Bel 0475 12 34 56")]), Now),
                Throws.TypeOf<DomainRuleException>().With.Message.Contains("phone number"));
            Assert.That(() => new PlanGoal(Neighbourhood, Goal(indicators: [new PlanIndicator("smiles", 1, 2)]), Now),
                Throws.TypeOf<DomainRuleException>().With.Message.Contains("neither"));
            Assert.That(() => new PlanGoal(Neighbourhood, Goal(indicators: [new PlanIndicator(PlanKpis.Signals, 1, 2), new PlanIndicator(PlanKpis.Signals, 3, 4)]), Now),
                Throws.TypeOf<DomainRuleException>().With.Message.Contains("once"));
        });
    }

    [Test]
    public void Should_record_an_activity_once_held_with_each_group_once_in_order()
    {
        var record = new ActivityRecord(
            new DateOnly(2026, 11, 23), ActivityType.CoffeeMoment, 12, [ResidentGroup.Newcomers, ResidentGroup.OlderResidents, ResidentGroup.Newcomers], null, null);
        var activity = new NeighbourhoodActivity(Neighbourhood, record, Guid.CreateVersion7(), Now);

        Assert.Multiple(() =>
        {
            Assert.That(activity.GroupsReached, Is.EqualTo(new[] { ResidentGroup.OlderResidents, ResidentGroup.Newcomers }));
            Assert.That(activity.Version, Is.EqualTo(1));
            Assert.That(() => activity.Update(record with { HeldOn = new DateOnly(2026, 11, 25) }, Now), Throws.TypeOf<DomainRuleException>().With.Message.Contains("has not come yet"));
            Assert.That(() => activity.Update(record with { Participants = -1 }, Now), Throws.TypeOf<DomainRuleException>());
            Assert.That(() => activity.Update(record with { Participants = 40, Description = "Mail an@example.org" }, Now), Throws.TypeOf<DomainRuleException>().With.Message.Contains("e-mail"));
            Assert.That(activity.Version, Is.EqualTo(1), "a refused change changes nothing");
            Assert.That(activity.Participants, Is.EqualTo(12), "a refused change changes nothing");
        });
    }
}
