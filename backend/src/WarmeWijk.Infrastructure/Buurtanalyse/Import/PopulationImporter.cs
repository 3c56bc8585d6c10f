using System.Globalization;
using System.Text.RegularExpressions;
using WarmeWijk.Application.Common.ReferenceData;
using WarmeWijk.Domain.Buurtanalyse;
using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Infrastructure.Buurtanalyse.Import;

/// <summary>The population of a sector on 1 January of <see cref="Year"/>, with its area in hectares (hm²) when given.</summary>
public sealed record PopulationRow(
    SectorCode Sector,
    int Year,
    string? MunicipalityNis,
    StatValue Population,
    StatValue? AreaHectares,
    string? SectorName,
    string? MunicipalityName)
{
    public IEnumerable<SectorObservation> ToObservations()
    {
        yield return new SectorObservation(Sector, Year, Indicators.Population.Id, Population);
        if (AreaHectares is { } area)
        {
            yield return new SectorObservation(Sector, Year, Indicators.PopulationDensity.Id, null, Population, area);
        }
    }
}

/// <summary>
/// Reads Statbel's population per statistical sector, <c>OPENDATA_SECTOREN_&lt;year&gt;.txt</c>: pipe-separated,
/// UTF-8 with a byte order mark, <c>CD_REFNIS|CD_SECTOR|TOTAL|DT_STRT_SECTOR|DT_STOP_SECTOR|OPPERVLAKKTE IN HM²|
/// TX_DESCR_SECTOR_NL|TX_DESCR_SECTOR_FR|TX_DESCR_NL|TX_DESCR_FR</c>, the area with a decimal comma. The file holds no
/// year column (DT_STRT/STOP_SECTOR are the sector's own validity dates), so the year comes from the caller, usually
/// from the file name (<see cref="TryGetYear"/>).
/// </summary>
public sealed partial class PopulationImporter(ISectorDirectory? sectors = null)
{
    private static readonly TabularColumn Total = TabularColumn.Required("TOTAL", "POPULATION");
    private static readonly TabularColumn Area = TabularColumn.Optional("OPPERVLAKKTE IN HM²", "OPPERVLAKTE IN HM²", "MS_AREA_HA");
    private static readonly TabularColumn MunicipalityName = TabularColumn.Optional("TX_DESCR_NL", "TX_MUNTY_DESCR_NL");

    private static readonly TabularColumn[] Layout =
        [StatbelColumns.Municipality, StatbelColumns.Sector, Total, Area, StatbelColumns.SectorName, MunicipalityName];

    /// <param name="source">The file, read once from its current position and left open.</param>
    /// <param name="year">The year of the figures: the population on 1 January of it.</param>
    /// <param name="report">Receives the counts, the rejected lines and any fatal error while the rows are read.</param>
    public IEnumerable<PopulationRow> Read(Stream source, int year, ImportReport report)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, YearRange.First);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, YearRange.Last);
        return TabularReader.Read(source, Layout, report, new SectorCheck(sectors), row =>
        {
            var sector = row.Sector(StatbelColumns.Sector);
            var population = row.Figure(Total, FigureRule.Count);
            var area = row.OptionalFigure(Area, FigureRule.NonNegative);
            row.EnsureUnique(sector, year);
            return new PopulationRow(
                sector, year, row.Text(StatbelColumns.Municipality), population, area, row.Text(StatbelColumns.SectorName), row.Text(MunicipalityName));
        });
    }

    /// <summary>The year in a file name such as <c>OPENDATA_SECTOREN_2022.txt</c> or <c>OPENDATA_SECTOREN_2022.zip</c>.</summary>
    public static bool TryGetYear(string fileName, out int year)
    {
        var match = YearInName().Match(Path.GetFileNameWithoutExtension(fileName));
        year = match.Success ? int.Parse(match.Value, CultureInfo.InvariantCulture) : 0;
        return match.Success;
    }

    [GeneratedRegex(@"(?<![0-9])(19|20)[0-9]{2}(?![0-9])", RegexOptions.RightToLeft)]
    private static partial Regex YearInName();
}
