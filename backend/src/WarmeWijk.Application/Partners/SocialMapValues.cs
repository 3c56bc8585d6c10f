using WarmeWijk.Domain.Partners;

namespace WarmeWijk.Application.Partners;

/// <summary>How the CSV writes kinds, yes/no and status, and how the import reads them (Dutch words are accepted too).</summary>
public static class SocialMapValues
{
    private static readonly Dictionary<string, ActorKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["formal"] = ActorKind.Formal, ["formeel"] = ActorKind.Formal,
        ["informal"] = ActorKind.Informal, ["informeel"] = ActorKind.Informal,
        ["policy"] = ActorKind.Policy, ["beleid"] = ActorKind.Policy,
    };

    private static readonly Dictionary<string, bool> YesNo = new(StringComparer.OrdinalIgnoreCase)
    {
        ["yes"] = true, ["ja"] = true, ["true"] = true, ["1"] = true,
        ["no"] = false, ["nee"] = false, ["false"] = false, ["0"] = false,
    };

    private static readonly Dictionary<string, bool> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["active"] = true, ["actief"] = true, ["inactive"] = false, ["inactief"] = false,
    };

    public static string KindName(ActorKind kind) => kind.ToString().ToLowerInvariant();

    public static ActorKind? Kind(string text) => Kinds.TryGetValue(text.Trim(), out var kind) ? kind : null;

    public static bool? Flag(string text) => YesNo.TryGetValue(text.Trim(), out var flag) ? flag : null;

    public static bool? Active(string text) => Statuses.TryGetValue(text.Trim(), out var active) ? active : null;

    public static IEnumerable<string> List(string text) =>
        text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
