using WarmeWijk.Domain.Buurtanalyse;
using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Domain.Tests.Buurtanalyse;

/// <summary>Short builders for sector figures in the tests.</summary>
internal static class Figures
{
    public static readonly SectorCode KielCentrum = SectorCode.Parse("11002F60-");
    public static readonly SectorCode Beerschot = SectorCode.Parse("11002F61-");
    public static readonly SectorCode PiusX = SectorCode.Parse("11002F65-");

    public static StatValue N(decimal number) => StatValue.Of(number);

    public static SectorObservation Count(SectorCode sector, IndicatorDefinition indicator, decimal value, int year = 2024) =>
        new(sector, year, indicator.Id, N(value));

    public static SectorObservation Parts(SectorCode sector, IndicatorDefinition indicator, decimal numerator, decimal denominator, int year = 2024) =>
        new(sector, year, indicator.Id, null, N(numerator), N(denominator));

    public static IndicatorValue Available(IndicatorDefinition indicator, int year, decimal value) =>
        new(indicator, year, IndicatorStatus.Available, value, null, null, [], [], null);
}
