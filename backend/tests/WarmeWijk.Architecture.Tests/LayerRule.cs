using System.Reflection;
using NetArchTest.Rules;

namespace WarmeWijk.Architecture.Tests;

/// <summary>A layer's assembly and the namespaces/assemblies (matched by prefix) it must not depend on.</summary>
public sealed record LayerRule(string Layer, Assembly Assembly, IReadOnlyList<string> Forbidden)
{
    public override string ToString() => Layer;

    /// <summary>
    /// One line per broken dependency. Types are checked with NetArchTest; the assembly's references are checked too,
    /// because extension methods such as <c>UseSqlite</c> live in another package's namespace.
    /// </summary>
    public IReadOnlyList<string> Violations()
    {
        var typeViolations =
            from forbidden in Forbidden
            from typeName in Types.InAssembly(Assembly).ShouldNot().HaveDependencyOn(forbidden).GetResult().FailingTypeNames ?? []
            select $"{typeName} depends on {forbidden}";

        var referenceViolations =
            from forbidden in Forbidden
            from reference in Assembly.GetReferencedAssemblies()
            where reference.Name == forbidden || reference.Name!.StartsWith(forbidden + ".", StringComparison.Ordinal)
            select $"{Assembly.GetName().Name} references assembly {reference.Name}";

        return [.. typeViolations, .. referenceViolations];
    }
}
