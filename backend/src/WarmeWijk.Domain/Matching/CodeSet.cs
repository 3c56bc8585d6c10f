using System.Collections.Frozen;
using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Matching;

/// <summary>Sets of short free-text codes (skills, training modules, category codes), compared case-insensitively.</summary>
internal static class CodeSet
{
    public static FrozenSet<string> Of(IEnumerable<string> codes, string name) =>
        codes.Select(code => Guard.Required(code, name, 100)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static FrozenSet<T> NonEmpty<T>(IEnumerable<T> values, string name)
    {
        var set = values.ToFrozenSet();
        return set.Count > 0 ? set : throw new DomainRuleException($"{name} must name at least one value.");
    }

    public static string List(IEnumerable<string> codes) => string.Join(", ", codes.Order(StringComparer.OrdinalIgnoreCase));
}
