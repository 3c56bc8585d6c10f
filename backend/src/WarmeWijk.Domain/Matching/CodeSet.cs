using System.Collections.Frozen;
using System.Globalization;
using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Matching;

/// <summary>Sets of short free-text codes (skills, training modules, category codes), compared case-insensitively.</summary>
internal static class CodeSet
{
    public static FrozenSet<string> Of(IEnumerable<string> codes, string name) =>
        codes.Select(code => Guard.Required(code, name, 100)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static FrozenSet<T> NonEmpty<T>(IEnumerable<T> values, string name)
    {
        var set = values as FrozenSet<T> ?? values.ToFrozenSet();
        return set.Count > 0 ? set : throw new DomainRuleException($"{name} must name at least one value.");
    }

    /// <summary>Refuses values outside the enum (an unknown buddy type, say), which a cast from an int or a string could give.</summary>
    public static FrozenSet<T> Defined<T>(IEnumerable<T> values, string name)
        where T : struct, Enum
    {
        var set = values.ToFrozenSet();
        return set.All(Enum.IsDefined) ? set : throw new DomainRuleException($"{name} has an unknown value ({string.Join(", ", set.Where(v => !Enum.IsDefined(v)))}).");
    }

    public static T Defined<T>(T value, string name)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new DomainRuleException($"{name} has an unknown value ({value}).");

    /// <summary>As <see cref="Defined{T}(IEnumerable{T}, string)"/>, with the values also as bits (value n = bit n) for checks that must not touch the set.</summary>
    public static (FrozenSet<T> Set, int Mask) DefinedWithMask<T>(IEnumerable<T> values, string name)
        where T : struct, Enum
    {
        var set = Defined(values, name);
        return (set, set.Aggregate(0, (mask, value) => mask | (1 << Convert.ToInt32(value, CultureInfo.InvariantCulture))));
    }

    public static string List(IEnumerable<string> codes) => string.Join(", ", codes.Order(StringComparer.OrdinalIgnoreCase));
}
