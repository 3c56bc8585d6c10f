using System.Reflection;

namespace WarmeWijk.Architecture.Tests;

public sealed class LayerRuleTests
{
    private static readonly Assembly Domain = typeof(Domain.Common.Entity).Assembly;
    private static readonly Assembly Application = typeof(Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(Infrastructure.DependencyInjection).Assembly;

    private static readonly LayerRule[] Rules =
    [
        new("Domain", Domain,
        [
            "WarmeWijk.Application", "WarmeWijk.Infrastructure", "WarmeWijk.Api",
            "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "AutoMapper", "FluentValidation",
        ]),
        new("Application", Application,
        [
            "WarmeWijk.Infrastructure", "WarmeWijk.Api",
            "Microsoft.AspNetCore", "Npgsql", "Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.Data.Sqlite",
        ]),
        new("Infrastructure", Infrastructure, ["WarmeWijk.Api"]),
    ];

    [TestCaseSource(nameof(Rules))]
    public void Should_keep_the_layer_free_of_forbidden_dependencies(LayerRule rule)
    {
        Assert.That(rule.Violations(), Is.Empty);
    }

    [Test]
    public void Should_report_the_offending_types_when_a_rule_is_broken()
    {
        var broken = new LayerRule("Infrastructure without EF Core", Infrastructure, ["Microsoft.EntityFrameworkCore"]);

        var violations = broken.Violations();

        Assert.That(violations, Has.Member("WarmeWijk.Infrastructure.Persistence.AppDbContext depends on Microsoft.EntityFrameworkCore"));
        Assert.That(violations, Has.Member("WarmeWijk.Infrastructure references assembly Microsoft.EntityFrameworkCore"));
    }
}
