using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Matching;
using WarmeWijk.Domain.Referrals;
using WarmeWijk.Domain.Residents;
using WarmeWijk.Domain.Volunteers;
using static WarmeWijk.Infrastructure.Seeding.SyntheticVocabulary;

namespace WarmeWijk.Infrastructure.Seeding;

internal sealed partial class SyntheticHistoryRun
{
    private static readonly (ResidentChoice, double)[] Choices =
        [(ResidentChoice.AgreesWithAdvice, 85), (ResidentChoice.PrefersVolunteer, 5), (ResidentChoice.PrefersProfessional, 5), (ResidentChoice.DeclinesHelp, 5)];

    private static readonly (string Need, HomeCondition Condition)[] HomeConditionNeeds =
        [("pets-at-home", HomeCondition.Pets), ("stairs-at-home", HomeCondition.Stairs), ("smoking-at-home", HomeCondition.Smoking)];

    /// <summary>
    /// One request from intake to its end, or to the end of the run. Every step is a domain method called with the moment it
    /// happened, in the order it happened, so the timeline and the milestones are the domain's own.
    /// </summary>
    private sealed class Case(SyntheticHistoryRun run, HelpRequest request, Resident resident, HelpCategory category, int age)
    {
        private readonly SyntheticRandom _random = run._random;
        private readonly HashSet<Guid> _proposedTo = [];
        private DateTimeOffset _now = request.CreatedAt;

        /// <summary>Urgent requests move faster, low ones slower.</summary>
        private double Pace => request.Urgency switch
        {
            Urgency.Crisis => 0.15,
            Urgency.High => 0.4,
            Urgency.Low => 1.6,
            _ => 1,
        };

        public void Run()
        {
            if (request.FirstContactAt is null)
            {
                // Voicemail, web form, referral card and partner referrals wait for a call-back.
                if (_random.Chance(0.025))
                {
                    Cancel(_random.Days(2, 9), CancelledInNew[0]);
                    return;
                }

                if (!_random.Chance(0.06))
                {
                    if (!Step(_random.Hours(18 * Pace, 0.9)))
                    {
                        return;
                    }

                    request.RecordFirstContact(_now, run.Coordinator());
                }
            }

            if (_random.Chance(0.015))
            {
                Cancel(_random.Hours(30), CancelledInNew[1]);
                return;
            }

            // On the phone line or at the desk, the coordinator often triages in the same conversation.
            var sameConversation = request.Channel is IntakeChannel.PhoneLine or IntakeChannel.WalkIn
                && request.Triage is null && _now == request.CreatedAt && _random.Chance(0.4);
            if (!(sameConversation ? Step(TimeSpan.FromMinutes(_random.Next(5, 45)), office: false) : Step(_random.Hours(20 * Pace, 0.9))))
            {
                return;
            }

            Triage();
        }

        private void Triage()
        {
            var (suggested, suggestion) = run._rules.Suggest(category.Code, request.Urgency);
            var choice = _random.Weighted(Choices);
            var (decided, why) = (suggested, choice) switch
            {
                (TriageRoute.Heavy, ResidentChoice.PrefersVolunteer) when request.Urgency != Urgency.Crisis =>
                    (TriageRoute.Light, "De bewoner verkiest een vrijwilliger uit de buurt."),
                (TriageRoute.Light, ResidentChoice.PrefersProfessional) => (TriageRoute.Heavy, "De bewoner verkiest professionele hulp."),
                (TriageRoute.Light, ResidentChoice.AgreesWithAdvice) when _random.Chance(0.04) =>
                    (TriageRoute.Heavy, "De situatie is complexer dan ze lijkt: professionele hulp nodig."),
                (TriageRoute.Heavy, ResidentChoice.AgreesWithAdvice) when request.Urgency != Urgency.Crisis && _random.Chance(0.06) =>
                    (TriageRoute.Light, "Een vrijwilliger kan hier eerst mee starten."),
                _ => (suggested, (string?)null),
            };
            var coordinator = run.Coordinator();
            request.RecordTriage(new Triage(suggested, suggestion, decided, why, choice, coordinator, _now));
            if (choice == ResidentChoice.DeclinesHelp)
            {
                Cancel(_random.Hours(2), "De bewoner wil (nog) geen hulp.");
                return;
            }

            if (request.AssignedFieldWorkerId is null && run._network.FieldWorkers.Count > 0 && _random.Chance(0.25))
            {
                request.AssignFieldWorker(run.FieldWorker());
            }

            if (_random.Chance(0.25))
            {
                FollowUp("Nabellen hoe het gaat.", 21, request.AssignedFieldWorkerId ?? coordinator);
            }

            if (decided == TriageRoute.Light)
            {
                Consent(ConsentPurpose.VolunteerMatching, coordinator);
                Light();
            }
            else
            {
                Consent(ConsentPurpose.PartnerReferral, coordinator);
                Heavy();
            }
        }

