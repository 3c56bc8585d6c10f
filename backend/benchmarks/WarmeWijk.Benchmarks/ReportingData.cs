using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using WarmeWijk.Domain.Volunteers;
using WarmeWijk.Infrastructure.Persistence;
using WarmeWijk.Infrastructure.ReferenceData;
using WarmeWijk.Infrastructure.Seeding;

namespace WarmeWijk.Benchmarks;

/// <summary>What to generate; <see cref="ConnectionString"/> names an empty PostgreSQL database that exists.</summary>
internal sealed record ReportingDataOptions(
    string ConnectionString, int Requests = 1_000_000, int Networks = 150, DateTimeOffset? From = null, DateTimeOffset? Until = null, int Seed = 2026)
{
    public DateTimeOffset PeriodFrom => From ?? new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Exclusive: requests come in up to just before it, and the data are seen as they stand at it.</summary>
    public DateTimeOffset PeriodUntil => Until ?? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
}

/// <summary>What was generated: rows per table, seconds per phase, the database's size, the generator's peak memory.</summary>
internal sealed record ReportingDataSummary(
    IReadOnlyList<(string Table, long Rows)> Rows, IReadOnlyList<(string Phase, double Seconds)> Phases, long DatabaseBytes, long PeakWorkingSetBytes);

/// <summary>
/// The data generator of the reporting benchmark (issue 6): in an empty PostgreSQL database, the schema through the app's
/// migrations, then networks with neighbourhoods, staff, partners and categories (EF Core), and volunteers, residents,
/// help requests with their timelines and follow-ups, matches, referrals, referral cards, signals and volunteer hours
/// from <see cref="SyntheticHistory"/> — the demo's generator — written with binary COPY, one network at a time while the
/// next is generated. Keys, indexes and foreign keys of those tables are dropped for the load and rebuilt after it, then
/// everything is analysed and two networks are read back through EF Core and checked with <see cref="HistoryConsistency"/>.
/// </summary>
internal static class ReportingData
{
    private static readonly string[] SmallTables = ["networks", "staff_users", "partner_organisations", "partner_api_clients", "help_categories", "neighbourhoods", "neighbourhood_sectors"];

    /// <summary>reporting-data [--connection CS] [--requests N] [--networks N] [--from DATE] [--until DATE] [--seed N] [--markdown FILE]</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new ConfigurationBuilder().AddCommandLine(args).Build();
        var connection = options["connection"] ?? Environment.GetEnvironmentVariable("ConnectionStrings__WarmeWijk");
        if (string.IsNullOrWhiteSpace(connection))
        {
            Console.Error.WriteLine("Give the empty PostgreSQL database as --connection \"Host=...;Database=...\" or in ConnectionStrings__WarmeWijk.");
            return 2;
        }

        var summary = await GenerateAsync(new ReportingDataOptions(
            connection,
            options.GetValue("requests", 1_000_000),
            options.GetValue("networks", 150),
            options["from"] is { } from ? DateTimeOffset.Parse(from, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null,
            options["until"] is { } until ? DateTimeOffset.Parse(until, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null,
            options.GetValue("seed", 2026)));
        var markdown = Markdown(summary);
        Console.WriteLine();
        Console.WriteLine(markdown);
        if (options["markdown"] is { } path)
        {
            await File.WriteAllTextAsync(path, markdown);
        }

        return 0;
    }

    public static async Task<ReportingDataSummary> GenerateAsync(ReportingDataOptions options)
    {
        var phases = new List<(string, double)>();
        var clock = Stopwatch.StartNew();
        void Phase(string name)
        {
            phases.Add((name, clock.Elapsed.TotalSeconds));
            Console.WriteLine(Invariant($"== {name}: {clock.Elapsed.TotalSeconds:F1} s"));
            clock.Restart();
        }

        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString) { CommandTimeout = 0, MaxAutoPrepare = 0 };
        var directory = new StatisticalSectorDirectory();
        await using (var db = Context(builder.ConnectionString))
        {
            await EnsureEmptyAsync(db);
            await new DatabaseMigrator(db, new ReferenceSectorSeeder(db, directory), NullLogger<DatabaseMigrator>.Instance).MigrateAsync();
        }

        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await ReportingCopy.CheckColumnsAsync(connection);
        Phase("schema (migrations, reference sectors)");

        var plan = ReportingNetworks.Plan(directory, options.Networks, options.Requests, options.PeriodFrom, options.Seed);
        var hasher = new Microsoft.AspNetCore.Identity.PasswordHasher<object>();
        var (passwordHash, secretHash) = (hasher.HashPassword(new object(), ReportingNetworks.Password), hasher.HashPassword(new object(), ReportingNetworks.PartnerSecret));
        var built = plan.All.Select(p => ReportingNetworks.Build(p, passwordHash, secretHash)).ToList();
        await using (var db = Context(builder.ConnectionString))
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.AddRange(built.Select(b => b.Network));
            db.AddRange(built.SelectMany(b => b.Rows));
            await db.SaveChangesAsync();
        }

