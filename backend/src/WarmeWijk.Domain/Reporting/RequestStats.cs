using WarmeWijk.Domain.HelpRequests;

namespace WarmeWijk.Domain.Reporting;

/// <summary>The counts a report shows for a group of requests. Every count is of requests that came in during the period.</summary>
public enum Measure
{
    RequestsIn,
    FirstContacted,
    Triaged,
    TriagedLight,
    TriagedHeavy,
    Matched,
    Referred,
    AcceptedByPartner,
    Completed,
    ClosedAfterReferral,
    ClosedNoOffer,
    Cancelled,
    StillOpen,
}

/// <summary>How long requests took to reach a milestone, in hours from the intake: how many reached it, the median and the 90th percentile.</summary>
public sealed record DurationStats(int Count, double? MedianHours, double? P90Hours)
{
    public static DurationStats Of(List<double> hours)
    {
        hours.Sort();
        return new DurationStats(hours.Count, Percentile.OfSorted(hours, 0.5), Percentile.OfSorted(hours, 0.9));
    }
}

/// <summary>The raw figures of a group of requests (a cohort: the requests that came in during the period), before small counts are protected.</summary>
public sealed class RequestStats
{
    /// <summary>Where each request stands now; together they add up to <see cref="Measure.RequestsIn"/>.</summary>
    public static readonly Measure[] Outcomes =
        [Measure.Completed, Measure.ClosedAfterReferral, Measure.ClosedNoOffer, Measure.Cancelled, Measure.StillOpen];

    private static readonly int MeasureCount = Enum.GetValues<Measure>().Length;

    private readonly int[] _counts;

    private RequestStats(int[] counts, DurationStats toFirstContact, DurationStats toTriage, DurationStats toMatch)
    {
        _counts = counts;
        TimeToFirstContact = toFirstContact;
        TimeToTriage = toTriage;
        TimeToMatch = toMatch;
    }

    public DurationStats TimeToFirstContact { get; }

    public DurationStats TimeToTriage { get; }

    public DurationStats TimeToMatch { get; }

    public int this[Measure measure] => _counts[(int)measure];

    public static RequestStats Of(IEnumerable<RequestFact> facts)
    {
        var counts = new int[MeasureCount];
        List<double> toFirstContact = [], toTriage = [], toMatch = [];
        foreach (var fact in facts)
        {
            counts[(int)Measure.RequestsIn]++;
            Count(counts, Measure.FirstContacted, fact.FirstContactAt, fact, toFirstContact);
            Count(counts, Measure.Triaged, fact.TriagedAt, fact, toTriage);
            Count(counts, Measure.Matched, fact.MatchedAt, fact, toMatch);
            Count(counts, Measure.Referred, fact.ReferredAt, fact, null);
            Count(counts, Measure.AcceptedByPartner, fact.PartnerAcceptedAt, fact, null);
            if (fact.TriagedAt is not null)
            {
                counts[(int)(fact.DecidedRoute == TriageRoute.Heavy ? Measure.TriagedHeavy : Measure.TriagedLight)]++;
            }

            var outcome = fact.Status switch
            {
                HelpRequestStatus.Completed => Measure.Completed,
                HelpRequestStatus.Closed => Measure.ClosedAfterReferral,
                HelpRequestStatus.ClosedNoOffer => Measure.ClosedNoOffer,
                HelpRequestStatus.Cancelled => Measure.Cancelled,
                _ => Measure.StillOpen,
            };
            counts[(int)outcome]++;
        }

        return new RequestStats(counts, DurationStats.Of(toFirstContact), DurationStats.Of(toTriage), DurationStats.Of(toMatch));
    }

    private static void Count(int[] counts, Measure measure, DateTimeOffset? reachedAt, RequestFact fact, List<double>? hours)
    {
        if (reachedAt is { } at)
        {
            counts[(int)measure]++;
            hours?.Add(Math.Max(0, (at - fact.CreatedAt).TotalHours));
        }
    }
}
