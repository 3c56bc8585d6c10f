namespace WarmeWijk.Domain.HelpRequests;

/// <summary>One transition of a help request: when, by whom, from what to what, and why.</summary>
public sealed class TimelineEntry
{
    private TimelineEntry()
    {
        Reason = string.Empty;
    }

    internal TimelineEntry(HelpRequestStatus? from, HelpRequestStatus to, DateTimeOffset at, Guid by, string reason)
    {
        Id = Guid.CreateVersion7();
        From = from;
        To = to;
        At = at;
        By = by;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    public HelpRequestStatus? From { get; private set; }

    public HelpRequestStatus To { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid By { get; private set; }

    public string Reason { get; private set; }

    /// <summary>Erasure: the reason (free text) goes; the step, when and by whom stay for the milestones.</summary>
    internal void Anonymise() => Reason = Common.Anonymised.Text;
}
