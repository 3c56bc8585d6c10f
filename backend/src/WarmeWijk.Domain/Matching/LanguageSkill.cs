using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.Residents;

namespace WarmeWijk.Domain.Matching;

/// <summary>A language (ISO 639-1) a volunteer speaks, and how well.</summary>
public sealed record LanguageSkill
{
    public LanguageSkill(string code, LanguageLevel level)
    {
        Code = LanguageCode(code);
        Level = CodeSet.Defined(level, "Language level");
    }

    public string Code { get; private init; }

    public LanguageLevel Level { get; private init; }

    internal static string LanguageCode(string code)
    {
        var trimmed = Guard.Required(code, "Language", 2).ToLowerInvariant();
        return LanguageCodes.Known.Contains(trimmed) ? trimmed : throw new DomainRuleException($"Unknown language '{trimmed}'.");
    }

    internal static LocalizedText Name(LanguageLevel level) => level switch
    {
        LanguageLevel.Basic => new("basis", "basic"),
        LanguageLevel.Conversational => new("conversatie", "conversational"),
        LanguageLevel.Fluent => new("vloeiend", "fluent"),
        LanguageLevel.Native => new("moedertaal", "native"),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
