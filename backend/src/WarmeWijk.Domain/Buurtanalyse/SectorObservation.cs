using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Domain.Buurtanalyse;

/// <summary>
/// One indicator's figure for one sector and year, as imported. A count or median has a <see cref="Value"/>; a share
/// or mean has its <see cref="Numerator"/> and <see cref="Denominator"/> (and usually its published value too), so
/// that a neighbourhood can recompute it from summed parts.
/// </summary>
public sealed record SectorObservation(
    SectorCode Sector,
    int Year,
    string IndicatorId,
    StatValue? Value,
    StatValue? Numerator = null,
    StatValue? Denominator = null)
{
    public bool HasParts => Numerator is not null && Denominator is not null;
}
