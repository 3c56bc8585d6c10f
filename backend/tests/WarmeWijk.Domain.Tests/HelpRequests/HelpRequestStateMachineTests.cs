using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.HelpRequests;

namespace WarmeWijk.Domain.Tests.HelpRequests;

public sealed class HelpRequestStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Coordinator = Guid.NewGuid();
    private static readonly Guid FieldWorker = Guid.NewGuid();

    /// <summary>The allowed steps as the issue describes them; everything else must be refused.</summary>
    private static readonly (HelpRequestStatus From, HelpRequestStatus To)[] Allowed =
    [
        (HelpRequestStatus.New, HelpRequestStatus.Triaged), (HelpRequestStatus.New, HelpRequestStatus.Cancelled),
        (HelpRequestStatus.Triaged, HelpRequestStatus.Matching), (HelpRequestStatus.Triaged, HelpRequestStatus.Referred),
        (HelpRequestStatus.Triaged, HelpRequestStatus.Waitlisted), (HelpRequestStatus.Triaged, HelpRequestStatus.ClosedNoOffer),
        (HelpRequestStatus.Triaged, HelpRequestStatus.Cancelled),
        (HelpRequestStatus.Waitlisted, HelpRequestStatus.Matching), (HelpRequestStatus.Waitlisted, HelpRequestStatus.Referred),
        (HelpRequestStatus.Waitlisted, HelpRequestStatus.ClosedNoOffer), (HelpRequestStatus.Waitlisted, HelpRequestStatus.Cancelled),
        (HelpRequestStatus.Matching, HelpRequestStatus.Proposed), (HelpRequestStatus.Matching, HelpRequestStatus.Waitlisted),
        (HelpRequestStatus.Matching, HelpRequestStatus.ClosedNoOffer), (HelpRequestStatus.Matching, HelpRequestStatus.Cancelled),
        (HelpRequestStatus.Proposed, HelpRequestStatus.Matched), (HelpRequestStatus.Proposed, HelpRequestStatus.Matching),
        (HelpRequestStatus.Proposed, HelpRequestStatus.Cancelled),
        (HelpRequestStatus.Matched, HelpRequestStatus.InProgress), (HelpRequestStatus.Matched, HelpRequestStatus.Matching),
        (HelpRequestStatus.Matched, HelpRequestStatus.Cancelled),
        (HelpRequestStatus.InProgress, HelpRequestStatus.Completed), (HelpRequestStatus.InProgress, HelpRequestStatus.Cancelled),
        (HelpRequestStatus.Referred, HelpRequestStatus.AcceptedByPartner), (HelpRequestStatus.Referred, HelpRequestStatus.Triaged),
        (HelpRequestStatus.Referred, HelpRequestStatus.ClosedNoOffer), (HelpRequestStatus.Referred, HelpRequestStatus.Cancelled),
        (HelpRequestStatus.AcceptedByPartner, HelpRequestStatus.Closed),
    ];

    private static IEnumerable<TestCaseData> EveryPair() =>
        from source in Enum.GetValues<HelpRequestStatus>()
        from target in Enum.GetValues<HelpRequestStatus>()
        let allowed = Allowed.Contains((source, target))
        select new TestCaseData(source, target, allowed).SetName($"{source} to {target}: {(allowed ? "allowed" : "refused")}");

    [TestCaseSource(nameof(EveryPair))]
    public void Should_allow_exactly_the_designed_transitions(HelpRequestStatus from, HelpRequestStatus to, bool allowed)
    {
        var request = RequestIn(from);
        var versionBefore = request.Version;

        if (allowed)
        {
            Transition(request, to);
            Assert.Multiple(() =>
            {
                Assert.That(request.Status, Is.EqualTo(to));
                Assert.That(request.Timeline[^1].From, Is.EqualTo(from));
                Assert.That(request.Timeline[^1].To, Is.EqualTo(to));
                Assert.That(request.Version, Is.GreaterThan(versionBefore));
            });
        }
        else
        {
            var error = Assert.Throws<InvalidTransitionException>(() => Transition(request, to));
            Assert.Multiple(() =>
            {
                Assert.That(error!.Message, Does.Contain($"from {from} to {to}"));
                Assert.That(request.Status, Is.EqualTo(from));
                Assert.That(request.Version, Is.EqualTo(versionBefore));
            });
        }
    }

    [Test]
    public void Should_timestamp_attribute_and_explain_every_transition()
    {
        var request = RequestIn(HelpRequestStatus.New);
        var fieldWorker = Guid.NewGuid();

        request.TransitionTo(HelpRequestStatus.Cancelled, Now.AddHours(1), fieldWorker, "Bewoner vond zelf hulp");

        var entry = request.Timeline[^1];
        Assert.Multiple(() =>
        {
            Assert.That(entry.At, Is.EqualTo(Now.AddHours(1)));
            Assert.That(entry.By, Is.EqualTo(fieldWorker));
            Assert.That(entry.Reason, Is.EqualTo("Bewoner vond zelf hulp"));
        });
    }

    [Test]
    public void Should_require_a_reason()
    {
        var request = RequestIn(HelpRequestStatus.New);

        Assert.Throws<DomainRuleException>(() => request.TransitionTo(HelpRequestStatus.Cancelled, Now, Coordinator, " "));
    }

    [Test]
    public void Should_raise_a_signal_only_when_closed_without_an_offer()
    {
        var closed = RequestIn(HelpRequestStatus.Triaged);
        var cancelled = RequestIn(HelpRequestStatus.Triaged);

        var signal = closed.TransitionTo(HelpRequestStatus.ClosedNoOffer, Now, Coordinator, "Geen aanbod");
        var none = cancelled.TransitionTo(HelpRequestStatus.Cancelled, Now, Coordinator, "Verhuisd");

        Assert.Multiple(() =>
        {
            Assert.That(signal, Is.Not.Null);
            Assert.That(signal!.Theme, Is.EqualTo("shopping"));
            Assert.That(signal.SectorCode, Is.EqualTo("11002F60-"));
            Assert.That(signal.HelpRequestId, Is.EqualTo(closed.Id));
            Assert.That(none, Is.Null);
        });
    }

    [Test]
    public void Should_need_a_priority_to_wait_and_forget_it_when_leaving_the_waiting_list()
    {
        var request = RequestIn(HelpRequestStatus.Triaged);

        Assert.Throws<DomainRuleException>(() => request.TransitionTo(HelpRequestStatus.Waitlisted, Now, Coordinator, "Vol"));
        Assert.Throws<DomainRuleException>(() => request.PutOnWaitlist(0, Now, Coordinator, "Vol"));
        request.PutOnWaitlist(2, Now, Coordinator, "Vol");
        var priority = request.WaitlistPriority;
        request.TransitionTo(HelpRequestStatus.Matching, Now, Coordinator, "Vrijwilliger vrij");

        Assert.Multiple(() =>
        {
            Assert.That(priority, Is.EqualTo(2));
            Assert.That(request.WaitlistPriority, Is.Null);
        });
    }

    [Test]
    public void Should_require_a_reason_when_the_coordinator_overrides_the_suggested_route()
    {
        var request = RequestIn(HelpRequestStatus.New);
        var overrideWithoutReason = new Triage(TriageRoute.Heavy, "housing", TriageRoute.Light, null, ResidentChoice.PrefersVolunteer, Coordinator, Now);

        Assert.Throws<DomainRuleException>(() => request.RecordTriage(overrideWithoutReason));
        request.RecordTriage(overrideWithoutReason with { OverrideReason = "Buurman helpt" });

        Assert.Multiple(() =>
        {
            Assert.That(request.Status, Is.EqualTo(HelpRequestStatus.Triaged));
            Assert.That(request.Triage!.IsOverride, Is.True);
        });
    }

    [TestCase("housing", Urgency.Normal, TriageRoute.Heavy)]
    [TestCase("shopping", Urgency.Normal, TriageRoute.Light)]
    [TestCase("shopping", Urgency.Crisis, TriageRoute.Heavy)]
    public void Should_suggest_a_route_from_the_networks_rules(string category, Urgency urgency, TriageRoute expected)
    {
        var rules = new TriageRules(new HashSet<string> { "housing", "psychosocial" });

        Assert.That(rules.Suggest(category, urgency).Route, Is.EqualTo(expected));
    }

    [Test]
    public void Should_refuse_a_wished_date_in_the_past()
    {
        Assert.Throws<DomainRuleException>(() => NewRequest(wishedFrom: DateOnly.FromDateTime(Now.UtcDateTime.AddDays(-3))));
    }

    [Test]
    public void Should_keep_the_first_time_each_milestone_was_reached()
    {
        var request = NewRequest();
        var at = (int hours) => Now.AddHours(hours);
        request.TransitionTo(HelpRequestStatus.Triaged, at(1), Coordinator, "Licht");
        request.TransitionTo(HelpRequestStatus.Matching, at(2), Coordinator, "Zoeken");
        request.TransitionTo(HelpRequestStatus.Proposed, at(3), Coordinator, "Voorstel");
        request.TransitionTo(HelpRequestStatus.Matched, at(4), Coordinator, "Ja");
        request.TransitionTo(HelpRequestStatus.Matching, at(5), Coordinator, "Vrijwilliger ziek");
        request.TransitionTo(HelpRequestStatus.Proposed, at(6), Coordinator, "Voorstel");
        request.TransitionTo(HelpRequestStatus.Matched, at(7), Coordinator, "Ja");
        Assert.Multiple(() =>
        {
            Assert.That(request.TriagedAt, Is.EqualTo(at(1)));
            Assert.That(request.MatchedAt, Is.EqualTo(at(4)), "the first match counts, not the last");
            Assert.That(request.ClosedAt, Is.Null);
        });

        request.TransitionTo(HelpRequestStatus.InProgress, at(8), Coordinator, "Gestart");
        request.TransitionTo(HelpRequestStatus.Completed, at(9), Coordinator, "Klaar");
        Assert.That(request.ClosedAt, Is.EqualTo(at(9)));
    }

    [Test]
    public void Should_keep_the_referral_milestones()
    {
        var request = RequestIn(HelpRequestStatus.Triaged);
        request.TransitionTo(HelpRequestStatus.Referred, Now.AddDays(1), Coordinator, "CAW");
        request.TransitionTo(HelpRequestStatus.AcceptedByPartner, Now.AddDays(2), Coordinator, "Aanvaard");
        Assert.Multiple(() =>
        {
            Assert.That(request.ReferredAt, Is.EqualTo(Now.AddDays(1)));
            Assert.That(request.PartnerAcceptedAt, Is.EqualTo(Now.AddDays(2)));
        });
    }

    [TestCase(IntakeChannel.PhoneLine, true)]
    [TestCase(IntakeChannel.HomeVisit, true)]
    [TestCase(IntakeChannel.DoorToDoorRound, true)]
    [TestCase(IntakeChannel.WalkIn, true)]
    [TestCase(IntakeChannel.VoicemailCallBack, false)]
    [TestCase(IntakeChannel.ReferralCard, false)]
    [TestCase(IntakeChannel.PartnerApi, false)]
    [TestCase(IntakeChannel.WebForm, false)]
    public void Should_count_a_conversation_at_intake_as_the_first_contact(IntakeChannel channel, bool contactedAtIntake)
    {
        var request = NewRequest(channel: channel);

        Assert.That(request.FirstContactAt, contactedAtIntake ? Is.EqualTo(Now) : Is.Null);
    }

    [Test]
    public void Should_take_the_first_recorded_contact_and_at_the_latest_the_triage()
    {
        var calledBack = NewRequest(channel: IntakeChannel.VoicemailCallBack);
        calledBack.RecordFirstContact(Now.AddHours(3), FieldWorker);
        calledBack.RecordFirstContact(Now.AddHours(5), Coordinator);
        calledBack.TransitionTo(HelpRequestStatus.Triaged, Now.AddHours(6), Coordinator, "Licht");

        var neverRecorded = NewRequest(channel: IntakeChannel.WebForm);
        neverRecorded.TransitionTo(HelpRequestStatus.Triaged, Now.AddHours(6), Coordinator, "Licht");

        Assert.Multiple(() =>
        {
            Assert.That((calledBack.FirstContactAt, calledBack.FirstContactBy), Is.EqualTo((Now.AddHours(3), FieldWorker)));
            Assert.That((neverRecorded.FirstContactAt, neverRecorded.FirstContactBy), Is.EqualTo((Now.AddHours(6), Coordinator)));
            Assert.Throws<DomainRuleException>(() => NewRequest(channel: IntakeChannel.WebForm).RecordFirstContact(Now.AddHours(-1), Coordinator));
        });
    }

    [TestCase(HelpRequestStatus.New, true)]
    [TestCase(HelpRequestStatus.Waitlisted, true)]
    [TestCase(HelpRequestStatus.InProgress, true)]
    [TestCase(HelpRequestStatus.Completed, false)]
    [TestCase(HelpRequestStatus.Cancelled, false)]
    [TestCase(HelpRequestStatus.ClosedNoOffer, false)]
    public void Should_follow_a_corrected_sector_only_while_open(HelpRequestStatus status, bool moves)
    {
        var request = RequestIn(status);
        var version = request.Version;

        var moved = request.FollowCorrectedSector("11002F61-");

        Assert.Multiple(() =>
        {
            Assert.That(moved, Is.EqualTo(moves));
            Assert.That(request.SectorCode, Is.EqualTo(moves ? "11002F61-" : "11002F60-"));
            Assert.That(request.Version, Is.EqualTo(moves ? version + 1 : version));
        });
    }

    [Test]
    public void Should_not_move_to_the_sector_it_is_in()
    {
        var request = NewRequest();

        Assert.That(request.FollowCorrectedSector("11002F60-"), Is.False);
        Assert.That(request.Version, Is.EqualTo(1));
    }

    private static HelpRequest NewRequest(DateOnly? wishedFrom = null, IntakeChannel channel = IntakeChannel.PhoneLine) =>
        new(Guid.NewGuid(), "11002F60-", channel, "shopping", "Boodschappen", Urgency.Normal, Recurrence.Weekly, wishedFrom, [], [], null, Now, Coordinator);

    /// <summary>Walks a new request along allowed steps to the wanted status.</summary>
    private static HelpRequest RequestIn(HelpRequestStatus status)
    {
        var path = status switch
        {
            HelpRequestStatus.New => [],
            HelpRequestStatus.Triaged => [HelpRequestStatus.Triaged],
            HelpRequestStatus.Waitlisted => [HelpRequestStatus.Triaged, HelpRequestStatus.Waitlisted],
            HelpRequestStatus.Matching => [HelpRequestStatus.Triaged, HelpRequestStatus.Matching],
            HelpRequestStatus.Proposed => [HelpRequestStatus.Triaged, HelpRequestStatus.Matching, HelpRequestStatus.Proposed],
            HelpRequestStatus.Matched => [HelpRequestStatus.Triaged, HelpRequestStatus.Matching, HelpRequestStatus.Proposed, HelpRequestStatus.Matched],
            HelpRequestStatus.InProgress => [HelpRequestStatus.Triaged, HelpRequestStatus.Matching, HelpRequestStatus.Proposed, HelpRequestStatus.Matched, HelpRequestStatus.InProgress],
            HelpRequestStatus.Completed => [HelpRequestStatus.Triaged, HelpRequestStatus.Matching, HelpRequestStatus.Proposed, HelpRequestStatus.Matched, HelpRequestStatus.InProgress, HelpRequestStatus.Completed],
            HelpRequestStatus.Referred => [HelpRequestStatus.Triaged, HelpRequestStatus.Referred],
            HelpRequestStatus.AcceptedByPartner => [HelpRequestStatus.Triaged, HelpRequestStatus.Referred, HelpRequestStatus.AcceptedByPartner],
            HelpRequestStatus.Closed => [HelpRequestStatus.Triaged, HelpRequestStatus.Referred, HelpRequestStatus.AcceptedByPartner, HelpRequestStatus.Closed],
            HelpRequestStatus.Cancelled => [HelpRequestStatus.Cancelled],
            HelpRequestStatus.ClosedNoOffer => new[] { HelpRequestStatus.Triaged, HelpRequestStatus.ClosedNoOffer },
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        var request = NewRequest();
        foreach (var step in path)
        {
            Transition(request, step);
        }

        return request;
    }

    private static void Transition(HelpRequest request, HelpRequestStatus to)
    {
        if (to == HelpRequestStatus.Waitlisted)
        {
            request.PutOnWaitlist(3, Now, Coordinator, "Wachtlijst");
        }
        else
        {
            request.TransitionTo(to, Now, Coordinator, $"Naar {to}");
        }
    }
}
