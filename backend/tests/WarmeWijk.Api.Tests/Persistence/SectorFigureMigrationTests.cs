using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Buurtanalyse;
using WarmeWijk.Domain.Buurtanalyse.Data;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Persistence;

/// <summary>The migration to one row per sector and year carries every imported figure over, parts and confidentiality included.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class SectorFigureMigrationTests(DatabaseProvider provider)
{
    [Test]
    public async Task Should_move_the_figures_of_the_previous_layout_into_the_new_one()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = Context(database);
        var migrator = db.GetService<IMigrator>();
        var before = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_SectorYearFigures", StringComparison.Ordinal)).Last();
        await migrator.MigrateAsync(before);
        var synthetic = Guid.NewGuid();
        var real = Guid.NewGuid();
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO dataset_imports (id, kind, file_name, file_bytes, status, started_at, imported_by_name, is_synthetic, accepted_rows, rejected_rows, skipped_rows, stored_values)"
            + " VALUES ({0}, 'IndicatorValues', 'a.csv', 1, 'Succeeded', {2}, 'test', {1}, 0, 0, 0, 0)",
            synthetic, true, DateTimeOffset.UtcNow);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO sector_figures (sector_code, municipality_nis, year, indicator_id, value, value_suppressed, numerator, numerator_suppressed, denominator, denominator_suppressed, import_id) VALUES"
            + " ('11002F60-', '11002', 2024, 'population', 1000, {2}, NULL, {2}, NULL, {2}, {0}),"
            + " ('11002F60-', '11002', 2024, 'share_65_plus', 12.5, {2}, 125, {2}, 1000, {2}, {0}),"
            + " ('11002F61-', '11002', 2024, 'median_income', NULL, {3}, NULL, {2}, NULL, {2}, {1})",
            synthetic, real, false, true);

        await migrator.MigrateAsync();
        var rows = await db.SectorYearFigures.AsNoTracking().OrderBy(r => r.SectorCode).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => (r.SectorCode, r.MunicipalityNis, r.Year)), Is.EqualTo(new[] { ("11002F60-", "11002", 2024), ("11002F61-", "11002", 2024) }));
            Assert.That(rows[0].Figures["population"], Is.EqualTo(new StoredFigure(StatValue.Of(1000), null, null, Synthetic: true)));
            Assert.That(rows[0].Figures["share_65_plus"], Is.EqualTo(new StoredFigure(StatValue.Of(12.5m), StatValue.Of(125), StatValue.Of(1000), Synthetic: true)));
            Assert.That(rows[1].Figures["median_income"], Is.EqualTo(new StoredFigure(StatValue.Suppressed, null, null, Synthetic: false)));
        });
    }

    private AppDbContext Context(TestDatabase database) => provider == DatabaseProvider.Sqlite
        ? new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(database.ConnectionString).UseSnakeCaseNamingConvention().Options)
        : new PostgreSqlAppDbContext(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(database.ConnectionString).UseSnakeCaseNamingConvention().Options);
}
