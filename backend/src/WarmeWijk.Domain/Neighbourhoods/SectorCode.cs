using System.Text.RegularExpressions;

namespace WarmeWijk.Domain.Neighbourhoods;

/// <summary>
/// A Statbel statistical sector code: municipality NIS5 followed by four characters, the last of them
/// '-' or alphanumeric, e.g. <c>11002F60-</c>, <c>11056ZZZZ</c> or <c>1100212MQ</c> (a few sectors have a digit
/// where most have the sub-municipality letter).
/// </summary>
public readonly partial record struct SectorCode
{
    private SectorCode(string value) => Value = value;

    public string Value { get; }

    public string MunicipalityNis => Value[..5];

    public static bool TryParse(string? text, out SectorCode code)
    {
        var candidate = text?.Trim().ToUpperInvariant() ?? string.Empty;
        code = Pattern().IsMatch(candidate) ? new SectorCode(candidate) : default;
        return code.Value is not null;
    }

    public static SectorCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a statistical sector code.");

    public override string ToString() => Value;

    [GeneratedRegex("^[0-9]{5}[A-Z0-9]{3}[A-Z0-9-]$")]
    private static partial Regex Pattern();
}
