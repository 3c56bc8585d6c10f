using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WarmeWijk.Infrastructure.ReferenceData;

namespace WarmeWijk.Infrastructure.Persistence;

/// <summary>
/// The explicit start-up step that brings the schema up to date with the provider's own migration set, and the reference
/// data with the table embedded in this build.
/// </summary>
public sealed partial class DatabaseMigrator(AppDbContext db, ReferenceSectorSeeder referenceSectors, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        LogMigrating(logger, db.Database.ProviderName ?? "?", pending.Count);
        await db.Database.MigrateAsync(cancellationToken);
        await referenceSectors.SeedAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrating the {Provider} database: {Count} pending migration(s)")]
    private static partial void LogMigrating(ILogger logger, string provider, int count);
}
