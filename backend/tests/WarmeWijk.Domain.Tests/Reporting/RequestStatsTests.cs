using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Reporting;

namespace WarmeWijk.Domain.Tests.Reporting;

public sealed class RequestStatsTests
{
    private static readonly DateTimeOffset Intake = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [TestCase(new double[] { 1, 2, 3, 4 }, 0.5, 2.5)]
    [TestCase(new double[] { 1, 2, 3, 4 }, 0.9, 3.7)]
    [TestCase(new double[] { 7 }, 0.9, 7)]
    [TestCase(new double[] { 2, 10 }, 0.5, 6)]
    public void Should_interpolate_percentiles_like_percentile_cont(double[] sorted, double fraction, double expected)
    {
        Assert.That(Percentile.OfSorted(sorted, fraction), Is.EqualTo(expected).Within(1e-9));
    }

    [Test]
    public void Should_have_no_percentile_of_nothing()
    {
        Assert.That(Percentile.OfSorted([], 0.5), Is.Null);
    }

    [Test]
    public void Should_count_each_request_once_per_milestone_and_once_among_the_outcomes()
    {
        RequestFact[] facts =
        [
            Fact(HelpRequestStatus.Completed, TriageRoute.Light, contact: 0, triage: 4, match: 50),
            Fact(HelpRequestStatus.Matched, TriageRoute.Light, contact: 2, triage: 6, match: 30),
            Fact(HelpRequestStatus.Closed, TriageRoute.Heavy, contact: 0, triage: 2, referred: 3, accepted: 20),
            Fact(HelpRequestStatus.ClosedNoOffer, TriageRoute.Light, contact: 1, triage: 8),
            Fact(HelpRequestStatus.Cancelled, null),
            Fact(HelpRequestStatus.New, null),
        ];

        var stats = RequestStats.Of(facts);

        Assert.Multiple(() =>
        {
            Assert.That(stats[Measure.RequestsIn], Is.EqualTo(6));
            Assert.That(stats[Measure.FirstContacted], Is.EqualTo(4));
            Assert.That((stats[Measure.Triaged], stats[Measure.TriagedLight], stats[Measure.TriagedHeavy]), Is.EqualTo((4, 3, 1)));
            Assert.That((stats[Measure.Matched], stats[Measure.Referred], stats[Measure.AcceptedByPartner]), Is.EqualTo((2, 1, 1)));
            Assert.That(RequestStats.Outcomes.Select(m => stats[m]), Is.EqualTo(new[] { 1, 1, 1, 1, 2 }));
            Assert.That(RequestStats.Outcomes.Sum(m => stats[m]), Is.EqualTo(stats[Measure.RequestsIn]));
            Assert.That(stats.TimeToMatch, Is.EqualTo(new DurationStats(2, 40, 48)));
            Assert.That(stats.TimeToTriage.MedianHours, Is.EqualTo(5));
        });
    }

    [Test]
    public void Should_show_a_rate_only_when_both_of_its_counts_are_shown()
    {
        var facts = Enumerable.Range(0, 12).Select(i => Fact(HelpRequestStatus.Matched, TriageRoute.Light, contact: 0, triage: 1, match: i < 9 ? 24 : null))
            .Concat(Enumerable.Range(0, 6).Select(i => Fact(HelpRequestStatus.Referred, TriageRoute.Heavy, contact: 0, triage: 1, referred: i < 3 ? 2 : null)))
            .ToList();
        var heavyOnlySmall = Enumerable.Range(0, 12).Select(_ => Fact(HelpRequestStatus.Matched, TriageRoute.Light, contact: 0, triage: 1, match: 24))
            .Append(Fact(HelpRequestStatus.Referred, TriageRoute.Heavy, contact: 0, triage: 1, referred: 2))
            .ToList();

        var table = ProtectedTable.Of(RequestStats.Of(facts), []);
        var lightWithheld = ProtectedTable.Of(RequestStats.Of(heavyOnlySmall), []);

        Assert.Multiple(() =>
        {
            Assert.That(table.Total.MatchRate, Is.EqualTo(9 / 12.0));
            Assert.That(table.Total.Counts[Measure.Referred], Is.EqualTo(new ProtectedCount(null, Disclosure.Small)));
            Assert.That(table.Total.ReferralRate, Is.Null);
            Assert.That(table.Total.TimeToMatch.MedianHours, Is.EqualTo(24));
            Assert.That(lightWithheld.Total.Counts[Measure.TriagedLight].Disclosure, Is.EqualTo(Disclosure.Withheld), "13 triaged minus 12 light would give the 1 heavy");
            Assert.That(lightWithheld.Total.MatchRate, Is.Null);
        });
    }

    private static RequestFact Fact(
        HelpRequestStatus status, TriageRoute? route, int? contact = null, int? triage = null, int? match = null, int? referred = null, int? accepted = null) =>
        new(Guid.Empty, Guid.NewGuid(), Intake, IntakeChannel.PhoneLine, "shopping", "11002F60-", status, route,
            At(contact), At(triage), At(match), At(referred), At(accepted), HelpRequestTransitions.IsFinal(status) ? Intake.AddDays(9) : null);

    private static DateTimeOffset? At(int? hours) => hours is { } h ? Intake.AddHours(h) : null;
}
