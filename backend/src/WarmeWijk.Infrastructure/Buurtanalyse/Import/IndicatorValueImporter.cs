using System.Text.RegularExpressions;
using WarmeWijk.Application.Common.ReferenceData;
using WarmeWijk.Domain.Buurtanalyse;

namespace WarmeWijk.Infrastructure.Buurtanalyse.Import;

/// <summary>
/// Reads the generic "indicator value per sector per year" file, for figures outside Statbel's regular open files
/// (age groups and household types from the Census 2021 sector tables, health insurance data, …):
/// <c>sector_code, year, indicator, value[, numerator, denominator]</c>, separated by <c>,</c>, <c>;</c>, <c>|</c> or
/// tabs, with a decimal point or comma, <c>C</c> for a confidential cell. A share or mean needs its numerator and
/// denominator to be combined over several sectors. Indicator ids are those of <see cref="Indicators"/> or your own.
/// </summary>
public sealed partial class IndicatorValueImporter(ISectorDirectory? sectors = null)
{
    private static readonly TabularColumn Sector = TabularColumn.Required("sector_code", "CD_SECTOR", "sector");
    private static readonly TabularColumn Year = TabularColumn.Required("year", "CD_YEAR", "jaar");
    private static readonly TabularColumn Indicator = TabularColumn.Required("indicator", "indicator_id");
    private static readonly TabularColumn Value = TabularColumn.Required("value", "waarde");
    private static readonly TabularColumn Numerator = TabularColumn.Optional("numerator", "teller");
    private static readonly TabularColumn Denominator = TabularColumn.Optional("denominator", "noemer");

    private static readonly TabularColumn[] Layout = [Sector, Year, Indicator, Value, Numerator, Denominator];

    /// <param name="source">The file, read once from its current position and left open.</param>
    /// <param name="report">Receives the counts, the rejected lines and any fatal error while the rows are read.</param>
    public IEnumerable<SectorObservation> Read(Stream source, ImportReport report) =>
        TabularReader.Read(source, Layout, report, new SectorCheck(sectors), row =>
        {
            var sector = row.Sector(Sector);
            var year = row.Year(Year);
            var indicator = IndicatorId(row);
            var value = row.Figure(Value, FigureRule.Signed);
            var numerator = row.OptionalFigure(Numerator, FigureRule.NonNegative);
            var denominator = row.OptionalFigure(Denominator, FigureRule.NonNegative);
            if ((numerator is null) != (denominator is null))
            {
                row.Reject("A numerator needs a denominator and the other way round.");
            }

            row.EnsureUnique(sector, year, indicator);
            return new SectorObservation(sector, year, indicator, value, numerator, denominator);
        });

    private static string IndicatorId(TabularRow row)
    {
        var id = row.Text(Indicator)?.ToLowerInvariant() ?? string.Empty;
        if (!IdPattern().IsMatch(id))
        {
            row.Reject($"indicator '{SectorCheck.Abbreviate(id)}' is not an indicator id (a-z, 0-9, '_', '.', '-'; at most 64 characters).");
        }

        return id;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_.-]{0,63}$")]
    private static partial Regex IdPattern();
}