        private void Light()
        {
            var help = PlanHelp();
            if (!Step(_random.Hours(4 * Pace, 1.0)))
            {
                return;
            }

            if (request.Urgency == Urgency.Low ? _random.Chance(0.5) : request.Urgency == Urgency.Normal && _random.Chance(0.08))
            {
                Defer(help);
                return;
            }

            if (!HasCandidate(_now, help.Busy))
            {
                Wait(help, round: 0);
                return;
            }

            request.TransitionTo(HelpRequestStatus.Matching, _now, run.Coordinator(), "Op zoek naar een vrijwilliger.");
            Propose(help, round: 0);
        }

        /// <summary>Not urgent: on the waiting list on purpose, taken up again some weeks later.</summary>
        private void Defer(HelpPlan help)
        {
            var coordinator = run.Coordinator();
            request.PutOnWaitlist(Priority(), _now, coordinator, "Niet dringend: later opnemen.");
            if (!Step(_random.Days(14, 70)))
            {
                return;
            }

            request.TransitionTo(HelpRequestStatus.Matching, _now, run.Coordinator(), "Van de wachtlijst opgenomen.");
            Propose(help, round: 1);
        }

        /// <summary>1 is the most urgent: from the urgency, one up for people over 80, give or take one.</summary>
        private int Priority()
        {
            var urgency = request.Urgency switch { Urgency.Crisis => 1, Urgency.High => 2, Urgency.Normal => 3, _ => 4 };
            return Math.Clamp(urgency - (age >= 80 ? 1 : 0) + _random.Next(-1, 2), 1, 5);
        }

        /// <summary>
        /// Nobody can take it now: the waiting list until a volunteer is free (then proposals again, up to three rounds),
        /// or closing without an offer.
        /// </summary>
        private void Wait(HelpPlan help, int round)
        {
            var coordinator = run.Coordinator();
            if (run._fitting[category.Code].Length == 0)
            {
                CloseWithoutOffer(TimeSpan.FromHours(_random.Next(1, 48)), "Geen vrijwilliger met deze vaardigheden in de buurt.");
                return;
            }

            DateTimeOffset? free = null;
            for (var week = 1; week <= 20 && free is null; week++)
            {
                var at = _random.InOfficeHours(_now + TimeSpan.FromDays(3.5 * week));
                free = HasCandidate(at, help.Busy) ? at : null;
            }

            if (round >= 3 || (free is null && _random.Chance(0.3)))
            {
                CloseWithoutOffer(TimeSpan.FromHours(_random.Next(1, 48)), "Geen vrijwilliger beschikbaar.");
                return;
            }

            request.PutOnWaitlist(Priority(), _now, coordinator, "Geen vrijwilliger vrij: op de wachtlijst.");
            FollowUp("Bewoner opbellen: staat nog op de wachtlijst.", 14, coordinator);
            if (free is { } release)
            {
                if (release > run.Until)
                {
                    return;
                }

                _now = release;
                request.TransitionTo(HelpRequestStatus.Matching, _now, run.Coordinator(), "Er is een vrijwilliger vrijgekomen.");
                Propose(help, round + 1);
                return;
            }

            var weeks = _random.Next(8, 13);
            if (!Step(TimeSpan.FromDays(7 * weeks)))
            {
                return;
            }

            if (_random.Chance(0.3))
            {
                Cancel(TimeSpan.Zero, "De bewoner vond intussen andere hulp.");
            }
            else
            {
                CloseWithoutOffer(TimeSpan.Zero, $"Geen vrijwilliger gevonden na {weeks} weken op de wachtlijst.");
            }
        }

