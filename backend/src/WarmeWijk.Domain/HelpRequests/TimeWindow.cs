using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.HelpRequests;

/// <summary>A wished moment: a weekday with hours, optionally from a given date on.</summary>
public sealed record TimeWindow
{
    private TimeWindow()
    {
    }

    public TimeWindow(Weekday day, TimeOnly from, TimeOnly until)
    {
        if (until <= from)
        {
            throw new DomainRuleException($"A time window must end after it starts ({from:HH\\:mm}–{until:HH\\:mm}).");
        }

        Day = day;
        From = from;
        Until = until;
    }

    public Weekday Day { get; private init; }

    public TimeOnly From { get; private init; }

    public TimeOnly Until { get; private init; }
}
