using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Matching;
using static WarmeWijk.Domain.Tests.Matching.MatchingFixtures;

namespace WarmeWijk.Domain.Tests.Matching;

public sealed class HardConstraintTests
{
    private static IEnumerable<TestCaseData> OneBrokenConstraint()
    {
        TestCaseData Case(string name, string code, Func<VolunteerCandidate, VolunteerCandidate> volunteer, Func<MatchRequest, MatchRequest> request) =>
            new TestCaseData(volunteer, request, code).SetName($"Should_exclude_a_volunteer_who_{name}");

        static MatchRequest Same(MatchRequest r) => r;
        static VolunteerCandidate Unchanged(VolunteerCandidate v) => v;

        yield return Case("is_paused", ConstraintCodes.Status, v => v with { Status = VolunteerStatus.Paused }, Same);
        yield return Case("is_still_in_training", ConstraintCodes.Status, v => v with { Status = VolunteerStatus.Training }, Same);
        yield return Case("is_no_buddy_of_a_fitting_type", ConstraintCodes.BuddyType, v => v with { BuddyTypes = new HashSet<BuddyType> { BuddyType.Garden } }, Same);
        yield return Case("speaks_none_of_the_residents_languages", ConstraintCodes.Language, Unchanged, r => r with { Languages = new HashSet<string> { "ar", "tr" } });
        yield return Case("speaks_the_language_too_little", ConstraintCodes.Language, Unchanged, r => r with { Languages = new HashSet<string> { "fr" }, MinimumLanguageLevel = LanguageLevel.Fluent });
        yield return Case("is_not_available_at_the_wished_times", ConstraintCodes.Availability, Unchanged,
            r => r with { WishedWindows = [new TimeWindow(Weekday.Monday, new TimeOnly(12, 0), new TimeOnly(13, 0))] });
        yield return Case("is_away_for_the_whole_period", ConstraintCodes.Absence,
            v => v with { Absences = [new DateRange(StartsOn.AddDays(-3), StartsOn.AddDays(40))] }, Same);
        yield return Case("lives_too_far", ConstraintCodes.Distance, v => v with { Home = North(Kiel, 7.4) }, Same);
        yield return Case("is_full", ConstraintCodes.Capacity, v => v with { ActiveMatches = 2 }, Same);
        yield return Case("takes_no_matches_at_all", ConstraintCodes.Capacity, v => v with { MaxConcurrentMatches = 0 }, Same);
        yield return Case("lacks_required_training", ConstraintCodes.Training, Unchanged, r => r with { RequiredTraining = new HashSet<string> { "basis", "dementie" } });
        yield return Case("has_no_screening_for_a_home_visit", ConstraintCodes.Screening, v => v with { Screening = null }, Same);
        yield return Case("has_an_expired_screening", ConstraintCodes.Screening,
            v => v with { Screening = new CriminalRecordExtract(new DateOnly(2025, 1, 1), StartsOn.AddDays(-1)) }, Same);
        yield return Case("has_a_screening_issued_after_the_start", ConstraintCodes.Screening,
            v => v with { Screening = new CriminalRecordExtract(StartsOn.AddDays(1), StartsOn.AddDays(365)) }, Same);
        yield return Case("refuses_the_category", ConstraintCodes.RefusedCategory, v => v with { RefusedCategories = new HashSet<string> { "ODD-JOBS" } }, Same);
        yield return Case("refuses_pets", ConstraintCodes.RefusedHomeCondition,
            v => v with { RefusedHomeConditions = new HashSet<HomeCondition> { HomeCondition.Pets } },
            r => r with { HomeConditions = new HashSet<HomeCondition> { HomeCondition.Pets, HomeCondition.Smoking } });
    }

    [Test]
    public void Should_find_the_fixture_volunteer_eligible()
    {
        var assessment = Engine(Volunteer()).Assess(Request(), Volunteer().Id);

        Assert.That(assessment.Violations, Is.Empty);
        Assert.That(assessment.IsEligible);
    }

