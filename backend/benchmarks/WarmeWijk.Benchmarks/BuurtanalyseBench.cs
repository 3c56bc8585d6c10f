using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace WarmeWijk.Benchmarks;

/// <summary>
/// The buurtanalyse benchmark (issue 5): writes a Flanders-wide generic indicator file (every sector of the reference
/// table × years × 20 indicators), imports it through the real upload endpoint, computes every demo neighbourhood's
/// indicators once, then loads the neighbourhood page's API (GET indicators of Kiel) with closed-loop clients.
/// </summary>
internal static class BuurtanalyseBench
{
    private const string DemoPassword = "WarmeWijk-demo-2026";
    private static readonly string[] DemoNetworks = ["kiel", "groenenhoek", "zwijndrecht", "kapellen", "lier", "herentals", "oud-oefenplein"];

    // The 17 indicators of the engine and three of a network's own, as the generic file would carry them.
    private static readonly string[] WithParts =
    [
        "share_65_plus", "share_80_plus", "share_85_plus", "share_65_plus_living_alone", "share_migration_background",
        "share_increased_allowance", "share_single_person_households", "social_rental_dwellings_per_100_households",
        "population_density", "average_taxable_income", "cars_per_household", "share_0_17", "share_18_64", "share_isolation_risk",
    ];

