using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.Signals;

namespace WarmeWijk.Domain.HelpRequests;

/// <summary>
/// A hulpvraag. Its status only changes through <see cref="TransitionTo"/> (or the methods built on it), which
/// enforces <see cref="HelpRequestTransitions"/> and writes the timeline.
/// </summary>
public sealed class HelpRequest : TenantOwnedEntity
{
    public const int MaxDescriptionLength = 4000;

    private readonly List<TimelineEntry> _timeline = [];
    private readonly List<FollowUpTask> _followUps = [];

    private HelpRequest()
    {
        SectorCode = string.Empty;
        CategoryCode = string.Empty;
        Description = string.Empty;
        TimeWindows = [];
        Needs = [];
    }

    public HelpRequest(
        Guid residentId,
        string sectorCode,
        IntakeChannel channel,
        string categoryCode,
        string description,
        Urgency urgency,
        Recurrence recurrence,
        DateOnly? wishedFrom,
        IEnumerable<TimeWindow> timeWindows,
        IEnumerable<string> needs,
        Guid? referringPartnerOrganisationId,
        DateTimeOffset createdAt,
        Guid createdBy)
    {
        ResidentId = residentId;
        SectorCode = Guard.Required(sectorCode, "Sector", 9);
        Channel = channel;
        CategoryCode = Guard.Required(categoryCode, "Category", 40);
        Description = Guard.Required(description, "Description", MaxDescriptionLength);
        Urgency = urgency;
        Recurrence = recurrence;
        WishedFrom = wishedFrom is { } date && date < DateOnly.FromDateTime(createdAt.UtcDateTime.AddDays(-1))
            ? throw new DomainRuleException("The wished start date lies in the past.")
            : wishedFrom;
        TimeWindows = [.. timeWindows];
        Needs = [.. needs.Select(n => Guard.Required(n, "Need", 60)).Distinct()];
        ReferringPartnerOrganisationId = referringPartnerOrganisationId;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
        Status = HelpRequestStatus.New;
        if (IsFaceToFaceOrLive(channel))
        {
            (FirstContactAt, FirstContactBy) = (createdAt, createdBy);
        }

        _timeline.Add(new TimelineEntry(null, HelpRequestStatus.New, createdAt, createdBy, $"Intake via {channel}."));
    }

    public Guid ResidentId { get; private set; }

    /// <summary>The statistical sector the resident lived in at intake: where the request counts in reports and signals.</summary>
    public string SectorCode { get; private set; }

    public IntakeChannel Channel { get; private set; }

    public string CategoryCode { get; private set; }

    public string Description { get; private set; }

    public Urgency Urgency { get; private set; }

    public Recurrence Recurrence { get; private set; }

    public DateOnly? WishedFrom { get; private set; }

    public List<TimeWindow> TimeWindows { get; private set; }

    /// <summary>What a helper must respect or bring, e.g. "no-stairs", "wheelchair", "language:ar".</summary>
    public List<string> Needs { get; private set; }

    public Guid? ReferringPartnerOrganisationId { get; private set; }

    public Guid? AssignedFieldWorkerId { get; private set; }

    public HelpRequestStatus Status { get; private set; }

    public Triage? Triage { get; private set; }

    /// <summary>1 is the most urgent; set only while waitlisted.</summary>
    public int? WaitlistPriority { get; private set; }

    public DateTimeOffset? WaitlistedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid CreatedBy { get; private set; }

    /// <summary>
    /// When someone of the network first spoke with the resident about this request: at intake for a phone call, a visit
    /// or a walk-in; otherwise when recorded, and at the latest at triage (which records the resident's own choice).
    /// </summary>
    public DateTimeOffset? FirstContactAt { get; private set; }

    public Guid? FirstContactBy { get; private set; }

    /// <summary>The first time the request reached each milestone; set by <see cref="TransitionTo"/> and kept for reporting.</summary>
    public DateTimeOffset? TriagedAt { get; private set; }

    public DateTimeOffset? MatchedAt { get; private set; }

    public DateTimeOffset? ReferredAt { get; private set; }

    public DateTimeOffset? PartnerAcceptedAt { get; private set; }

    /// <summary>When the request reached a final status (see <see cref="HelpRequestTransitions.IsFinal"/>).</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Raised on every change; the API's ETag and the database's concurrency token.</summary>
    public int Version { get; private set; } = 1;

    public IReadOnlyList<TimelineEntry> Timeline => _timeline;

    public IReadOnlyList<FollowUpTask> FollowUps => _followUps;

    /// <summary>Moves to <paramref name="to"/> if the state machine allows it; returns a signal when nothing could be offered.</summary>
    public Signal? TransitionTo(HelpRequestStatus to, DateTimeOffset at, Guid by, string reason)
    {
        if (!HelpRequestTransitions.IsAllowed(Status, to))
        {
            throw new InvalidTransitionException(Status, to);
        }

        if (to == HelpRequestStatus.Waitlisted && WaitlistPriority is null)
        {
            throw new DomainRuleException("Put a request on the waiting list with a priority.");
        }

        var why = Guard.Required(reason, "Reason", 500);
        _timeline.Add(new TimelineEntry(Status, to, at, by, why));
        if (Status == HelpRequestStatus.Waitlisted)
        {
            (WaitlistPriority, WaitlistedAt) = (null, null);
        }

        Status = to;
        MarkMilestone(to, at, by);
        Touch();
        return to == HelpRequestStatus.ClosedNoOffer
            ? new Signal(SignalSource.IntakeClosedNoOffer, CategoryCode, SectorCode, $"No offer for a '{CategoryCode}' request: {why}", at, by, Id)
            : null;
    }

