using WarmeWijk.Application.Common.ReferenceData;
using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Infrastructure.Buurtanalyse.Import;

internal enum SectorVerdict
{
    Valid,
    Invalid,
    OutsideDirectory,
}

/// <summary>
/// Validates sector codes, and with a directory checks that they are real sectors. Statbel's files cover all of
/// Belgium while the directory holds Flanders and Brussels, so Walloon sectors are left out rather than rejected.
/// </summary>
internal sealed class SectorCheck(ISectorDirectory? directory)
{
    public SectorVerdict Check(string text, out SectorCode code, out string? reason)
    {
        reason = null;
        if (!SectorCode.TryParse(text, out code))
        {
            reason = $"'{Abbreviate(text)}' is not a statistical sector code (NIS5 + 4 characters, e.g. 11002F60-).";
            return SectorVerdict.Invalid;
        }

        if (directory is null || directory.Find(code) is not null)
        {
            return SectorVerdict.Valid;
        }

        if (IsWalloon(code.MunicipalityNis))
        {
            return SectorVerdict.OutsideDirectory;
        }

        reason = $"Unknown sector code {code}: it is not in the Statbel list of statistical sectors.";
        return SectorVerdict.Invalid;
    }

    internal static string Abbreviate(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    // REFNIS: Walloon Brabant is 25xxx; Hainaut, Liège, Luxembourg and Namur start with 5, 6, 8 and 9.
    private static bool IsWalloon(string nis) => nis.StartsWith("25", StringComparison.Ordinal) || nis[0] is '5' or '6' or '8' or '9';
}