        /// <summary>Proposals until a volunteer accepts: some decline, some let the deadline pass, then the next is asked.</summary>
        private void Propose(HelpPlan help, int round)
        {
            for (var attempt = 0; attempt < 4; attempt++)
            {
                // The coordinator looks at the ranked candidates and picks one, a few minutes after the request came up.
                if (!Step(TimeSpan.FromMinutes(_random.Next(3, 90)), office: false))
                {
                    return;
                }

                var candidates = Candidates(_now, help.Busy);
                if (candidates.Count == 0)
                {
                    Wait(help, round);
                    return;
                }

                var (volunteer, score) = Choose(candidates);
                var coordinator = run.Coordinator();
                var (match, _) = VolunteerMatch.Propose(request.Id, volunteer.Id, resident.Id, score, _now, coordinator, SyntheticHistory.AnswerWithin);
                run._result.Matches.Add(run.Owned(match, _now));
                request.TransitionTo(HelpRequestStatus.Proposed, _now, coordinator, $"Proposed to volunteer {volunteer.FirstName}.");
                _proposedTo.Add(volunteer.Id);

                var outcome = _random.Next();
                if (outcome < 0.08)
                {
                    // No answer: the expiry job takes the proposal back a minute after the deadline.
                    var expired = match.AnswerBy + TimeSpan.FromSeconds(_random.Next(5, 65));
                    if (expired > run.Until)
                    {
                        return;
                    }

                    _now = expired;
                    match.Expire(_now);
                    request.TransitionTo(HelpRequestStatus.Matching, _now, Guid.Empty, $"No answer from the volunteer by {match.AnswerBy:yyyy-MM-dd HH:mm} UTC.");
                }
                else
                {
                    var answer = _random.Hours(6, 1.0);
                    if (!Step(answer < TimeSpan.FromHours(47) ? answer : TimeSpan.FromHours(47), office: false))
                    {
                        return;
                    }

                    if (outcome >= 0.25)
                    {
                        match.Accept(_now);
                        request.TransitionTo(HelpRequestStatus.Matched, _now, volunteer.Id, "The volunteer accepted.");
                        run.Book(volunteer, _now, _now + help.Busy);
                        Help(match, help);
                        return;
                    }

                    var reason = _random.Chance(0.6) ? _random.Pick(DeclineReasons) : null;
                    match.Decline(_now, reason);
                    request.TransitionTo(HelpRequestStatus.Matching, _now, volunteer.Id,
                        reason is null ? "The volunteer declined." : $"The volunteer declined: {reason}");
                }

                if (!Step(_random.Hours(5, 1.0)))
                {
                    return;
                }
            }

            Wait(help, round + 1);
        }

