using System.Text.RegularExpressions;

namespace WarmeWijk.Domain.Residents;

/// <summary>A phone number in E.164 form. Belgian numbers may be written nationally (0475 12 34 56, 03 123 45 67).</summary>
public readonly partial record struct PhoneNumber
{
    private PhoneNumber(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out PhoneNumber phone)
    {
        phone = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = Separators().Replace(text.Trim(), string.Empty);
        if (compact.StartsWith("00", StringComparison.Ordinal))
        {
            compact = "+" + compact[2..];
        }
        else if (compact.StartsWith('0'))
        {
            compact = "+32" + compact[1..];
        }

        // Belgian numbers have 8 (landline) or 9 (mobile) digits after +32; other countries 7 to 14 after the code.
        var valid = compact.StartsWith("+32", StringComparison.Ordinal)
            ? BelgianPattern().IsMatch(compact)
            : InternationalPattern().IsMatch(compact);
        phone = valid ? new PhoneNumber(compact) : default;
        return valid;
    }

    public override string ToString() => Value;

    [GeneratedRegex(@"[\s./()-]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\+32[1-9][0-9]{7,8}$")]
    private static partial Regex BelgianPattern();

    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}$")]
    private static partial Regex InternationalPattern();
}
