using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Persistence;

/// <summary>Fails when the model changed without a migration for each provider (see docs/decisions/0002).</summary>
public sealed class MigrationTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    [Test]
    public void Should_have_a_migration_for_every_model_change()
    {
        using var scope = Api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.That(db.Database.HasPendingModelChanges(), Is.False,
            $"Add a migration for {Api.Provider}: see docs/decisions/0002-migrations-per-provider.md.");
    }

    [Test]
    public async Task Should_have_applied_every_migration_at_start_up()
    {
        using var scope = Api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.Multiple(async () =>
        {
            Assert.That(await db.Database.GetPendingMigrationsAsync(), Is.Empty);
            Assert.That(await db.Database.GetAppliedMigrationsAsync(), Is.Not.Empty);
        });
    }
}
