using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Buurtanalyse;

/// <summary>How an indicator is built from sector figures, which decides how sectors aggregate (see AGGREGATION.md).</summary>
public enum IndicatorKind
{
    /// <summary>An additive amount: residents, households, declarations, total income. Sectors add up.</summary>
    Count,

    /// <summary>A percentage: 100 × numerator / denominator, recomputed from the summed parts.</summary>
    Share,

    /// <summary>A ratio of two additive amounts (total / count), recomputed from the summed parts.</summary>
    Mean,

    /// <summary>A median or other order statistic of the individuals in a sector; cannot be aggregated.</summary>
    Median,
}

/// <summary>Which way a value is better, where that is meaningful (income: higher; not for the share of 65-plussers).</summary>
public enum BetterDirection
{
    None,
    Higher,
    Lower,
}

/// <summary>A numerator or denominator an indicator is computed from, named in Dutch and English.</summary>
public sealed record IndicatorPart(string NameNl, string NameEn);

/// <summary>An indicator of the buurtanalyse: what it measures and how sector figures combine into it.</summary>
public sealed class IndicatorDefinition
{
    public IndicatorDefinition(
        string id,
        string nameNl,
        string nameEn,
        IndicatorKind kind,
        IndicatorPart? numerator = null,
        IndicatorPart? denominator = null,
        BetterDirection better = BetterDirection.None)
    {
        var needsParts = kind is IndicatorKind.Share or IndicatorKind.Mean;
        if (needsParts != (numerator is not null) || needsParts != (denominator is not null))
        {
            throw new DomainRuleException(needsParts
                ? $"Indicator {id} is a {kind} and needs a numerator and a denominator."
                : $"Indicator {id} is a {kind} and has no numerator or denominator.");
        }

        Id = id;
        NameNl = nameNl;
        NameEn = nameEn;
        Kind = kind;
        Numerator = numerator;
        Denominator = denominator;
        Better = better;
    }

    public string Id { get; }

    public string NameNl { get; }

    public string NameEn { get; }

    public IndicatorKind Kind { get; }

    /// <summary>For a share or mean: what is counted above the line (e.g. residents aged 65 and over).</summary>
    public IndicatorPart? Numerator { get; }

    /// <summary>For a share or mean: what is counted below the line (e.g. all residents).</summary>
    public IndicatorPart? Denominator { get; }

    public BetterDirection Better { get; }

    public override string ToString() => Id;
}
