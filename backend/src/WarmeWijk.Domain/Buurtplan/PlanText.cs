using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Buurtplan;

/// <summary>A buurtplan is shared with partners and funders: its free text never holds contact data or a register number.</summary>
internal static class PlanText
{
    public static string? Clean(string? text, string field) =>
        IdentifyingText.Find(text) is { } found
            ? throw new DomainRuleException($"{field} holds {found}; a buurtplan never identifies a resident.")
            : text;
}
