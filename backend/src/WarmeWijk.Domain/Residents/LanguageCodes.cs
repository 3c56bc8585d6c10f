using System.Collections.Frozen;
using System.Globalization;

namespace WarmeWijk.Domain.Residents;

/// <summary>The ISO 639-1 languages .NET knows, so that "xx" is refused and "ti" (Tigrinya) accepted.</summary>
public static class LanguageCodes
{
    public static readonly FrozenSet<string> Known = CultureInfo.GetCultures(CultureTypes.NeutralCultures)
        .Select(c => c.TwoLetterISOLanguageName)
        .Where(code => code.Length == 2)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