        /// <summary>The help itself: a one-off visit, or a series of visits over weeks or months, then the hours recorded.</summary>
        private void Help(VolunteerMatch match, HelpPlan help)
        {
            var start = _now + help.StartAfter;
            if (request.WishedFrom is { } wished && wished.ToDateTime(new TimeOnly(10, 0)) > start.UtcDateTime)
            {
                start = new DateTimeOffset(wished.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
            }

            if (_random.Chance(0.04))
            {
                // The help stops before it was done.
                if (help.Visits > 1 && !StartVisits(start))
                {
                    return;
                }

                if (!Step(_random.Days(1, help.Visits > 1 ? 40 : 8)))
                {
                    return;
                }

                match.Withdraw();
                Cancel(TimeSpan.Zero, _random.Pick(CancelledWhileHelped));
                return;
            }

            if (help.Visits > 1 || _random.Chance(0.3))
            {
                if (!StartVisits(start))
                {
                    return;
                }

                if (help.Visits > 1)
                {
                    FollowUp("Evaluatiegesprek met bewoner en vrijwilliger.", 28, run.Coordinator());
                }
            }

            var completed = _random.InOfficeHours(start + help.Duration + _random.Hours(20, 0.8));
            if (completed > run.Until)
            {
                return;
            }

            // As the coordinator records it on completion: the hours on the match, InProgress first when it was only Matched.
            _now = completed;
            var hours = Math.Max(0.25m, Math.Round(help.Visits * (decimal)(VisitHours.GetValueOrDefault(category.Code, 1.5) * (0.5 + _random.Next())) * 4) / 4);
            match.Complete(_now, hours, _random.Chance(0.4) ? _random.Pick(VolunteerFeedback) : null, _random.Chance(0.3) ? _random.Pick(ResidentFeedback) : null);
            var coordinator = run.Coordinator();
            if (request.Status == HelpRequestStatus.Matched)
            {
                request.TransitionTo(HelpRequestStatus.InProgress, _now, coordinator, "The volunteer started.");
            }

            request.TransitionTo(HelpRequestStatus.Completed, _now, coordinator, "The volunteer completed the help.");
        }

        private bool StartVisits(DateTimeOffset start)
        {
            if (start > run.Until)
            {
                return false;
            }

            _now = start;
            request.TransitionTo(HelpRequestStatus.InProgress, _now, run.Coordinator(), "De hulp is gestart.");
            return true;
        }

        /// <summary>Referral to a partner, which accepts and later closes it, or declines (then another referral, or no offer).</summary>
        private void Heavy()
        {
            var partners = run._network.Partners;
            if (partners.Count == 0)
            {
                CloseWithoutOffer(_random.Hours(8), "Geen partner in de sociale kaart voor deze vraag.");
                return;
            }

            var tried = new HashSet<Guid>();
            for (var attempt = 1; ; attempt++)
            {
                if (!Step(_random.Hours(6 * Pace, 1.0)))
                {
                    return;
                }

                var untried = partners.Where(p => !tried.Contains(p.OrganisationId)).ToList();
                var partner = _random.Pick(untried.Count > 0 ? untried : partners);
                tried.Add(partner.OrganisationId);
                var note = _random.Chance(0.5) ? _random.Pick(ReferralNotes) : null;
                var coordinator = run.Coordinator();
                request.TransitionTo(HelpRequestStatus.Referred, _now, coordinator, note ?? "Referred to a partner organisation.");
                var referral = run.Owned(new Referral(request.Id, partner.OrganisationId, ReferralDirection.ToPartner, note, _now), _now);
                run._result.Referrals.Add(referral);
                if (_random.Chance(0.3))
                {
                    FollowUp("Navragen of de partner contact opnam.", 7, coordinator);
                }

                if (!Step(_random.Hours(60, 0.9)))
                {
                    return;
                }

                if (_random.Chance(0.86))
                {
                    referral.Answer(ReferralStatus.Accepted, _random.Chance(0.5) ? _random.Pick(PartnerAcceptances) : null, _now);
                    request.TransitionTo(HelpRequestStatus.AcceptedByPartner, _now, partner.ApiClientId, "Accepted by the partner.");
                    if (!Step(_random.Days(14, 110)))
                    {
                        return;
                    }

                    referral.Answer(ReferralStatus.Closed, _random.Chance(0.6) ? _random.Pick(PartnerClosings) : null, _now);
                    request.TransitionTo(HelpRequestStatus.Closed, _now, partner.ApiClientId, "Closed by the partner.");
                    return;
                }

                var feedback = _random.Pick(PartnerDeclines);
                referral.Answer(ReferralStatus.Declined, feedback, _now);
                request.TransitionTo(HelpRequestStatus.Triaged, _now, partner.ApiClientId, $"Declined by the partner: {feedback}");
                // Another partner, or the same one again with more information; after three refusals, no offer.
                if (attempt >= 3 || _random.Chance(tried.Count >= partners.Count ? 0.4 : 0.25))
                {
                    CloseWithoutOffer(_random.Hours(24), "Geen partner kon deze vraag opnemen.");
                    return;
                }
            }
        }

        private HelpPlan PlanHelp()
        {
            var (visits, between) = request.Recurrence switch
            {
                Recurrence.Weekly => (_random.Next(4, 13), 7),
                Recurrence.EveryTwoWeeks => (_random.Next(3, 9), 14),
                Recurrence.Monthly => (_random.Next(3, 7), 30),
                _ => (1, 0),
            };
            var startAfter = _random.Days(0.5, 6);
            var duration = TimeSpan.FromDays(between * (visits - 1));
            return new HelpPlan(visits, startAfter, duration, startAfter + duration + TimeSpan.FromDays(1));
        }

        private bool HasCandidate(DateTimeOffset at, TimeSpan busy) => Candidates(at, busy).Count > 0;

        /// <summary>Active volunteers of a fitting buddy type, within their boundaries, not asked before, with room for it.</summary>
        private List<Volunteer> Candidates(DateTimeOffset at, TimeSpan busy)
        {
            var candidates = new List<Volunteer>();
            foreach (var volunteer in run._fitting[category.Code])
            {
                if (!_proposedTo.Contains(volunteer.Id) && !Refuses(volunteer) && run.CanTake(volunteer, at, at + busy, request.CreatedAt))
                {
                    candidates.Add(volunteer);
                }
            }

            return candidates;
        }

        private bool Refuses(Volunteer volunteer)
        {
            foreach (var (need, condition) in HomeConditionNeeds)
            {
                if (volunteer.RefusedHomeConditions.Contains(condition) && request.Needs.Contains(need))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The coordinator mostly takes one of the best-ranked: a shared language and the same sector count.</summary>
        private (Volunteer Volunteer, double Score) Choose(List<Volunteer> candidates)
        {
            var ranked = candidates
                .Select(v => (Volunteer: v, Score: Math.Round(Math.Min(0.99, 0.55 + (0.25 * _random.Next())
                    + (v.Languages.Any(l => l.Code == resident.Languages[0]) ? 0.1 : 0)
                    + (v.SectorCode == resident.Address.SectorCode ? 0.05 : 0)), 3)))
                .OrderByDescending(c => c.Score) // stable: equal scores keep the volunteers' order, so the seed decides
                .Take(3)
                .ToList();
            var pick = _random.Next();
            return ranked[pick < 0.6 || ranked.Count == 1 ? 0 : pick < 0.85 || ranked.Count == 2 ? 1 : 2];
        }

        private void Consent(ConsentPurpose purpose, Guid recordedBy)
        {
            if (!resident.HasConsentFor(purpose))
            {
                resident.GiveConsent(purpose, _now, recordedBy, null);
            }
        }

        /// <summary>A one-off task due some days from now, done around its due date when that has come.</summary>
        private void FollowUp(string description, int dueInDays, Guid assignedTo)
        {
            var due = DateOnly.FromDateTime(_now.UtcDateTime).AddDays(dueInDays);
            var task = request.AddFollowUp(description, due, assignedTo, Recurrence.OneOff);
            var done = _random.InOfficeHours(_random.Local(due, TimeSpan.FromHours(9)) + _random.Days(0, 3));
            if (done <= run.Until)
            {
                request.CompleteFollowUp(task.Id, done);
            }
        }

        private void Cancel(TimeSpan after, string reason)
        {
            if (Step(after, office: after > TimeSpan.Zero))
            {
                request.TransitionTo(HelpRequestStatus.Cancelled, _now, run.Coordinator(), reason);
            }
        }

        private void CloseWithoutOffer(TimeSpan after, string reason)
        {
            if (!Step(after, office: after > TimeSpan.Zero))
            {
                return;
            }

            var signal = request.TransitionTo(HelpRequestStatus.ClosedNoOffer, _now, run.Coordinator(), reason)!;
            run._result.Signals.Add(run.Owned(signal, _now));
        }

        /// <summary>Moves the case's clock on (to office hours for staff steps); false when that lies after the run's end.</summary>
        private bool Step(TimeSpan after, bool office = true)
        {
            var at = _now + after;
            if (office)
            {
                at = _random.InOfficeHours(at);
            }

            if (at > run.Until)
            {
                return false;
            }

            _now = at;
            return true;
        }
    }

    /// <summary>How the help would go: visits, when the first is, how long it all takes, and how long the volunteer is taken.</summary>
    private sealed record HelpPlan(int Visits, TimeSpan StartAfter, TimeSpan Duration, TimeSpan Busy);
}
