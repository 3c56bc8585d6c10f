using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Domain.Buurtanalyse.Data;

/// <summary>
/// Every stored figure of one sector in one year, shared open data, keyed by indicator id. One row per sector and year
/// instead of one per figure: a Flanders-wide file of 20 indicators over 10 years is 102,410 rows rather than two
/// million, which is what lets it import within seconds (docs/benchmarks/buurtanalyse.md). The latest import of an
/// indicator and year replaces the earlier one.
/// </summary>
public sealed class SectorYearFigures
{
    private SectorYearFigures()
    {
        SectorCode = string.Empty;
        MunicipalityNis = string.Empty;
        Figures = [];
    }

    public SectorYearFigures(SectorCode sector, string municipalityNis, int year, Dictionary<string, StoredFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        SectorCode = sector.Value;
        MunicipalityNis = municipalityNis;
        Year = year;
        Figures = figures;
    }

    public string SectorCode { get; private set; }

    /// <summary>Copied from the sector table so that a municipality's figures are read without a join.</summary>
    public string MunicipalityNis { get; private set; }

    public int Year { get; private set; }

    public Dictionary<string, StoredFigure> Figures { get; private set; }

    public IEnumerable<SectorObservation> ToObservations()
    {
        var sector = Neighbourhoods.SectorCode.Parse(SectorCode);
        return Figures.Select(f => new SectorObservation(sector, Year, f.Key, f.Value.Value, f.Value.Numerator, f.Value.Denominator));
    }
}

/// <summary>One indicator's figure as stored: its parts (each a number, suppressed, or absent) and whether it came from a synthetic import.</summary>
public sealed record StoredFigure(StatValue? Value, StatValue? Numerator, StatValue? Denominator, bool Synthetic)
{
    public static StoredFigure Of(SectorObservation observation, bool synthetic)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return new StoredFigure(observation.Value, observation.Numerator, observation.Denominator, synthetic);
    }
}
