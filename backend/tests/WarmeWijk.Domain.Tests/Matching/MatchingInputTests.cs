using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Matching;
using static WarmeWijk.Domain.Tests.Matching.MatchingFixtures;

namespace WarmeWijk.Domain.Tests.Matching;

public sealed class MatchingInputTests
{
    private static IEnumerable<TestCaseData> InvalidInputs()
    {
        TestCaseData Case(string name, Action build) => new TestCaseData(build).SetName($"Should_refuse_{name}");

        yield return Case("an_inverted_slot", () => _ = new TimeWindow(Weekday.Monday, new TimeOnly(12, 0), new TimeOnly(9, 0)));
        yield return Case("overlapping_availability_slots", () => _ = Volunteer() with
        {
            Availability = [new TimeWindow(Weekday.Monday, new TimeOnly(9, 0), new TimeOnly(12, 0)), new TimeWindow(Weekday.Monday, new TimeOnly(11, 0), new TimeOnly(13, 0))],
        });
        yield return Case("overlapping_wished_windows", () => _ = Request() with
        {
            WishedWindows = [new TimeWindow(Weekday.Friday, new TimeOnly(9, 0), new TimeOnly(12, 0)), new TimeWindow(Weekday.Friday, new TimeOnly(10, 0), new TimeOnly(11, 0))],
        });
        yield return Case("a_request_without_wished_windows", () => _ = Request() with { WishedWindows = [] });
        yield return Case("a_negative_travel_distance", () => _ = Volunteer() with { MaxTravelKm = -1 });
        yield return Case("a_travel_distance_that_is_not_a_number", () => _ = Volunteer() with { MaxTravelKm = double.NaN });
        yield return Case("a_negative_capacity", () => _ = Volunteer() with { MaxConcurrentMatches = -1 });
        yield return Case("negative_active_matches", () => _ = Volunteer() with { ActiveMatches = -2 });
        yield return Case("an_unknown_language", () => _ = new LanguageSkill("xx", LanguageLevel.Fluent));
        yield return Case("a_language_listed_twice", () => _ = Volunteer() with
        {
            Languages = [new LanguageSkill("nl", LanguageLevel.Native), new LanguageSkill("NL", LanguageLevel.Basic)],
        });
        yield return Case("an_unknown_buddy_type", () => _ = Volunteer() with { BuddyTypes = new HashSet<BuddyType> { (BuddyType)99 } });
        yield return Case("an_unknown_accepted_buddy_type", () => _ = Request() with { AcceptedBuddyTypes = new HashSet<BuddyType> { BuddyType.Chat, (BuddyType)99 } });
        yield return Case("an_unknown_status", () => _ = Volunteer() with { Status = (VolunteerStatus)42 });
        yield return Case("an_unknown_language_level", () => _ = new LanguageSkill("nl", (LanguageLevel)9));
        yield return Case("an_unknown_home_condition", () => _ = Request() with { HomeConditions = new HashSet<HomeCondition> { (HomeCondition)7 } });
        yield return Case("a_request_without_buddy_types", () => _ = Request() with { AcceptedBuddyTypes = new HashSet<BuddyType>() });
        yield return Case("a_request_without_languages", () => _ = Request() with { Languages = new HashSet<string>() });
        yield return Case("an_inverted_absence", () => _ = new DateRange(StartsOn, StartsOn.AddDays(-1)));
        yield return Case("a_screening_that_expires_before_it_is_issued", () => _ = new CriminalRecordExtract(StartsOn, StartsOn));
        yield return Case("a_latitude_beyond_the_pole", () => _ = new GeoPoint(91, 4));
        yield return Case("a_negative_weight", () => _ = MatchingWeights.Default with { Distance = -0.1 });
        yield return Case("a_zero_half_score_distance", () => _ = MatchingWeights.Default with { DistanceHalfScoreKm = 0 });
        yield return Case("a_volunteer_twice_in_the_set", () => _ = new MatchingEngine([Volunteer(), Volunteer()], MatchingWeights.Default));
        yield return Case("zero_candidates", () => _ = new MatchingEngine([Volunteer()], MatchingWeights.Default).Rank(Request(), 0));
        yield return Case("a_request_twice_in_a_batch", () => _ = new BatchPlanner(
            new MatchingEngine([Volunteer()], MatchingWeights.Default), new SuccessiveShortestPathSolver()).Plan([Request(), Request()]));
    }

    [TestCaseSource(nameof(InvalidInputs))]
    public void Should_refuse_invalid_input_with_a_domain_rule(Action build)
    {
        Assert.That(build, Throws.TypeOf<DomainRuleException>());
    }

    [Test]
    public void Should_accept_slots_that_touch()
    {
        var volunteer = Volunteer() with
        {
            Availability = [new TimeWindow(Weekday.Monday, new TimeOnly(9, 0), new TimeOnly(12, 0)), new TimeWindow(Weekday.Monday, new TimeOnly(12, 0), new TimeOnly(13, 0))],
        };

        Assert.That(volunteer.Availability, Has.Count.EqualTo(2));
    }

    [Test]
    public void Should_compare_codes_without_regard_to_case()
    {
        var volunteer = Volunteer() with { CompletedTraining = new HashSet<string> { " Dementie " } };

        Assert.That(volunteer.CompletedTraining.Contains("dementie"));
    }
}
