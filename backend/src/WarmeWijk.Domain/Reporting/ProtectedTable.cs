namespace WarmeWijk.Domain.Reporting;

/// <summary>A count as a report may show it: the value only when <see cref="Disclosure"/> is <see cref="Reporting.Disclosure.Shown"/>.</summary>
public readonly record struct ProtectedCount(int? Value, Disclosure Disclosure)
{
    public static ProtectedCount Of(int value, Disclosure disclosure) => new(disclosure == Disclosure.Shown ? value : null, disclosure);
}

/// <summary>A duration shown only when at least <see cref="SmallCountProtection.Threshold"/> requests reached the milestone.</summary>
public sealed record ProtectedDuration(double? MedianHours, double? P90Hours)
{
    public static ProtectedDuration Of(DurationStats stats) => stats.Count >= SmallCountProtection.Threshold
        ? new ProtectedDuration(stats.MedianHours, stats.P90Hours)
        : new ProtectedDuration(null, null);
}

/// <summary>The figures of one group after protection; a rate is shown only when both its counts are.</summary>
public sealed record ProtectedStats(
    IReadOnlyDictionary<Measure, ProtectedCount> Counts,
    ProtectedDuration TimeToFirstContact,
    ProtectedDuration TimeToTriage,
    ProtectedDuration TimeToMatch)
{
    /// <summary>Matched among the requests triaged for volunteers.</summary>
    public double? MatchRate => Rate(Measure.Matched, Measure.TriagedLight);

    /// <summary>Referred among the triaged requests.</summary>
    public double? ReferralRate => Rate(Measure.Referred, Measure.Triaged);

    /// <summary>Accepted by the partner among the referred requests.</summary>
    public double? PartnerAcceptanceRate => Rate(Measure.AcceptedByPartner, Measure.Referred);

    /// <summary>Completed among the matched requests.</summary>
    public double? CompletionRate => Rate(Measure.Completed, Measure.Matched);

    private double? Rate(Measure part, Measure whole) =>
        Counts[part].Value is { } p && Counts[whole].Value is { } w && w > 0 ? (double)p / w : null;
}

/// <summary>
/// A breakdown of a group of requests into rows (e.g. per category) that together make up the total, protected as one table
/// by <see cref="SmallCountProtection"/>: each measure's rows add up to the total's, and within a row the outcomes add up
/// to the requests in and the light and heavy routes to the triaged.
/// </summary>
public sealed class ProtectedTable
{
    private static readonly Measure[] Measures = Enum.GetValues<Measure>();

    private ProtectedTable(ProtectedStats total, IReadOnlyList<(string Key, ProtectedStats Stats)> rows)
    {
        Total = total;
        Rows = rows;
    }

    public ProtectedStats Total { get; }

    public IReadOnlyList<(string Key, ProtectedStats Stats)> Rows { get; }

    /// <summary>Protects the table; <c>withheldInTotal</c> names measures of the total another view had to withhold, so they stay hidden here too.</summary>
    public static ProtectedTable Of(RequestStats total, IReadOnlyList<(string Key, RequestStats Stats)> rows, IReadOnlySet<Measure>? withheldInTotal = null)
    {
        var stats = rows.Select(r => r.Stats).Prepend(total).ToList();
        var values = stats.Select(s => Measures.Select(m => s[m]).ToArray()).ToArray();
        var disclosure = SmallCountProtection.Protect(values, Partitions(stats.Count),
            cell => cell.Row == 0 && withheldInTotal?.Contains(Measures[cell.Column]) == true);

        ProtectedStats Protected(int row) => new(
            Measures.ToDictionary(m => m, m => ProtectedCount.Of(values[row][(int)m], disclosure[row][(int)m])),
            ProtectedDuration.Of(stats[row].TimeToFirstContact),
            ProtectedDuration.Of(stats[row].TimeToTriage),
            ProtectedDuration.Of(stats[row].TimeToMatch));

        return new ProtectedTable(Protected(0), [.. rows.Select((r, i) => (r.Key, Protected(i + 1)))]);
    }

    private static List<SmallCountProtection.Partition> Partitions(int rowCount)
    {
        var partitions = new List<SmallCountProtection.Partition>();
        if (rowCount > 1)
        {
            partitions.AddRange(Measures.Select(m => new SmallCountProtection.Partition(
                new(0, (int)m), [.. Enumerable.Range(1, rowCount - 1).Select(r => new SmallCountProtection.Cell(r, (int)m))])));
        }

        for (var row = 0; row < rowCount; row++)
        {
            var r = row;
            partitions.Add(new(new(r, (int)Measure.RequestsIn), [.. RequestStats.Outcomes.Select(m => new SmallCountProtection.Cell(r, (int)m))]));
            partitions.Add(new(new(r, (int)Measure.Triaged), [new(r, (int)Measure.TriagedLight), new(r, (int)Measure.TriagedHeavy)]));
        }

        return partitions;
    }
}
