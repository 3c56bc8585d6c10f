using Microsoft.EntityFrameworkCore;
using WarmeWijk.Domain.Buurtanalyse.Data;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Infrastructure.ReferenceData;

/// <summary>
/// Loads the embedded sector table into <c>statistical_sectors</c> after migrating: idempotent (inserts the sectors that
/// are missing, so a new Statbel division only adds rows) and cheap when nothing is missing (one count). Done at start-up
/// rather than in a migration because the same embedded file feeds the in-memory directory, and 10,241 InsertData calls
/// per provider would make two migrations of megabytes that must be redone for each new division.
/// </summary>
public sealed class ReferenceSectorSeeder(AppDbContext db, StatisticalSectorDirectory directory)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.ReferenceSectors.CountAsync(cancellationToken) == directory.Count)
        {
            return;
        }

        var present = (await db.ReferenceSectors.Select(s => s.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.ReferenceSectors.AddRange(directory.All
            .Where(s => !present.Contains(s.Code.Value))
            .Select(s => new ReferenceSector(s.Code.Value, s.Name, s.MunicipalityNis, s.MunicipalityName, s.WijkCode, s.WijkName)));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }
}
