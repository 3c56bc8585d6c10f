using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Privacy;
using WarmeWijk.Domain.Residents;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Privacy;

/// <summary>
/// Every type the database stores is placed in <see cref="PersonalDataMap"/>: a new table cannot hold residents' data without
/// someone deciding what the data export and the erasure do with it.
/// </summary>
public sealed class PersonalDataMapTests
{
    private static readonly List<Type> Stored = StoredTypes();

    [Test]
    public void Should_place_every_stored_type_exactly_once()
    {
        var about = PersonalDataMap.AboutResidents.Keys.ToHashSet();
        var notAbout = PersonalDataMap.NotAboutResidents.Keys.ToHashSet();

        Assert.Multiple(() =>
        {
            Assert.That(Stored.Where(t => !about.Contains(t) && !notAbout.Contains(t)).Select(t => t.Name), Is.Empty,
                "add these to PersonalDataMap, and to the data export and the erasure if they hold anything about a resident");
            Assert.That(about.Intersect(notAbout).Select(t => t.Name), Is.Empty);
            Assert.That(about.Concat(notAbout).Where(t => !Stored.Contains(t)).Select(t => t.Name), Is.Empty, "the map names only stored types");
        });
    }

    [Test]
    public void Should_count_every_type_that_points_to_a_resident_as_about_residents()
    {
        var pointing = Stored.Where(t => t.GetProperties().Any(p => p.Name == "ResidentId" || p.PropertyType == typeof(Resident))).ToList();

        Assert.That(pointing, Is.Not.Empty);
        Assert.That(pointing.Where(t => !PersonalDataMap.AboutResidents.ContainsKey(t)).Select(t => t.Name), Is.Empty);
    }

    private static List<Type> StoredTypes()
    {
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").UseSnakeCaseNamingConvention().Options;
        using var db = new SqliteAppDbContext(options);

        // Owned collections are stored types of their own (help_request_timeline, follow_up_tasks, ...); JSON-mapped value
        // objects live inside their owner's row.
        return [.. db.Model.GetEntityTypes().Where(t => !t.IsMappedToJson()).Select(t => t.ClrType).Distinct()];
    }
}
