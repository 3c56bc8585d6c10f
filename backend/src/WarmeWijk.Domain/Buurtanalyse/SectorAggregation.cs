using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Domain.Buurtanalyse;

/// <summary>Combines the figures of an area's sectors into the area's indicator value, by the rules in AGGREGATION.md.</summary>
public static class SectorAggregation
{
    /// <param name="indicator">The indicator to compute.</param>
    /// <param name="year">The year to compute it for.</param>
    /// <param name="sectors">The sectors of the area (a neighbourhood, a municipality).</param>
    /// <param name="observations">Figures that may cover other indicators, years and sectors too; those are ignored.</param>
    public static IndicatorValue Aggregate(
        IndicatorDefinition indicator,
        int year,
        IReadOnlyCollection<SectorCode> sectors,
        IEnumerable<SectorObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(sectors);
        ArgumentNullException.ThrowIfNull(observations);
        if (sectors.Count == 0)
        {
            throw new ArgumentException("An area needs at least one sector.", nameof(sectors));
        }

        var ordered = sectors.Distinct().ToList();
        var area = ordered.ToHashSet();
        var bySector = new Dictionary<SectorCode, SectorObservation>();
        foreach (var observation in observations)
        {
            if (observation.Year == year && observation.IndicatorId == indicator.Id && area.Contains(observation.Sector)
                && !bySector.TryAdd(observation.Sector, observation))
            {
                throw new ArgumentException(
                    $"Sector {observation.Sector} has two figures for {indicator.Id} in {year}.", nameof(observations));
            }
        }

        var result = new Result(indicator, year, [.. ordered.Where(s => !bySector.ContainsKey(s))]);
        if (bySector.Count == 0)
        {
            return result.NoData();
        }

        if (indicator.Kind == IndicatorKind.Median && area.Count > 1)
        {
            return result.NotAggregatable(
                $"A median cannot be aggregated: the median of {area.Count} sectors together is not a combination of "
                + "their medians. Only a neighbourhood of one sector has one.");
        }

        var rows = ordered.Where(bySector.ContainsKey).Select(s => bySector[s]).ToList();
        if (indicator.Kind is IndicatorKind.Share or IndicatorKind.Mean)
        {
            if (rows.All(r => r.HasParts))
            {
                return FromParts(result, rows);
            }

            if (area.Count > 1)
            {
                return result.NotAggregatable(
                    $"Sector {rows.First(r => !r.HasParts).Sector} gives this {indicator.Kind.ToString().ToLowerInvariant()} "
                    + "without its numerator and denominator; it can only be combined with other sectors from those.");
            }
        }

        if (rows.FirstOrDefault(r => r.Value is null) is { } bare)
        {
            return result.NotAggregatable($"Sector {bare.Sector} has no value for {indicator.Id}.");
        }

        // A count adds up; anything else reaches here only for a one-sector area, whose sum is its own value.
        return Sum(result, rows);
    }

    private static IndicatorValue Sum(Result result, List<SectorObservation> rows)
    {
        var total = Total.Of(rows, r => r.Value!.Value);
        return total.Suppressed.Count > 0 ? result.Suppressed(total.Suppressed) : result.Available(total.Sum, null, null);
    }

    private static IndicatorValue FromParts(Result result, List<SectorObservation> rows)
    {
        var numerator = Total.Of(rows, r => r.Numerator!.Value);
        var denominator = Total.Of(rows, r => r.Denominator!.Value);
        if (numerator.Suppressed.Count > 0 || denominator.Suppressed.Count > 0)
        {
            return result.Suppressed([.. rows.Select(r => r.Sector).Where(s => numerator.Suppressed.Contains(s) || denominator.Suppressed.Contains(s))]);
        }

        if (denominator.Sum == 0)
        {
            return result.Undefined($"The denominator ({result.Indicator.Denominator!.NameEn}) is 0.");
        }

        var ratio = numerator.Sum / denominator.Sum;
        return result.Available(result.Indicator.Kind == IndicatorKind.Share ? ratio * 100 : ratio, numerator.Sum, denominator.Sum);
    }

    private sealed record Total(decimal Sum, List<SectorCode> Suppressed)
    {
        public static Total Of(IEnumerable<SectorObservation> rows, Func<SectorObservation, StatValue> figure)
        {
            var sum = 0m;
            var suppressed = new List<SectorCode>();
            foreach (var row in rows)
            {
                if (figure(row).Number is { } number)
                {
                    sum += number;
                }
                else
                {
                    suppressed.Add(row.Sector);
                }
            }

            return new Total(sum, suppressed);
        }
    }

    private sealed record Result(IndicatorDefinition Indicator, int Year, IReadOnlyList<SectorCode> Missing)
    {
        public IndicatorValue Available(decimal value, decimal? numerator, decimal? denominator) =>
            new(Indicator, Year, IndicatorStatus.Available, value, numerator, denominator, [], Missing, null);

        public IndicatorValue Suppressed(IReadOnlyList<SectorCode> sectors) =>
            new(Indicator, Year, IndicatorStatus.Suppressed, null, null, null, sectors, Missing,
                $"Suppressed: a figure of sector {string.Join(", ", sectors)} is confidential (C), so the aggregate is too.");

        public IndicatorValue NotAggregatable(string reason) => Without(IndicatorStatus.NotAggregatable, reason);

        public IndicatorValue Undefined(string reason) => Without(IndicatorStatus.Undefined, reason);

        public IndicatorValue NoData() => Without(IndicatorStatus.NoData, $"No sector of the area has a figure for {Year}.");

        private IndicatorValue Without(IndicatorStatus status, string reason) =>
            new(Indicator, Year, status, null, null, null, [], Missing, reason);
    }
}