        Phase(Invariant($"networks ({plan.All.Count}, with staff, partners, categories and neighbourhoods; EF Core)"));

        var keys = await BulkKeys.DropAsync(connection, [.. ReportingCopy.All.Select(t => t.Name)]);
        Phase("keys, indexes and foreign keys of the bulk tables dropped");

        var counts = ReportingCopy.All.ToDictionary(t => t.Name, _ => 0L);
        var verify = new[] { plan.All.MinBy(p => p.Requests)!.Index, plan.All.MaxBy(p => p.Requests)!.Index };
        var kept = new Dictionary<int, Generated>();
        var generating = Stopwatch.StartNew();
        var generatorSeconds = 0.0;
        var channel = Channel.CreateBounded<Generated>(1);
        var producer = Task.Run(async () =>
        {
            var cardCodes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (network, net) in plan.All.Zip(built))
            {
                var started = Stopwatch.GetTimestamp();
                var generated = Generate(network, net, options, cardCodes);
                generatorSeconds += Stopwatch.GetElapsedTime(started).TotalSeconds;
                await channel.Writer.WriteAsync(generated);
            }

            channel.Writer.Complete();
        });
        var written = 0;
        await foreach (var generated in channel.Reader.ReadAllAsync())
        {
            Write(connection, generated, counts);
            if (verify.Contains(generated.Plan.Index))
            {
                kept[generated.Plan.Index] = generated;
            }

            if (++written % 10 == 0 || written == plan.All.Count)
            {
                Console.WriteLine(Invariant($"   {written}/{plan.All.Count} networks, {counts["help_requests"]:N0} requests, {generating.Elapsed.TotalSeconds:F0} s"));
            }
        }

        await producer;
        Phase(Invariant($"generate and COPY (generator {generatorSeconds:F0} s of it, on its own thread)"));

        await keys.RestoreAsync(connection);
        Phase("keys, indexes and foreign keys rebuilt");

        await Execute(connection, "ANALYZE");
        Phase("ANALYZE");

        var rows = new List<(string, long)>();
        foreach (var table in SmallTables.Concat(ReportingCopy.All.Select(t => t.Name)))
        {
            var actual = await Scalar<long>(connection, $"SELECT count(*) FROM {table}");
            if (counts.TryGetValue(table, out var copied) && copied != actual)
            {
                throw new InvalidOperationException($"{table} has {actual} rows; {copied} were written.");
            }

            rows.Add((table, actual));
        }

        await VerifyAsync(builder.ConnectionString, kept.Values);
        Phase(Invariant($"verified (row counts; networks {string.Join(" and ", kept.Values.Select(k => k.Plan.Slug))} read back through EF Core and checked)"));
        using var process = Process.GetCurrentProcess();
        return new ReportingDataSummary(rows, phases, await Scalar<long>(connection, "SELECT pg_database_size(current_database())"), process.PeakWorkingSet64);
    }

    private static Generated Generate(ReportingNetworks.Planned plan, ReportingNetworks.Built built, ReportingDataOptions options, HashSet<string> cardCodes)
    {
        var domain = $"{plan.Slug}.bench.warmewijk.be";
        var sectors = plan.Sectors;
        var volunteers = SyntheticVolunteers.Create(
            built.Network.Id, domain, [.. sectors.Select(s => s.Code.Value)], plan.Centre, plan.Volunteers, options.PeriodFrom, options.PeriodUntil, plan.Seed);
        var history = SyntheticHistory.Generate(
            new SyntheticNetwork
            {
                NetworkId = built.Network.Id,
                EmailDomain = domain,
                Sectors = [.. sectors.Select(s => new SyntheticSector(s.Code.Value, s.MunicipalityName, plan.PostalCode))],
                Categories = built.Categories,
                Volunteers = volunteers,
                Coordinators = built.Coordinators,
                FieldWorkers = built.FieldWorkers,
                Partners = built.Partners,
                Centre = plan.Centre,
                ElderlyFactor = 0.8 + ((plan.Seed % 7) * 0.08),
                LanguageDiversity = 0.5 + ((plan.Seed % 11) * 0.15),
            },
            new SyntheticHistoryOptions(options.PeriodFrom, options.PeriodUntil, plan.Requests, plan.Seed),
            cardCodes);
        return new Generated(plan, volunteers, history);
    }

    private static void Write(NpgsqlConnection connection, Generated generated, Dictionary<string, long> counts)
    {
        var (volunteers, history) = (generated.Volunteers, generated.History);
        void Count(ICopyTable table, ulong rows) => counts[table.Name] += (long)rows;

        Count(ReportingCopy.Residents, ReportingCopy.Residents.Copy(connection, history.Residents));
        Count(ReportingCopy.Consents, ReportingCopy.Consents.Copy(connection, history.Residents.SelectMany(r => r.Consents.Select(c => (r.Id, c)))));
        Count(ReportingCopy.Volunteers, ReportingCopy.Volunteers.Copy(connection, volunteers));
        Count(ReportingCopy.VolunteerHours, ReportingCopy.VolunteerHours.Copy(connection, volunteers.SelectMany(v => v.Hours.Select(h => (v.Id, h)))));
        Count(ReportingCopy.VolunteerFeedback, ReportingCopy.VolunteerFeedback.Copy(connection, volunteers.SelectMany(v => v.Feedback.Select(f => (v.Id, f)))));
        Count(ReportingCopy.HelpRequests, ReportingCopy.HelpRequests.Copy(connection, history.Requests));
        Count(ReportingCopy.Timeline, ReportingCopy.Timeline.Copy(connection, history.Requests.SelectMany(r => r.Timeline.Select(e => (r.Id, e)))));
        Count(ReportingCopy.FollowUps, ReportingCopy.FollowUps.Copy(connection, history.Requests.SelectMany(r => r.FollowUps.Select(f => (r.Id, f)))));
        Count(ReportingCopy.Matches, ReportingCopy.Matches.Copy(connection, history.Matches));
        Count(ReportingCopy.Referrals, ReportingCopy.Referrals.Copy(connection, history.Referrals));
        Count(ReportingCopy.ReferralCards, ReportingCopy.ReferralCards.Copy(connection, history.ReferralCards));
        Count(ReportingCopy.Signals, ReportingCopy.Signals.Copy(connection, history.Signals));
    }

    /// <summary>Reads the kept networks back through the app's own model and checks them as generated.</summary>
    private static async Task VerifyAsync(string connectionString, IEnumerable<Generated> kept)
    {
        await using var db = Context(connectionString);
        foreach (var generated in kept)
        {
            var networkId = generated.History.Requests[0].NetworkId;
            var requests = await db.HelpRequests.IgnoreQueryFilters().AsNoTracking().Where(r => r.NetworkId == networkId).ToListAsync();
            var matches = await db.VolunteerMatches.IgnoreQueryFilters().AsNoTracking().Where(m => m.NetworkId == networkId).ToListAsync();
            var signals = await db.Signals.IgnoreQueryFilters().AsNoTracking().Where(s => s.NetworkId == networkId).ToListAsync();
            var volunteers = await db.Volunteers.IgnoreQueryFilters().AsNoTracking().Where(v => v.NetworkId == networkId).ToDictionaryAsync(v => v.Id);
            var residents = await db.Residents.IgnoreQueryFilters().AsNoTracking().Where(r => r.NetworkId == networkId).ToDictionaryAsync(r => r.Id);

            var problems = HistoryConsistency.Problems(requests, matches, signals);
            var byId = requests.ToDictionary(r => r.Id);
            foreach (var request in generated.History.Requests)
            {
                var read = byId[request.Id];
                var differences = new (string Field, bool Same)[]
                {
                    ("status", read.Status == request.Status), ("closed at", read.ClosedAt == request.ClosedAt),
                    ("timeline", read.Timeline.Select(e => (e.At, e.To)).Order().SequenceEqual(request.Timeline.Select(e => (e.At, e.To)).Order())),
                    ("time windows", read.TimeWindows.SequenceEqual(request.TimeWindows)), ("needs", read.Needs.SequenceEqual(request.Needs)),
                    ("triage", read.Triage == request.Triage), ("follow-ups", read.FollowUps.Count == request.FollowUps.Count),
                }.Where(d => !d.Same).Select(d => d.Field).ToList();
                if (differences.Count > 0)
                {
                    problems.Add($"request {request.Id} reads back with another {string.Join(", ", differences)}");
                }
            }

            foreach (var volunteer in generated.Volunteers)
            {
                var read = volunteers[volunteer.Id];
                var differences = new (string Field, bool Same)[]
                {
                    ("languages", read.Languages.SequenceEqual(volunteer.Languages)), ("availability", read.Availability.SequenceEqual(volunteer.Availability)),
                    ("absences", read.Absences.SequenceEqual(volunteer.Absences)), ("training", read.Training.SequenceEqual(volunteer.Training)),
                    ("screening", read.Screening == volunteer.Screening), ("resident", read.ResidentId == volunteer.ResidentId),
                    ("hours", read.Hours.Sum(h => h.Hours) == volunteer.Hours.Sum(h => h.Hours)), ("status", read.Status == volunteer.Status),
                }.Where(d => !d.Same).Select(d => d.Field).ToList();
                if (differences.Count > 0)
                {
                    problems.Add($"volunteer {volunteer.Id} reads back with another {string.Join(", ", differences)}");
                }
            }

            if (requests.Count != generated.History.Requests.Count || matches.Count != generated.History.Matches.Count
                || residents.Count != generated.History.Residents.Count
                || residents.Values.Sum(r => r.Consents.Count) != generated.History.Residents.Sum(r => r.Consents.Count))
            {
                problems.Add("the numbers of rows read back differ from those written");
            }

            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"{generated.Plan.Slug}: {problems.Count} problems, e.g. {string.Join("; ", problems.Take(5))}");
            }
        }
    }

    private static async Task EnsureEmptyAsync(AppDbContext db)
    {
        var applied = await db.Database.GetAppliedMigrationsAsync();
        if (applied.Any() && await db.Networks.IgnoreQueryFilters().AnyAsync())
        {
            throw new InvalidOperationException("The database already has networks: give an empty database.");
        }
    }

    private static PostgreSqlAppDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options);

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> Scalar<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static string Markdown(ReportingDataSummary summary)
    {
        var text = new StringBuilder()
            .AppendLine("| table | rows |")
            .AppendLine("| --- | ---: |");
        foreach (var (table, rows) in summary.Rows)
        {
            text.AppendLine(Invariant($"| {table} | {rows:N0} |"));
        }

        text.AppendLine()
            .AppendLine("| phase | seconds |")
            .AppendLine("| --- | ---: |");
        foreach (var (phase, seconds) in summary.Phases)
        {
            text.AppendLine(Invariant($"| {phase} | {seconds:F1} |"));
        }

        return text.AppendLine(Invariant($"| **total** | **{summary.Phases.Sum(p => p.Seconds):F1}** |"))
            .AppendLine()
            .AppendLine(Invariant($"Database size: {summary.DatabaseBytes / 1024.0 / 1024 / 1024:F2} GiB ({summary.DatabaseBytes / 1024 / 1024:N0} MiB). Peak memory of the generator: {summary.PeakWorkingSetBytes / 1024 / 1024:N0} MiB."))
            .ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Generated(ReportingNetworks.Planned Plan, List<Volunteer> Volunteers, SyntheticHistoryResult History);
}
