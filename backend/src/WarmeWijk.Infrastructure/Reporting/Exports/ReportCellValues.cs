using WarmeWijk.Application.Reporting.Exports;

namespace WarmeWijk.Infrastructure.Reporting.Exports;


/// <summary>
/// The values both writers put in a file, so that the CSV and the XLSX of a report hold the same figures: numbers
/// rounded to their decimals (half away from zero, as a spreadsheet shows them), fractions to a tenth of a percent.
/// </summary>
internal static class ReportCellValues
{
    public const int PercentDecimals = 1;

    /// <summary>A percentage with one decimal is a fraction with three.</summary>
    public const int FractionDecimals = PercentDecimals + 2;

    public static decimal Rounded(ReportCell.Number number) => Round(number.Value, number.Decimals);

    public static decimal Rounded(ReportCell.Percent percent) => Round(percent.Fraction, FractionDecimals);

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