    public void RecordTriage(Triage triage)
    {
        if (triage.IsOverride && string.IsNullOrWhiteSpace(triage.OverrideReason))
        {
            throw new DomainRuleException("Say why the decision differs from the suggested route.");
        }

        Triage = triage;
        TransitionTo(HelpRequestStatus.Triaged, triage.DecidedAt, triage.DecidedBy,
            $"Triage: {triage.DecidedRoute} (suggested {triage.SuggestedRoute}); resident: {triage.ResidentChoice}.");
    }

    public void PutOnWaitlist(int priority, DateTimeOffset at, Guid by, string reason)
    {
        if (priority is < 1 or > 5)
        {
            throw new DomainRuleException("Waiting-list priority runs from 1 (most urgent) to 5.");
        }

        if (!HelpRequestTransitions.IsAllowed(Status, HelpRequestStatus.Waitlisted))
        {
            throw new InvalidTransitionException(Status, HelpRequestStatus.Waitlisted);
        }

        (WaitlistPriority, WaitlistedAt) = (priority, at);
        TransitionTo(HelpRequestStatus.Waitlisted, at, by, reason);
    }

    /// <summary>Records the first conversation with the resident (e.g. the call-back after a voicemail); later contacts change nothing.</summary>
    public void RecordFirstContact(DateTimeOffset at, Guid by)
    {
        if (FirstContactAt is not null)
        {
            return;
        }

        if (at < CreatedAt)
        {
            throw new DomainRuleException("The first contact cannot precede the intake.");
        }

        (FirstContactAt, FirstContactBy) = (at, by);
        Touch();
    }

    /// <summary>
    /// A correction of the resident's address means the request was made in another sector than recorded. An open
    /// request moves there, so it shows in the right neighbourhood; a final one stays where it was reported.
    /// </summary>
    /// <returns>Whether the request moved.</returns>
    public bool FollowCorrectedSector(string sectorCode)
    {
        if (HelpRequestTransitions.IsFinal(Status) || SectorCode == sectorCode)
        {
            return false;
        }

        SectorCode = Guard.Required(sectorCode, "Sector", 9);
        Touch();
        return true;
    }

    public void AssignFieldWorker(Guid? fieldWorkerId)
    {
        AssignedFieldWorkerId = fieldWorkerId;
        Touch();
    }

    public FollowUpTask AddFollowUp(string description, DateOnly dueOn, Guid assignedTo, Recurrence recurrence)
    {
        if (HelpRequestTransitions.IsFinal(Status))
        {
            throw new DomainRuleException($"A {Status} request takes no new follow-up tasks.");
        }

        var task = new FollowUpTask(description, dueOn, assignedTo, recurrence);
        _followUps.Add(task);
        Touch();
        return task;
    }

    public FollowUpTask? CompleteFollowUp(Guid taskId, DateTimeOffset at)
    {
        var task = _followUps.SingleOrDefault(t => t.Id == taskId) ?? throw new DomainRuleException("No such follow-up task on this request.");
        var next = task.Complete(at);
        if (next is not null && !HelpRequestTransitions.IsFinal(Status))
        {
            _followUps.Add(next);
        }

        Touch();
        return next;
    }

    /// <summary>
    /// Stops every open follow-up task (the resident withdrew consent for follow-up contact); returns how many were stopped.
    /// </summary>
    public int StopFollowUps(DateTimeOffset at)
    {
        var open = _followUps.Where(t => t.IsOpen).ToList();
        foreach (var task in open)
        {
            task.Cancel(at);
        }

        if (open.Count > 0)
        {
            Touch();
        }

        return open.Count;
    }

    /// <summary>
    /// Erasure: the description, the timeline's reasons, the triage's override reason and the follow-up tasks' descriptions
    /// (free text that may identify the resident) are replaced; sector, category, channel, urgency, statuses and milestones
    /// stay for reports.
    /// </summary>
    public void Anonymise()
    {
        Description = Anonymised.Text;
        foreach (var entry in _timeline)
        {
            entry.Anonymise();
        }

        foreach (var task in _followUps)
        {
            task.Anonymise();
        }

        if (Triage is { OverrideReason: not null } triage)
        {
            Triage = triage with { OverrideReason = Anonymised.Text };
        }

        Touch();
    }

    private static bool IsFaceToFaceOrLive(IntakeChannel channel) =>
        channel is IntakeChannel.PhoneLine or IntakeChannel.HomeVisit or IntakeChannel.DoorToDoorRound or IntakeChannel.WalkIn;

    private void MarkMilestone(HelpRequestStatus reached, DateTimeOffset at, Guid by)
    {
        switch (reached)
        {
            case HelpRequestStatus.Triaged:
                TriagedAt ??= at;
                if (FirstContactAt is null)
                {
                    (FirstContactAt, FirstContactBy) = (at, by);
                }

                break;
            case HelpRequestStatus.Matched:
                MatchedAt ??= at;
                break;
            case HelpRequestStatus.Referred:
                ReferredAt ??= at;
                break;
            case HelpRequestStatus.AcceptedByPartner:
                PartnerAcceptedAt ??= at;
                break;
        }

        if (HelpRequestTransitions.IsFinal(reached))
        {
            ClosedAt = at;
        }
    }

    private void Touch() => Version++;
}

/// <summary>The state machine does not allow this step (reported as 409 Conflict).</summary>
public sealed class InvalidTransitionException(HelpRequestStatus from, HelpRequestStatus to)
    : Exception($"A help request cannot go from {from} to {to}. {Allowed(from)}")
{
    public HelpRequestStatus From { get; } = from;

    public HelpRequestStatus To { get; } = to;

    private static string Allowed(HelpRequestStatus from) => HelpRequestTransitions.IsFinal(from)
        ? $"{from} is final."
        : $"From {from} it can go to: {string.Join(", ", HelpRequestTransitions.From(from))}.";
}
