using WarmeWijk.Application.Common.ReferenceData;
using WarmeWijk.Domain.Buurtanalyse;
using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Infrastructure.Buurtanalyse.Import;

/// <summary>
/// The fiscal income of a sector's residents in an income year: the number of tax returns with an income, their total,
/// average and median net taxable income and the interquartile statistics. Any of them can be suppressed (<c>C</c>).
/// </summary>
public sealed record IncomeRow(
    SectorCode Sector,
    int Year,
    string? MunicipalityNis,
    StatValue Declarations,
    StatValue TotalNetTaxableIncome,
    StatValue AverageNetTaxableIncome,
    StatValue MedianNetTaxableIncome,
    StatValue? InterquartileDifference,
    StatValue? InterquartileCoefficient,
    StatValue? InterquartileAsymmetry,
    string? SectorName)
{
    public IEnumerable<SectorObservation> ToObservations() =>
    [
        new(Sector, Year, Indicators.IncomeDeclarations.Id, Declarations),
        new(Sector, Year, Indicators.TotalTaxableIncome.Id, TotalNetTaxableIncome),
        new(Sector, Year, Indicators.AverageTaxableIncome.Id, AverageNetTaxableIncome, TotalNetTaxableIncome, Declarations),
        new(Sector, Year, Indicators.MedianTaxableIncome.Id, MedianNetTaxableIncome),
    ];
}

/// <summary>
/// Reads Statbel's fiscal income per statistical sector, <c>TF_PSNL_INC_TAX_SECTOR</c> (several years per file):
/// <c>CD_YEAR, CD_MUNTY_REFNIS, CD_SECTOR</c> (older files: <c>CD_REFNIS_SECTOR</c>), <c>MS_NBR_NON_ZERO_INC,
/// MS_TOT_NET_TAXABLE_INC, MS_AVG_TOT_NET_TAXABLE_INC, MS_MEDIAN_NET_TAXABLE_INC</c>, optionally <c>MS_INT_QUART_DIFF,
/// MS_INT_QUART_COEFF, MS_INT_QUART_ASSYM, TX_SECTOR_DESCR_NL</c>; separated by <c>|</c>, <c>;</c> or <c>,</c>.
/// </summary>
public sealed class IncomeImporter(ISectorDirectory? sectors = null)
{
    private static readonly TabularColumn Declarations = TabularColumn.Required("MS_NBR_NON_ZERO_INC");
    private static readonly TabularColumn Total = TabularColumn.Required("MS_TOT_NET_TAXABLE_INC");
    private static readonly TabularColumn Average = TabularColumn.Required("MS_AVG_TOT_NET_TAXABLE_INC");
    private static readonly TabularColumn Median = TabularColumn.Required("MS_MEDIAN_NET_TAXABLE_INC");
    private static readonly TabularColumn QuartileDifference = TabularColumn.Optional("MS_INT_QUART_DIFF");
    private static readonly TabularColumn QuartileCoefficient = TabularColumn.Optional("MS_INT_QUART_COEFF");
    private static readonly TabularColumn QuartileAsymmetry = TabularColumn.Optional("MS_INT_QUART_ASSYM");

    private static readonly TabularColumn[] Layout =
    [
        StatbelColumns.Year, StatbelColumns.Municipality, StatbelColumns.Sector, Declarations, Total, Average, Median,
        QuartileDifference, QuartileCoefficient, QuartileAsymmetry, StatbelColumns.SectorName,
    ];

    /// <param name="source">The file, read once from its current position and left open.</param>
    /// <param name="report">Receives the counts, the rejected lines and any fatal error while the rows are read.</param>
    public IEnumerable<IncomeRow> Read(Stream source, ImportReport report) =>
        TabularReader.Read(source, Layout, report, new SectorCheck(sectors), row =>
        {
            var sector = row.Sector(StatbelColumns.Sector);
            var year = row.Year(StatbelColumns.Year);
            var income = new IncomeRow(
                sector,
                year,
                row.Text(StatbelColumns.Municipality),
                row.Figure(Declarations, FigureRule.Count),
                row.Figure(Total, FigureRule.NonNegative),
                row.Figure(Average, FigureRule.NonNegative),
                row.Figure(Median, FigureRule.NonNegative),
                row.OptionalFigure(QuartileDifference, FigureRule.NonNegative),
                row.OptionalFigure(QuartileCoefficient, FigureRule.Signed),
                row.OptionalFigure(QuartileAsymmetry, FigureRule.Signed),
                row.Text(StatbelColumns.SectorName));
            row.EnsureUnique(sector, year);
            return income;
        });
}
