using System.Globalization;
using System.Text.RegularExpressions;

namespace WarmeWijk.Domain.Common;

/// <summary>
/// Finds contact data in free text that must not identify anyone (stories for funders, for example): an e-mail address, a
/// phone number (Belgian in any usual notation, or any number written with a country code) or a Belgian national register
/// number. It cannot find names; the forms ask not to write them.
/// </summary>
public static partial class IdentifyingText
{
    private const string Separators = " ./-";

    /// <summary>What the text holds that identifies someone ("an e-mail address", …), or null when it holds none of them.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Email().IsMatch(text))
        {
            return "an e-mail address";
        }

        // Before phone numbers: eleven digits in groups are a register number, not a phone number grouped oddly.
        if (HasNationalNumber(text))
        {
            return "a national register number";
        }

        return HasPhoneNumber(text) ? "a phone number" : null;
    }

    private static bool HasNationalNumber(string text) =>
        NationalNumber().Matches(text).Any(match =>
            // Written in groups (85.07.30-033.61) it is unmistakable whatever its check digits; eleven digits in a row are
            // only taken for one when the check digits fit, so that long reference numbers pass.
            match.Value.Any(c => !char.IsAsciiDigit(c)) || HasValidCheckDigits(match.Value));

    private static bool HasValidCheckDigits(string digits)
    {
        var body = long.Parse(digits[..9], CultureInfo.InvariantCulture);
        var check = int.Parse(digits[9..], CultureInfo.InvariantCulture);

        // For people born in 2000 or later the check is computed over a 2 followed by the nine digits.
        return 97 - (body % 97) == check || 97 - ((2_000_000_000 + body) % 97) == check;
    }

    /// <summary>Tries every "0", "+" or "00" that starts a number (not one inside a word or a longer number).</summary>
    private static bool HasPhoneNumber(string text)
    {
        for (var start = 0; start < text.Length; start++)
        {
            var startsNumber = text[start] is '0' or '+'
                && (start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '+' or '.'));
            if (startsNumber && IsPhoneNumberAt(text, start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads groups of digits with at most one separator between them, as people write phone numbers (0475 12 34 56,
    /// 03/123.45.67, +32 (0)475 12 34 56). After the first group every group has two or three digits, so that a date
    /// (04.02.2025) or a time (09.30) with a number after it is not taken for a phone number.
    /// </summary>
    private static bool IsPhoneNumberAt(string text, int position)
    {
        var rest = text.AsSpan(position);
        var belgianPrefix = rest.StartsWith("+32", StringComparison.Ordinal) ? 3 : rest.StartsWith("0032", StringComparison.Ordinal) ? 4 : 0;
        if (belgianPrefix == 0 && (rest.StartsWith("+", StringComparison.Ordinal) || rest.StartsWith("00", StringComparison.Ordinal)))
        {
            return IsInternationalNumberAt(text, position + (rest[0] == '+' ? 1 : 2));
        }

        var digits = string.Empty;
        if (belgianPrefix > 0)
        {
            position = SkipTrunkPrefix(text, position + belgianPrefix);
            digits = "0";
        }

        for (var groups = 0; ; groups++)
        {
            var group = ReadDigits(text, ref position);
            if (groups == 0 && digits.Length == 1 && group.StartsWith('0'))
            {
                group = group[1..]; // "+32 0475 …"
            }

            if (group.Length == 0 || (groups > 0 && group.Length is < 2 or > 3))
            {
                return false;
            }

            digits += group;
            if (BelgianNumber().IsMatch(digits))
            {
                return true;
            }

            if (digits.Length >= 10 || !SkipSeparator(text, ref position))
            {
                return false;
            }
        }
    }

    /// <summary>A country code other than Belgium's and then, in groups, enough digits for a subscriber number.</summary>
    private static bool IsInternationalNumberAt(string text, int position)
    {
        var digits = 0;
        do
        {
            digits += ReadDigits(text, ref position).Length;
        }
        while (SkipSeparator(text, ref position));

        return digits is >= 9 and <= 15;
    }

    private static string ReadDigits(string text, ref int position)
    {
        var from = position;
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
        }

        return text[from..position];
    }

    /// <summary>Steps over one separator that stands between two digits.</summary>
    private static bool SkipSeparator(string text, ref int position)
    {
        if (position + 1 < text.Length && Separators.Contains(text[position]) && char.IsAsciiDigit(text[position + 1]))
        {
            position++;
            return true;
        }

        return false;
    }

    /// <summary>After +32: an optional separator, the "(0)" some write for the national prefix, another separator.</summary>
    private static int SkipTrunkPrefix(string text, int position)
    {
        position = SkipOne(text, position);
        return text.AsSpan(position).StartsWith("(0)", StringComparison.Ordinal) ? SkipOne(text, position + 3) : position;
    }

    private static int SkipOne(string text, int position) =>
        position < text.Length && Separators.Contains(text[position]) ? position + 1 : position;

    [GeneratedRegex(@"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}")]
    private static partial Regex Email();

    /// <summary>YY MM DD SSS CC, with a dot, a dash, a space or nothing between the groups.</summary>
    [GeneratedRegex(@"(?<![\d.])\d{2}[.\- ]?\d{2}[.\- ]?\d{2}[.\- ]?\d{3}[.\- ]?\d{2}(?![\d])")]
    private static partial Regex NationalNumber();

    /// <summary>A landline (0 and eight digits) or a mobile number (04 and eight digits).</summary>
    [GeneratedRegex(@"^(0[1-9]\d{7}|04\d{8})$")]
    private static partial Regex BelgianNumber();
}