    private static readonly string[] Counts = ["population", "households", "cars", "income_declarations", "total_taxable_income", "median_taxable_income"];

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new ConfigurationBuilder().AddCommandLine(args).Build();
        var years = options.GetValue("years", 10);
        var settings = new LoadSettings(
            options.GetValue("clients", 4), TimeSpan.FromSeconds(options.GetValue("duration", 20)), TimeSpan.FromSeconds(options.GetValue("warmup", 5)));
        var file = options["file"] ?? Path.Combine(Path.GetTempPath(), "warmewijk-flanders-indicators.csv");
        using var api = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Clients, UseCookies = false })
        {
            BaseAddress = new Uri(options["api"] ?? throw new ArgumentException("--api URL is required.")),
            Timeout = TimeSpan.FromMinutes(10),
        };

        var (sectors, lines) = await WriteFileAsync(options["sectors"] ?? throw new ArgumentException("--sectors CSV is required."), file, years);
        var bytes = new FileInfo(file).Length;
        Console.WriteLine(Invariant($"file: {sectors} sectors × {years} years × {WithParts.Length + Counts.Length} indicators = {lines:N0} lines, {bytes / 1048576.0:F0} MB"));

        await SignInAsync(api, "coordinator", "kiel");
        var upload = Stopwatch.StartNew();
        var import = await ImportAsync(api, file);
        upload.Stop();
        var serverSeconds = (import.GetProperty("finishedAt").GetDateTimeOffset() - import.GetProperty("startedAt").GetDateTimeOffset()).TotalSeconds;
        Console.WriteLine(Invariant($"import: {upload.Elapsed.TotalSeconds:F1} s with the upload, {serverSeconds:F1} s reading and storing; {import.GetProperty("storedValues").GetInt64():N0} values"));

        var perNeighbourhood = new List<(string Network, double Ms, int Indicators)>();
        foreach (var network in DemoNetworks)
        {
            await SignInAsync(api, "analyst", network);
            var id = await FirstNeighbourhoodAsync(api);
            var started = Stopwatch.StartNew();
            var indicators = await ReadSuccessAsync(await api.GetAsync($"/api/v1/neighbourhoods/{id}/indicators"));
            perNeighbourhood.Add((network, started.Elapsed.TotalMilliseconds, indicators.GetProperty("indicators").GetArrayLength()));
        }

        await SignInAsync(api, "analyst", "kiel");
        var kiel = await FirstNeighbourhoodAsync(api);
        Console.WriteLine(Invariant($"load: GET indicators of Kiel, {settings.Clients} clients, {settings.WarmUp.TotalSeconds} s warm-up, {settings.Duration.TotalSeconds} s measured"));
        var load = await LoadGenerator.RunAsync(
            "GET /neighbourhoods/{kiel}/indicators", api, () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/neighbourhoods/{kiel}/indicators"), settings);

        var markdown = Markdown(sectors, years, lines, bytes, upload.Elapsed.TotalSeconds, serverSeconds, perNeighbourhood, load);
        Console.WriteLine(markdown);
        if (options["markdown"] is { } path)
        {
            await File.WriteAllTextAsync(path, markdown);
        }

        return load.Errors > 0 ? 1 : 0;
    }

    private static async Task<(int Sectors, long Lines)> WriteFileAsync(string sectorTable, string file, int years)
    {
        var codes = (await File.ReadAllLinesAsync(sectorTable)).Skip(1).Select(line => line[..line.IndexOf(',', StringComparison.Ordinal)]).ToList();
        await using var writer = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 20);
        await writer.WriteAsync("sector_code,year,indicator,value,numerator,denominator\n");
        var random = new Random(2026);
        var lines = 0L;
        foreach (var code in codes)
        {
            for (var year = 2024 - years + 1; year <= 2024; year++)
            {
                var residents = random.Next(200, 3000);
                foreach (var id in WithParts)
                {
                    var numerator = random.Next(0, residents);
                    await writer.WriteAsync(Invariant($"{code},{year},{id},{100.0 * numerator / residents:F2},{numerator},{residents}\n"));
                }

                foreach (var id in Counts)
                {
                    await writer.WriteAsync(Invariant($"{code},{year},{id},{random.Next(100, 40_000)},,\n"));
                }

                lines += WithParts.Length + Counts.Length;
            }
        }

        return (codes.Count, lines);
    }

    private static async Task<JsonElement> ImportAsync(HttpClient api, string file)
    {
        await using var stream = File.OpenRead(file);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("IndicatorValues"), "kind" },
            { new StreamContent(stream, 1 << 20), "file", Path.GetFileName(file) },
        };
        return await ReadSuccessAsync(await api.PostAsync("/api/v1/buurtanalyse/imports", form));
    }

    private static async Task SignInAsync(HttpClient api, string role, string network)
    {
        using var response = await api.PostAsJsonAsync("/api/v1/auth/login", new { email = $"{role}@{network}.demo.warmewijk.be", password = DemoPassword });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await ReadSuccessAsync(response)).GetProperty("accessToken").GetString());
    }

    private static async Task<Guid> FirstNeighbourhoodAsync(HttpClient api) =>
        (await ReadSuccessAsync(await api.GetAsync("/api/v1/neighbourhoods"))).GetProperty("items")[0].GetProperty("id").GetGuid();

    private static async Task<JsonElement> ReadSuccessAsync(HttpResponseMessage response) =>
        response.IsSuccessStatusCode
            ? await response.Content.ReadFromJsonAsync<JsonElement>()
            : throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

    private static string Markdown(
        int sectors, int years, long lines, long bytes, double uploadSeconds, double serverSeconds,
        List<(string Network, double Ms, int Indicators)> perNeighbourhood, LoadResult load)
    {
        var text = new StringBuilder()
            .AppendLine(Invariant($"Flanders-wide generic indicator file: {sectors:N0} sectors × {years} years × {WithParts.Length + Counts.Length} indicators = {lines:N0} lines ({bytes / 1048576.0:F0} MB)."))
            .AppendLine()
            .AppendLine("| measure | result | target |")
            .AppendLine("| --- | ---: | ---: |")
            .AppendLine(Invariant($"| import, reading and storing (server) | {serverSeconds:F1} s | ≤ 10 s: **{(serverSeconds <= 10 ? "met" : "not met")}** |"))
            .AppendLine(Invariant($"| import, including the upload over loopback | {uploadSeconds:F1} s | |"))
            .AppendLine(Invariant($"| every demo neighbourhood's indicators, first request each (7 neighbourhoods) | {perNeighbourhood.Sum(n => n.Ms):F0} ms in total, slowest {perNeighbourhood.Max(n => n.Ms):F0} ms | |"))
            .AppendLine(Invariant($"| GET indicators of Kiel, {load.Requests} requests, {load.Throughput:F0} req/s: p50 / p95 / p99 | {load.PercentileMs(50):F1} / {load.PercentileMs(95):F1} / {load.PercentileMs(99):F1} ms | p95 ≤ 100 ms: **{(load.PercentileMs(95) <= 100 ? "met" : "not met")}** |"))
            .AppendLine(Invariant($"| errors under load | {load.Errors} | 0 |"))
            .AppendLine()
            .AppendLine("First request per neighbourhood: " + string.Join(", ", perNeighbourhood.Select(n => Invariant($"{n.Network} {n.Ms:F0} ms ({n.Indicators} indicators)"))) + ".");
        return text.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
