namespace WarmeWijk.Domain.Reporting;

/// <summary>
/// Percentiles with linear interpolation between the closest ranks, the definition of PostgreSQL's
/// <c>percentile_cont</c> and of spreadsheets' PERCENTILE.INC, so figures can be checked with either.
/// </summary>
public static class Percentile
{
    /// <summary>The <paramref name="fraction"/> percentile (0.5 is the median) of values sorted ascending; null when there are none.</summary>
    public static double? OfSorted(IReadOnlyList<double> sorted, double fraction)
    {
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = fraction * (sorted.Count - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((rank - below) * (sorted[above] - sorted[below]));
    }
}