    [TestCaseSource(nameof(OneBrokenConstraint))]
    public void Should_exclude_with_the_reason_of_the_broken_constraint(
        Func<VolunteerCandidate, VolunteerCandidate> changeVolunteer, Func<MatchRequest, MatchRequest> changeRequest, string code)
    {
        var volunteer = changeVolunteer(Volunteer());

        var assessment = Engine(volunteer).Assess(changeRequest(Request()), volunteer.Id);

        Assert.That(assessment.IsEligible, Is.False);
        Assert.That(assessment.Violations.Select(v => v.Code), Is.EqualTo(new[] { code }));
        Assert.That(assessment.Violations[0].Reason.Nl, Is.Not.Empty);
        Assert.That(assessment.Violations[0].Reason.En, Is.Not.Empty);
    }

    [Test]
    public void Should_not_need_a_screening_when_the_category_has_no_home_visits()
    {
        var volunteer = Volunteer() with { Screening = null };

        Assert.That(Engine(volunteer).Assess(Request() with { RequiresHomeVisit = false }, volunteer.Id).IsEligible);
    }

    [Test]
    public void Should_keep_a_volunteer_who_is_away_only_part_of_the_period()
    {
        var volunteer = Volunteer() with { Absences = [new DateRange(StartsOn, StartsOn.AddDays(13))] };

        Assert.That(Engine(volunteer).Assess(Request(), volunteer.Id).IsEligible);
    }

    [Test]
    public void Should_say_how_far_the_volunteer_lives_in_dutch_and_english()
    {
        var volunteer = Volunteer() with { Home = North(Kiel, 7.4) };

        var reason = Engine(volunteer).Assess(Request(), volunteer.Id).Violations.Single().Reason;

        Assert.That(reason.Nl, Is.EqualTo("Woont 7,4 km ver; maximum is 5 km"));
        Assert.That(reason.En, Is.EqualTo("Lives 7.4 km away; maximum is 5 km"));
    }

    [Test]
    public void Should_name_the_expiry_date_of_an_expired_screening()
    {
        var volunteer = Volunteer() with { Screening = new CriminalRecordExtract(new DateOnly(2025, 11, 1), new DateOnly(2026, 11, 30)) };

        var reason = Engine(volunteer).Assess(Request(), volunteer.Id).Violations.Single().Reason;

        Assert.That(reason.Nl, Does.Contain("verliep op 30 november 2026"));
        Assert.That(reason.En, Does.Contain("expired on 30 November 2026"));
    }

    [Test]
    public void Should_list_every_constraint_that_excludes_a_volunteer()
    {
        var volunteer = Volunteer() with { Status = VolunteerStatus.Paused, Home = North(Kiel, 6), ActiveMatches = 2, Screening = null };

        var assessment = Engine(volunteer).Assess(Request(), volunteer.Id);

        Assert.That(
            assessment.Violations.Select(v => v.Code),
            Is.EqualTo(new[] { ConstraintCodes.Status, ConstraintCodes.Distance, ConstraintCodes.Capacity, ConstraintCodes.Screening }));
    }

    [Test]
    public void Should_list_the_excluded_volunteers_of_the_whole_set_with_their_reasons()
    {
        var eligible = Volunteer(1);
        var tooFar = Volunteer(2) with { Home = North(Kiel, 20) };
        var paused = Volunteer(3) with { Status = VolunteerStatus.Paused };

        var overview = Engine(eligible, tooFar, paused).AssessAll(Request());

        Assert.That(overview.Candidates.Select(c => c.Volunteer.Id), Is.EqualTo(new[] { eligible.Id }));
        Assert.That(
            overview.Excluded.Select(e => (e.Volunteer.Id, e.Violations.Single().Code)),
            Is.EqualTo(new[] { (tooFar.Id, ConstraintCodes.Distance), (paused.Id, ConstraintCodes.Status) }));
    }

    private static MatchingEngine Engine(params VolunteerCandidate[] volunteers) => new(volunteers, MatchingWeights.Default);
}
