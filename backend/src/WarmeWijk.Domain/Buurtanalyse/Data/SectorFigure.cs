using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Domain.Buurtanalyse.Data;

/// <summary>
/// A stored <see cref="SectorObservation"/>: one indicator of one sector in one year, shared open data. Each figure is a
/// number, suppressed (<c>C</c>), or absent; the latest import of an indicator and year replaces the earlier one.
/// </summary>
public sealed class SectorFigure
{
    private SectorFigure()
    {
        SectorCode = string.Empty;
        MunicipalityNis = string.Empty;
        IndicatorId = string.Empty;
    }

    public SectorFigure(SectorObservation observation, string municipalityNis, Guid importId)
    {
        ArgumentNullException.ThrowIfNull(observation);
        SectorCode = observation.Sector.Value;
        MunicipalityNis = municipalityNis;
        Year = observation.Year;
        IndicatorId = observation.IndicatorId;
        (Value, ValueSuppressed) = Split(observation.Value);
        (Numerator, NumeratorSuppressed) = Split(observation.Numerator);
        (Denominator, DenominatorSuppressed) = Split(observation.Denominator);
        ImportId = importId;
    }

    public string SectorCode { get; private set; }

    /// <summary>Copied from the sector table so that a municipality's figures are read without a join.</summary>
    public string MunicipalityNis { get; private set; }

    public int Year { get; private set; }

    public string IndicatorId { get; private set; }

    public decimal? Value { get; private set; }

    public bool ValueSuppressed { get; private set; }

    public decimal? Numerator { get; private set; }

    public bool NumeratorSuppressed { get; private set; }

    public decimal? Denominator { get; private set; }

    public bool DenominatorSuppressed { get; private set; }

    public Guid ImportId { get; private set; }

    public SectorObservation ToObservation() => new(
        Neighbourhoods.SectorCode.Parse(SectorCode), Year, IndicatorId,
        Join(Value, ValueSuppressed), Join(Numerator, NumeratorSuppressed), Join(Denominator, DenominatorSuppressed));

    private static (decimal? Number, bool Suppressed) Split(StatValue? figure) => figure switch
    {
        null => (null, false),
        { IsSuppressed: true } => (null, true),
        { } value => (value.Number, false),
    };

    private static StatValue? Join(decimal? number, bool suppressed) =>
        suppressed ? StatValue.Suppressed : number is { } value ? StatValue.Of(value) : null;
}
