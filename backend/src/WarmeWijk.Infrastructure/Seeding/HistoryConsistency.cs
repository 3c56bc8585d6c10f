using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Signals;
using WarmeWijk.Domain.Volunteers;

namespace WarmeWijk.Infrastructure.Seeding;

/// <summary>
/// What must hold for every help request of a history, as the reports rely on it: the timeline is a valid walk of the
/// state machine ending in the current status; each milestone is the first time the timeline reached it; a matched
/// request has the match a volunteer accepted, a completed one the hours, a request closed without an offer its signal,
/// a waitlisted one its priority. Used on generated data and on what was read back from a database.
/// </summary>
public static class HistoryConsistency
{
    /// <summary>One line per problem found; empty when all is well.</summary>
    public static List<string> Problems(IEnumerable<HelpRequest> requests, IEnumerable<VolunteerMatch> matches, IEnumerable<Signal> signals)
    {
        var matchesOf = matches.ToLookup(m => m.HelpRequestId);
        var signalsOf = signals.Where(s => s.HelpRequestId is not null).ToLookup(s => s.HelpRequestId!.Value);
        var problems = new List<string>();
        foreach (var request in requests)
        {
            foreach (var problem in ProblemsOf(request, [.. matchesOf[request.Id]], [.. signalsOf[request.Id]]))
            {
                problems.Add($"{request.Id} ({request.Status}): {problem}");
            }
        }

        return problems;
    }

    /// <summary>
    /// The timeline by time; entries of the same moment (completing a match that was only Matched writes InProgress and
    /// Completed at once) in the order that chains, since a database returns them in any order.
    /// </summary>
    private static List<TimelineEntry> Chronological(IEnumerable<TimelineEntry> entries)
    {
        var remaining = entries.OrderBy(e => e.At).ToList();
        var ordered = new List<TimelineEntry>(remaining.Count);
        while (remaining.Count > 0)
        {
            var at = remaining[0].At;
            var current = ordered.Count == 0 ? (HelpRequestStatus?)null : ordered[^1].To;
            var next = remaining.TakeWhile(e => e.At == at).FirstOrDefault(e => e.From == current) ?? remaining[0];
            ordered.Add(next);
            remaining.Remove(next);
        }

        return ordered;
    }

    private static IEnumerable<string> ProblemsOf(HelpRequest request, List<VolunteerMatch> matches, List<Signal> signals)
    {
        var timeline = Chronological(request.Timeline);
        if (timeline.Count == 0 || timeline[0].From is not null || timeline[0].To != HelpRequestStatus.New || timeline[0].At != request.CreatedAt)
        {
            yield return "the timeline does not start with New at the intake";
            yield break;
        }

        for (var i = 1; i < timeline.Count; i++)
        {
            var (before, entry) = (timeline[i - 1], timeline[i]);
            if (entry.From != before.To || !HelpRequestTransitions.IsAllowed(before.To, entry.To))
            {
                yield return $"step {i} goes {entry.From} → {entry.To} after {before.To}";
            }
        }

        if (timeline[^1].To != request.Status)
        {
            yield return $"the timeline ends in {timeline[^1].To}";
        }

        DateTimeOffset? First(HelpRequestStatus status) => timeline.FirstOrDefault(e => e.To == status)?.At;
        foreach (var (name, actual, expected) in new (string, DateTimeOffset?, DateTimeOffset?)[]
                 {
                     ("TriagedAt", request.TriagedAt, First(HelpRequestStatus.Triaged)),
                     ("MatchedAt", request.MatchedAt, First(HelpRequestStatus.Matched)),
                     ("ReferredAt", request.ReferredAt, First(HelpRequestStatus.Referred)),
                     ("PartnerAcceptedAt", request.PartnerAcceptedAt, First(HelpRequestStatus.AcceptedByPartner)),
                     ("ClosedAt", request.ClosedAt, HelpRequestTransitions.IsFinal(request.Status) ? timeline[^1].At : null),
                 })
        {
            if (actual != expected)
            {
                yield return $"{name} is {actual:O}, the timeline says {expected:O}";
            }
        }

        var live = request.Channel is IntakeChannel.PhoneLine or IntakeChannel.HomeVisit or IntakeChannel.DoorToDoorRound or IntakeChannel.WalkIn;
        if (live ? request.FirstContactAt != request.CreatedAt
                : request.FirstContactAt < request.CreatedAt || (request.TriagedAt is { } triaged && !(request.FirstContactAt <= triaged)))
        {
            yield return $"the first contact ({request.FirstContactAt:O}) does not fit the channel and the triage";
        }

        if (request.MatchedAt is { } matched && !matches.Any(m => m.AnsweredAt == matched && m.Status is MatchStatus.Accepted or MatchStatus.Completed or MatchStatus.Withdrawn))
        {
            yield return "matched, but no volunteer accepted a match then";
        }

        var open = matches.Count(m => m.Status == MatchStatus.Accepted);
        var expectedOpen = request.Status is HelpRequestStatus.Matched or HelpRequestStatus.InProgress ? 1 : 0;
        if (open != expectedOpen)
        {
            yield return $"{open} accepted matches still open";
        }

        if (matches.Count(m => m.Status == MatchStatus.Proposed) != (request.Status == HelpRequestStatus.Proposed ? 1 : 0))
        {
            yield return "the open proposals do not fit the status";
        }

        if (request.Status == HelpRequestStatus.Completed
            && !matches.Any(m => m.Status == MatchStatus.Completed && m.Hours > 0 && m.CompletedAt == request.ClosedAt))
        {
            yield return "completed without a completed match with hours";
        }

        if (request.Status == HelpRequestStatus.ClosedNoOffer
            && !signals.Any(s => s.Source == SignalSource.IntakeClosedNoOffer && s.RaisedAt == request.ClosedAt && s.SectorCode == request.SectorCode))
        {
            yield return "closed without an offer, but no signal";
        }

        if ((request.Status == HelpRequestStatus.Waitlisted) != (request.WaitlistPriority is not null))
        {
            yield return "the waiting-list priority does not fit the status";
        }
    }
}
