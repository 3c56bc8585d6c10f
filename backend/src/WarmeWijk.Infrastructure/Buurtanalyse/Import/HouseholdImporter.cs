using WarmeWijk.Application.Common.ReferenceData;
using WarmeWijk.Domain.Buurtanalyse;
using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Infrastructure.Buurtanalyse.Import;

/// <summary>The private households of a sector in a year and, when the file has them, the cars they own.</summary>
public sealed record HouseholdRow(SectorCode Sector, int Year, string? MunicipalityNis, StatValue Households, StatValue? Cars, string? SectorName)
{
    public IEnumerable<SectorObservation> ToObservations()
    {
        yield return new SectorObservation(Sector, Year, Indicators.Households.Id, Households);
        if (Cars is { } cars)
        {
            yield return new SectorObservation(Sector, Year, Indicators.Cars.Id, cars);
            yield return new SectorObservation(Sector, Year, Indicators.CarsPerHousehold.Id, null, cars, Households);
        }
    }
}

/// <summary>
/// Reads Statbel's households and cars per statistical sector, <c>TF_CAR_HH_SECTOR</c>: <c>CD_YEAR, CD_REFNIS, …,
/// CD_SECTOR, MS_TOT_HH, MS_TOT_CARS</c>, separated by <c>|</c>, <c>;</c> or <c>,</c>. Older files with Dutch headers are
/// accepted through the aliases listed in README.md.
/// </summary>
public sealed class HouseholdImporter(ISectorDirectory? sectors = null)
{
    private static readonly TabularColumn Households = TabularColumn.Required(
        "MS_TOT_HH", "MS_NBR_HH", "MS_AANTAL_HH", "MS_HUISHOUDENS", "AANTAL_HUISHOUDENS");

    private static readonly TabularColumn Cars = TabularColumn.Optional(
        "MS_TOT_CARS", "MS_NBR_CARS", "MS_AANTAL_WAGENS", "MS_WAGENS", "AANTAL_WAGENS");

    private static readonly TabularColumn[] Layout =
        [StatbelColumns.Year, StatbelColumns.Municipality, StatbelColumns.Sector, Households, Cars, StatbelColumns.SectorName];

    /// <param name="source">The file, read once from its current position and left open.</param>
    /// <param name="report">Receives the counts, the rejected lines and any fatal error while the rows are read.</param>
    public IEnumerable<HouseholdRow> Read(Stream source, ImportReport report) =>
        TabularReader.Read(source, Layout, report, new SectorCheck(sectors), row =>
        {
            var sector = row.Sector(StatbelColumns.Sector);
            var year = row.Year(StatbelColumns.Year);
            var households = new HouseholdRow(
                sector,
                year,
                row.Text(StatbelColumns.Municipality),
                row.Figure(Households, FigureRule.Count),
                row.OptionalFigure(Cars, FigureRule.Count),
                row.Text(StatbelColumns.SectorName));
            row.EnsureUnique(sector, year);
            return households;
        });
}
