using System.Diagnostics;
using System.Globalization;
using Npgsql;
using WarmeWijk.Application;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Reporting;
using WarmeWijk.Application.Reporting.Dashboard;
using WarmeWijk.Application.Reporting.NetworksReport;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure;

namespace WarmeWijk.Benchmarks;

/// <summary>
/// The reporting benchmark (issue 6), on a database filled by the <c>reporting-data</c> mode: one network's yearly
/// dashboard (the largest network and a middle-sized one) through the application's mediator, as an endpoint runs it,
/// and the all-networks yearly roll-up; each next to hand-written PostgreSQL computing the same figures, timed
/// alternately in the same run. Prints p50 and p95 per query and the ratio of the p95s.
/// </summary>
internal static class ReportingBenchmark
{
    private const int WarmUpRuns = 10;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new ConfigurationBuilder().AddCommandLine(args).Build();
        var connection = options["connection"] ?? throw new ArgumentException("--connection is required.");
        var year = options.GetValue("year", 2025);
        var iterations = options.GetValue("iterations", 30);
        var period = new ReportPeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

        var user = new BenchmarkUser();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<ICurrentUser>(user)
            .AddApplication(new ConfigurationBuilder().Build())
            .AddInfrastructure(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:WarmeWijk"] = connection,
                ["Database:Provider"] = "PostgreSql",
            }).Build())
            .BuildServiceProvider();

        await using var sql = new NpgsqlConnection(connection);
        await sql.OpenAsync();
        var networks = await NetworksBySizeAsync(sql, period);
        var (largest, middle) = (networks[0], networks[networks.Count / 2]);
        Console.WriteLine(Invariant($"{networks.Count} networks with requests in {year}; largest {largest.Slug} ({largest.Requests:N0}), middle {middle.Slug} ({middle.Requests:N0}); {Environment.ProcessorCount} cores"));

        var lines = new List<string>
        {
            "| query | app p50 | app p95 | SQL p50 | SQL p95 | ratio (p95) |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        };
        foreach (var network in new[] { largest, middle })
        {
            user.NetworkId = network.Id;
            lines.Add(await CompareAsync($"dashboard {year}, {network.Slug} ({network.Requests:N0} requests)", iterations,
                async () =>
                {
                    await using var scope = services.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetDashboardQuery(period.From, period.To, null, null, null));
                },
                () => DashboardSqlAsync(sql, network.Id, period)));
        }

        lines.Add(await CompareAsync($"all {networks.Count} networks, {year} ({networks.Sum(n => n.Requests):N0} requests)", Math.Max(5, iterations / 3),
            async () =>
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<NetworksReport>().BuildAsync(period, CancellationToken.None);
            },
            () => AllNetworksSqlAsync(sql, period)));

        lines.ForEach(Console.WriteLine);
        if (options["markdown"] is { } path)
        {
            await File.WriteAllLinesAsync(path, lines);
        }

        return 0;
    }

    private static async Task<string> CompareAsync(string name, int iterations, Func<Task> app, Func<Task> sql)
    {
        // Warm up both until they run steady (tiered JIT recompiles hot methods after 30 calls; plans, caches), then
        // alternate so that both see the same machine.
        for (var i = 0; i < WarmUpRuns; i++)
        {
            await app();
            await sql();
        }

        var (appTimes, sqlTimes) = (new double[iterations], new double[iterations]);
        for (var i = 0; i < iterations; i++)
        {
            appTimes[i] = await TimeAsync(app);
            sqlTimes[i] = await TimeAsync(sql);
        }

        Array.Sort(appTimes);
        Array.Sort(sqlTimes);
        var line = Invariant($"| {name} | {P(appTimes, 50):F0} ms | {P(appTimes, 95):F0} ms | {P(sqlTimes, 50):F0} ms | {P(sqlTimes, 95):F0} ms | {P(appTimes, 95) / P(sqlTimes, 95):F2} |");
        Console.WriteLine(line);
        return line;
    }

    private static async Task<double> TimeAsync(Func<Task> run)
    {
        var started = Stopwatch.GetTimestamp();
        await run();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static double P(double[] sorted, double percentile) => sorted[Math.Max(0, (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1)];

    private static async Task<List<(Guid Id, string Slug, long Requests)>> NetworksBySizeAsync(NpgsqlConnection sql, ReportPeriod period)
    {
        await using var command = new NpgsqlCommand("""
            SELECT n.id, n.slug, COUNT(*) FROM help_requests h JOIN networks n ON n.id = h.network_id
            WHERE h.created_at >= @start AND h.created_at < @end GROUP BY n.id, n.slug ORDER BY COUNT(*) DESC
            """, sql);
        command.Parameters.AddWithValue("start", period.Start);
        command.Parameters.AddWithValue("end", period.End);
        var networks = new List<(Guid, string, long)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            networks.Add((reader.GetGuid(0), reader.GetString(1), reader.GetInt64(2)));
        }

        return networks;
    }

    /// <summary>The per-request figures of a group, as SQL aggregates: counts, then median and p90 of the three durations.</summary>
    private const string Figures = """
        COUNT(*), COUNT(first_contact_at), COUNT(triaged_at), COUNT(*) FILTER (WHERE triaged_at IS NOT NULL AND triage_decided_route = 'Heavy'),
        COUNT(matched_at), COUNT(referred_at), COUNT(partner_accepted_at),
        COUNT(*) FILTER (WHERE status = 'Completed'), COUNT(*) FILTER (WHERE status = 'Closed'), COUNT(*) FILTER (WHERE status = 'ClosedNoOffer'),
        COUNT(*) FILTER (WHERE status = 'Cancelled'), COUNT(*) FILTER (WHERE closed_at IS NULL),
        percentile_cont(0.5) WITHIN GROUP (ORDER BY to_contact), percentile_cont(0.9) WITHIN GROUP (ORDER BY to_contact),
        percentile_cont(0.5) WITHIN GROUP (ORDER BY to_triage), percentile_cont(0.9) WITHIN GROUP (ORDER BY to_triage),
        percentile_cont(0.5) WITHIN GROUP (ORDER BY to_match), percentile_cont(0.9) WITHIN GROUP (ORDER BY to_match)
        """;

    private const string Durations = """
        EXTRACT(EPOCH FROM first_contact_at - created_at) / 3600 AS to_contact,
        EXTRACT(EPOCH FROM triaged_at - created_at) / 3600 AS to_triage,
        EXTRACT(EPOCH FROM matched_at - created_at) / 3600 AS to_match
        """;

    /// <summary>
    /// Everything the dashboard shows, by hand: this and the previous period, four breakdowns, waiting list, signals, reach
    /// (with the isolated elderly and the residents who also volunteer), volunteers (with who helped), and the names it labels
    /// them with. The small-count protection is left out: it has no SQL form.
    /// </summary>
    private static async Task DashboardSqlAsync(NpgsqlConnection sql, Guid network, ReportPeriod period)
    {
        var previous = period.Previous;
        await using var batch = new NpgsqlBatch(sql)
        {
            BatchCommands =
            {
                new($"""
                    WITH sectors AS (SELECT DISTINCT ON (s.code) s.code, s.neighbourhood_id FROM neighbourhood_sectors s
                                     JOIN neighbourhoods n ON n.id = s.neighbourhood_id WHERE n.network_id = $1 ORDER BY s.code, n.name),
                         f AS (SELECT h.*, to_char(h.created_at AT TIME ZONE 'Europe/Brussels', 'YYYY-MM') AS month,
                                      COALESCE(s.neighbourhood_id::text, 'outside') AS neighbourhood, {Durations}
                               FROM help_requests h LEFT JOIN sectors s ON s.code = h.sector_code
                               WHERE h.network_id = $1 AND h.created_at >= $2 AND h.created_at < $3)
                    SELECT month, category_code, channel, neighbourhood, {Figures}
                    FROM f GROUP BY GROUPING SETS ((), (month), (category_code), (channel), (neighbourhood))
                    """),
                new($"SELECT {Figures} FROM (SELECT *, {Durations} FROM help_requests WHERE network_id = $1 AND created_at >= $4 AND created_at < $2) f"),
                new("""
                    SELECT COUNT(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY now() - COALESCE(waitlisted_at, created_at)), MAX(now() - COALESCE(waitlisted_at, created_at))
                    FROM help_requests WHERE network_id = $1 AND status = 'Waitlisted'
                    """),
                new("SELECT theme, COUNT(*) FROM signals WHERE network_id = $1 AND raised_at >= $2 AND raised_at < $3 GROUP BY theme"),
                new("""
                    WITH reached AS (SELECT h.resident_id, bool_or(c.buddy_types && ARRAY['Chat', 'Network']) AS asked_for_company
                                     FROM help_requests h JOIN help_categories c ON c.network_id = h.network_id AND c.code = h.category_code
                                     WHERE h.network_id = $1 AND h.created_at >= $2 AND h.created_at < $3
                                       AND h.sector_code IN (SELECT s.code FROM neighbourhood_sectors s JOIN neighbourhoods n ON n.id = s.neighbourhood_id WHERE n.network_id = $1)
                                     GROUP BY h.resident_id)
                    SELECT COUNT(*), COUNT(*) FILTER (WHERE $5 - r.birth_year < 25), COUNT(*) FILTER (WHERE $5 - r.birth_year BETWEEN 25 AND 64),
                           COUNT(*) FILTER (WHERE $5 - r.birth_year BETWEEN 65 AND 79), COUNT(*) FILTER (WHERE $5 - r.birth_year >= 80),
                           COUNT(*) FILTER (WHERE r.birth_year IS NULL), COUNT(*) FILTER (WHERE $5 - r.birth_year >= 65 AND asked_for_company),
                           COUNT(*) FILTER (WHERE r.languages[1] <> 'nl'),
                           (SELECT COUNT(DISTINCT v.resident_id) FROM volunteers v WHERE v.network_id = $1 AND v.resident_id IN (SELECT resident_id FROM reached))
                    FROM reached JOIN residents r ON r.id = reached.resident_id
                    """),
                new("""
                    SELECT i.key, f.year, SUM(CASE WHEN jsonb_typeof(i.value -> 'n') = 'number' THEN (i.value ->> 'n')::numeric END)
                    FROM sector_year_figures f CROSS JOIN LATERAL jsonb_each(f.figures::jsonb) i
                    WHERE f.sector_code IN (SELECT s.code FROM neighbourhood_sectors s JOIN neighbourhoods n ON n.id = s.neighbourhood_id WHERE n.network_id = $1)
                      AND i.key IN ('share_65_plus', 'share_80_plus', 'share_65_plus_living_alone', 'share_migration_background') AND f.year <= $5
                    GROUP BY i.key, f.year
                    """),
                new("""
                    SELECT (SELECT COALESCE(SUM(hours), 0) FROM volunteer_matches WHERE network_id = $1 AND completed_at >= $2 AND completed_at < $3),
                           (SELECT COALESCE(SUM(h.hours), 0) FROM volunteer_hours h JOIN volunteers v ON v.id = h.volunteer_id WHERE v.network_id = $1 AND h."on" BETWEEN $6 AND $7),
                           (SELECT COUNT(*) FROM volunteers WHERE network_id = $1 AND status = 'Active'),
                           (SELECT COUNT(*) FROM (SELECT volunteer_id FROM volunteer_matches WHERE network_id = $1 AND completed_at >= $2 AND completed_at < $3 AND hours IS NOT NULL
                                                  UNION SELECT h.volunteer_id FROM volunteer_hours h JOIN volunteers v ON v.id = h.volunteer_id WHERE v.network_id = $1 AND h."on" BETWEEN $6 AND $7) helped)
                    """),
                new("""
                    SELECT 'network', id::text, name FROM networks WHERE id = $1
                    UNION ALL SELECT 'neighbourhood', id::text, name FROM neighbourhoods WHERE network_id = $1
                    UNION ALL SELECT 'category', code, name_nl FROM help_categories WHERE network_id = $1
                    """),
            },
        };
        foreach (var command in batch.BatchCommands)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = network });
            command.Parameters.Add(new NpgsqlParameter { Value = period.Start });
            command.Parameters.Add(new NpgsqlParameter { Value = period.End });
            command.Parameters.Add(new NpgsqlParameter { Value = previous.Start });
            command.Parameters.Add(new NpgsqlParameter { Value = period.To.Year });
            command.Parameters.Add(new NpgsqlParameter { Value = period.From });
            command.Parameters.Add(new NpgsqlParameter { Value = period.To });
        }

        await DrainAsync(await batch.ExecuteReaderAsync());
    }

    private static async Task AllNetworksSqlAsync(NpgsqlConnection sql, ReportPeriod period)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT network_id, {Figures}
            FROM (SELECT *, {Durations} FROM help_requests WHERE created_at >= $1 AND created_at < $2) f
            GROUP BY GROUPING SETS ((network_id), ())
            """, sql);
        command.Parameters.Add(new NpgsqlParameter { Value = period.Start });
        command.Parameters.Add(new NpgsqlParameter { Value = period.End });
        await DrainAsync(await command.ExecuteReaderAsync());
    }

    private static async Task DrainAsync(NpgsqlDataReader reader)
    {
        await using (reader)
        {
            do
            {
                while (await reader.ReadAsync())
                {
                    var values = new object[reader.FieldCount];
                    reader.GetValues(values);
                }
            }
            while (await reader.NextResultAsync());
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class BenchmarkUser : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public Guid? Id { get; } = Guid.NewGuid();

        public Guid? NetworkId { get; set; }

        public Role? Role => Domain.Identity.Role.Coordinator;

        public Guid? PartnerOrganisationId => null;
    }
}
