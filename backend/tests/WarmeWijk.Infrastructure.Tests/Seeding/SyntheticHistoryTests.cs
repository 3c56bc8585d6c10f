using Microsoft.EntityFrameworkCore;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Matching;
using WarmeWijk.Domain.Networks;
using WarmeWijk.Domain.Partners;
using WarmeWijk.Domain.Signals;
using WarmeWijk.Domain.Volunteers;
using WarmeWijk.Infrastructure.Persistence;
using WarmeWijk.Infrastructure.Seeding;

namespace WarmeWijk.Infrastructure.Tests.Seeding;

/// <summary>Two small networks' history, checked as generated and after a round trip through the database (SQLite).</summary>
public sealed class SyntheticHistoryTests
{
    private static readonly DateTimeOffset From = new(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Until = new(2024, 7, 1, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void Should_give_every_request_milestones_that_agree_with_its_timeline_and_the_rows_reports_need()
    {
        var world = World.Create(300);

        var problems = HistoryConsistency.Problems(world.Requests, world.Matches, world.Signals);

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public async Task Should_read_back_from_the_database_as_it_was_written()
    {
        var path = Path.Combine(Path.GetTempPath(), $"warmewijk-history-{Guid.NewGuid():N}.db");
        try
        {
            var world = World.Create(300);
            await using (var db = Context(path))
            {
                await db.Database.MigrateAsync();
                db.AddRange(world.Rows);
                await db.SaveChangesAsync();
            }

            await using var read = Context(path);
            var requests = await read.HelpRequests.IgnoreQueryFilters().AsNoTracking().ToListAsync();
            var matches = await read.VolunteerMatches.IgnoreQueryFilters().AsNoTracking().ToListAsync();
            var signals = await read.Signals.IgnoreQueryFilters().AsNoTracking().ToListAsync();
            var hours = await read.Volunteers.IgnoreQueryFilters().AsNoTracking().SelectMany(v => v.Hours).CountAsync();

            Assert.That(HistoryConsistency.Problems(requests, matches, signals), Is.Empty);
            Assert.That((requests.Count, matches.Count, signals.Count, hours),
                Is.EqualTo((world.Requests.Count, world.Matches.Count, world.Signals.Count, world.Volunteers.Sum(v => v.Hours.Count))));
            Assert.That(requests.Sum(r => r.Timeline.Count), Is.EqualTo(world.Requests.Sum(r => r.Timeline.Count)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Should_spread_requests_over_channels_categories_and_outcomes_like_a_real_network()
    {
        var world = World.Create(300);
        var requests = world.Requests;

        Assert.That(requests.Select(r => r.Channel).Distinct(), Is.EquivalentTo(Enum.GetValues<IntakeChannel>()));
        var channels = requests.CountBy(r => r.Channel).OrderByDescending(c => c.Value).Select(c => c.Key).Take(2);
        Assert.That(channels, Is.EquivalentTo(new[] { IntakeChannel.PhoneLine, IntakeChannel.HomeVisit }));
        Assert.That(requests.Select(r => r.CategoryCode).Distinct().Count(), Is.GreaterThanOrEqualTo(15));
        Assert.That(requests.Select(r => r.Status).Distinct(), Is.SupersetOf(new[]
        {
            HelpRequestStatus.Completed, HelpRequestStatus.Closed, HelpRequestStatus.ClosedNoOffer, HelpRequestStatus.Cancelled,
            HelpRequestStatus.Waitlisted,
        }));
        Assert.That(requests.Count(r => !HelpRequestTransitions.IsFinal(r.Status)), Is.InRange(10, 200), "the most recent ones are still open");
        Assert.That(world.Matches.Select(m => m.Status).Distinct(), Is.SupersetOf(new[] { MatchStatus.Completed, MatchStatus.Declined, MatchStatus.Expired }));
        Assert.That(world.Signals.Select(s => s.Source).Distinct(), Is.EquivalentTo(Enum.GetValues<SignalSource>()));
        Assert.That(world.Requests.Any(r => r.FollowUps.Count > 0 && r.FollowUps.Any(f => f.DoneAt is not null)), Is.True);

        var ages = world.Residents.Where(r => r.BirthYear is not null).Select(r => r.CreatedAt.Year - r.BirthYear!.Value).ToList();
        Assert.That(ages.Count(a => a >= 65), Is.GreaterThan(ages.Count / 2));
        Assert.That(ages.Count(a => a >= 80), Is.GreaterThan(ages.Count / 6));
        var languages = world.Residents.CountBy(r => r.Languages[0]).ToDictionary();
        Assert.That(languages["nl"], Is.GreaterThan(world.Residents.Count * 0.6));
        Assert.That(languages.Keys.Count, Is.GreaterThanOrEqualTo(5));
        Assert.That(world.Residents.All(r => r.HasConsentFor(Domain.Residents.ConsentPurpose.Intake)), Is.True);

        var reciprocal = world.Volunteers.Where(v => v.ResidentId is not null).Select(v => v.ResidentId!.Value).ToHashSet();
        Assert.That(reciprocal, Is.Not.Empty);
        Assert.That(requests.Any(r => reciprocal.Contains(r.ResidentId)), Is.True, "a volunteer who also asked for help");
        Assert.That(world.Volunteers.Any(v => v.Hours.Count > 0), Is.True);
    }

    [Test]
    public void Should_give_the_same_history_for_the_same_seed()
    {
        static IEnumerable<object> Fingerprint(World world) => world.Requests
            .Select(r => (object)(r.Id, r.ResidentId, r.Status, r.CreatedAt, r.CategoryCode, r.ClosedAt, r.Timeline.Count))
            .Concat(world.Matches.Select(m => (object)(m.Id, m.VolunteerId, m.Status, m.Hours)));

        var first = Fingerprint(World.Create(120)).ToList();
        var second = Fingerprint(World.Create(120)).ToList();

        Assert.That(second, Is.EqualTo(first));
    }

    private static SqliteAppDbContext Context(string path) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={path};Pooling=False").UseSnakeCaseNamingConvention().Options);

    /// <summary>Two networks with staff, partners, categories and volunteers, and their history.</summary>
    private sealed class World
    {
        public List<object> Rows { get; } = [];

        public List<Volunteer> Volunteers { get; } = [];

        public List<HelpRequest> Requests { get; } = [];

        public List<VolunteerMatch> Matches { get; } = [];

        public List<Signal> Signals { get; } = [];

        public List<Domain.Residents.Resident> Residents { get; } = [];

        public static World Create(int requestsPerNetwork)
        {
            var world = new World();
            var cardCodes = new HashSet<string>();
            string[][] sectors = [["11002F60-", "11002F61-", "11002F62-"], ["12021A00-", "12021A01-"]];
            for (var n = 0; n < sectors.Length; n++)
            {
                var network = new Network($"Testnetwerk {n}", $"test-{n}", From.AddYears(-3));
                var coordinator = Owned(network, new StaffUser($"coordinator@test-{n}.example", "Coördinator", Role.Coordinator, "x"));
                var fieldWorker = Owned(network, new StaffUser($"fieldworker@test-{n}.example", "Buurtwerker", Role.FieldWorker, "x"));
                var partners = Enumerable.Range(0, 2).Select(p =>
                {
                    var organisation = Owned(network, new PartnerOrganisation($"Partner {p}"));
                    var client = Owned(network, new PartnerApiClient(organisation.Id, $"test-{n}-partner-{p}", "x", From));
                    world.Rows.AddRange([organisation, client]);
                    return new SyntheticPartner(organisation.Id, client.Id);
                }).ToList();
                var categories = HelpCategory.Defaults().Select(c => Owned(network, c)).ToList();
                var volunteers = SyntheticVolunteers.Create(network.Id, $"test-{n}.example", sectors[n], new GeoPoint(51.1, 4.4), 40, From, Until, 7 + n);
                world.Rows.AddRange([network, coordinator, fieldWorker, .. categories, .. volunteers]);

                var history = SyntheticHistory.Generate(
                    new SyntheticNetwork
                    {
                        NetworkId = network.Id,
                        EmailDomain = $"test-{n}.example",
                        Sectors = [.. sectors[n].Select(code => new SyntheticSector(code, n == 0 ? "Antwerpen" : "Lier", n == 0 ? "2020" : "2500"))],
                        Categories = categories,
                        Volunteers = volunteers,
                        Coordinators = [coordinator.Id],
                        FieldWorkers = [fieldWorker.Id],
                        Partners = partners,
                    },
                    new SyntheticHistoryOptions(From, Until, requestsPerNetwork, 100 + n),
                    cardCodes);
                world.Rows.AddRange(history.Entities);
                world.Volunteers.AddRange(volunteers);
                world.Requests.AddRange(history.Requests);
                world.Matches.AddRange(history.Matches);
                world.Signals.AddRange(history.Signals);
                world.Residents.AddRange(history.Residents);
            }

            return world;
        }

        private static T Owned<T>(Network network, T entity)
            where T : Domain.Common.TenantOwnedEntity
        {
            entity.AssignToNetwork(network.Id);
            return entity;
        }
    }

}
