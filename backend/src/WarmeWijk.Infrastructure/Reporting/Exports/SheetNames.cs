namespace WarmeWijk.Infrastructure.Reporting.Exports;

/// <summary>
/// Hands out sheet names Excel accepts: 1 to 31 characters, none of <c>[]:*?/\</c> (they become '-'), no apostrophe
/// first or last, unique without regard to case (a repeat gets " (2)", " (3)", …) and never "History", which
/// Excel keeps for itself.
/// </summary>
internal sealed class SheetNames
{
    private const int MaxLength = 31;
    private const string Forbidden = "[]:*?/\\";

    private readonly HashSet<string> taken = new(StringComparer.OrdinalIgnoreCase) { "History" };

    public string Claim(string wanted)
    {
        var cleaned = Shorten(string.Concat(wanted.Select(c => Forbidden.Contains(c) || char.IsControl(c) ? '-' : c)), MaxLength);
        var name = cleaned.Length == 0 ? "Tabel" : cleaned;
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = Shorten(cleaned, MaxLength - suffix.Length) + suffix;
        }

        return name;
    }

    /// <summary>At most <paramref name="length"/> characters, never half a surrogate pair, trimmed of spaces and apostrophes.</summary>
    private static string Shorten(string text, int length)
    {
        var cut = text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];
        return cut.Trim(' ', '\'');
    }
}
