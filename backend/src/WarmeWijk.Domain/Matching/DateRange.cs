using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Matching;

/// <summary>The days from <see cref="From"/> up to and including <see cref="Until"/>.</summary>
public sealed record DateRange
{
    public DateRange(DateOnly from, DateOnly until)
    {
        if (until < from)
        {
            throw new DomainRuleException($"A date range must not end before it starts ({from:yyyy-MM-dd}–{until:yyyy-MM-dd}).");
        }

        From = from;
        Until = until;
    }

    public DateOnly From { get; private init; }

    public DateOnly Until { get; private init; }

    public bool Contains(DateOnly date) => date >= From && date <= Until;
}
