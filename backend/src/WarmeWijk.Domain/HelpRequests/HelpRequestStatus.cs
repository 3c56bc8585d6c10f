namespace WarmeWijk.Domain.HelpRequests;

public enum HelpRequestStatus
{
    New,
    Triaged,
    Waitlisted,
    Matching,
    Proposed,
    Matched,
    InProgress,
    Completed,
    Referred,
    AcceptedByPartner,
    Closed,
    Cancelled,

    /// <summary>Nothing could be offered; raises a signal for the buurtanalyse.</summary>
    ClosedNoOffer,
}

/// <summary>The help-request state machine: which status may follow which.</summary>
public static class HelpRequestTransitions
{
    private static readonly Dictionary<HelpRequestStatus, HelpRequestStatus[]> Allowed = new()
    {
        [HelpRequestStatus.New] = [HelpRequestStatus.Triaged, HelpRequestStatus.Cancelled],
        [HelpRequestStatus.Triaged] = [HelpRequestStatus.Matching, HelpRequestStatus.Referred, HelpRequestStatus.Waitlisted, HelpRequestStatus.ClosedNoOffer, HelpRequestStatus.Cancelled],
        [HelpRequestStatus.Waitlisted] = [HelpRequestStatus.Matching, HelpRequestStatus.Referred, HelpRequestStatus.ClosedNoOffer, HelpRequestStatus.Cancelled],
        [HelpRequestStatus.Matching] = [HelpRequestStatus.Proposed, HelpRequestStatus.Waitlisted, HelpRequestStatus.ClosedNoOffer, HelpRequestStatus.Cancelled],
        [HelpRequestStatus.Proposed] = [HelpRequestStatus.Matched, HelpRequestStatus.Matching, HelpRequestStatus.Cancelled],
        [HelpRequestStatus.Matched] = [HelpRequestStatus.InProgress, HelpRequestStatus.Matching, HelpRequestStatus.Cancelled],
        [HelpRequestStatus.InProgress] = [HelpRequestStatus.Completed, HelpRequestStatus.Cancelled],
        [HelpRequestStatus.Referred] = [HelpRequestStatus.AcceptedByPartner, HelpRequestStatus.Triaged, HelpRequestStatus.ClosedNoOffer, HelpRequestStatus.Cancelled],
        [HelpRequestStatus.AcceptedByPartner] = [HelpRequestStatus.Closed],
        [HelpRequestStatus.Completed] = [],
        [HelpRequestStatus.Closed] = [],
        [HelpRequestStatus.Cancelled] = [],
        [HelpRequestStatus.ClosedNoOffer] = [],
    };

    public static IReadOnlyList<HelpRequestStatus> From(HelpRequestStatus status) => Allowed[status];

    public static bool IsAllowed(HelpRequestStatus from, HelpRequestStatus to) => Allowed[from].Contains(to);

    public static bool IsFinal(HelpRequestStatus status) => Allowed[status].Length == 0;
}
