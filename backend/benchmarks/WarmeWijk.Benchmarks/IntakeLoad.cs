using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace WarmeWijk.Benchmarks;

/// <summary>
/// Signs in as a demo field worker, registers one resident, then loads the real intake, the intake written by hand and
/// the ceiling one after the other with the same body, and reports each and its throughput ratio to the ceiling.
/// </summary>
internal static class IntakeLoad
{
    public const string FieldWorkerEmail = "fieldworker@kiel.demo.warmewijk.be";
    private const string DemoPassword = "WarmeWijk-demo-2026";
    private const double Target = 0.5;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new ConfigurationBuilder().AddCommandLine(args).Build();
        var settings = new LoadSettings(
            options.GetValue("clients", 50),
            TimeSpan.FromSeconds(options.GetValue("duration", 30)),
            TimeSpan.FromSeconds(options.GetValue("warmup", 120)));

        using var api = NewClient(Required(options, "api"), settings.Clients);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignInAsync(api));
        var body = JsonSerializer.SerializeToUtf8Bytes(IntakeBody.Sample(await RegisterResidentAsync(api)), Json);
        using var ceiling = NewClient(Required(options, "ceiling"), settings.Clients);

        var results = new List<LoadResult>
        {
            await Run("real API, with Idempotency-Key", api, () => Post("/api/v1/help-requests", body, withKey: true)),
        };
        if (options.GetValue("without-key", false))
        {
            results.Add(await Run("real API, without Idempotency-Key", api, () => Post("/api/v1/help-requests", body, withKey: false)));
        }

        results.Add(await Run("by hand: one read, one statement for the four rows", ceiling, () => Post("/by-hand/help-requests", body, withKey: true)));
        results.Add(await Run("ceiling, one raw INSERT", ceiling, () => Post("/ceiling/help-requests", body, withKey: false)));

        var summary = Summary(results[0], results[^2], results[^1]);
        Console.WriteLine();
        Console.WriteLine(Markdown(results));
        Console.WriteLine(summary);
        if (options["markdown"] is { } path)
        {
            await File.WriteAllTextAsync(path, $"{Markdown(results)}\n{summary}\n");
        }

        return results.Any(r => r.Errors > 0) ? 1 : 0;

        Task<LoadResult> Run(string target, HttpClient http, Func<HttpRequestMessage> newRequest)
        {
            Console.WriteLine(Invariant($"{target}: {settings.Clients} clients, {settings.WarmUp.TotalSeconds} s warm-up, {settings.Duration.TotalSeconds} s measured"));
            return LoadGenerator.RunAsync(target, http, newRequest, settings);
        }
    }

    private static HttpRequestMessage Post(string path, byte[] body, bool withKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (withKey)
        {
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        }

        return request;
    }

    private static HttpClient NewClient(string baseAddress, int clients) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseCookies = false })
        {
            BaseAddress = new Uri(baseAddress),
        };

    private static async Task<string> SignInAsync(HttpClient api)
    {
        using var response = await api.PostAsJsonAsync("/api/v1/auth/login", new { email = FieldWorkerEmail, password = DemoPassword });
        return (await ReadSuccessAsync(response)).GetProperty("accessToken").GetString()!;
    }

    private static async Task<Guid> RegisterResidentAsync(HttpClient api)
    {
        const string resident = """
            {
              "firstName": "Maria", "lastName": "Janssens", "birthYear": 1941, "phone": "0475 12 34 56",
              "address": { "street": "Sint-Bernardsesteenweg", "houseNumber": "12", "postalCode": "2020", "municipality": "Antwerpen", "sectorCode": "11002F60-" },
              "languages": ["nl"], "contactPreference": "Phone", "consents": [{ "purpose": "Intake" }]
            }
            """;
        using var content = new StringContent(resident, Encoding.UTF8, "application/json");
        using var response = await api.PostAsync("/api/v1/residents", content);
        return (await ReadSuccessAsync(response)).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> ReadSuccessAsync(HttpResponseMessage response) =>
        response.IsSuccessStatusCode
            ? await response.Content.ReadFromJsonAsync<JsonElement>()
            : throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

    private static string Required(IConfiguration options, string name) =>
        options[name] ?? throw new ArgumentException($"--{name} URL is required.");

    private static string Markdown(IEnumerable<LoadResult> results)
    {
        var table = new StringBuilder()
            .AppendLine("| target | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            table.AppendLine(Invariant(
                $"| {r.Target} | {r.Requests} | {r.Throughput:F0} | {r.PercentileMs(50):F1} | {r.PercentileMs(95):F1} | {r.PercentileMs(99):F1} | {r.PercentileMs(100):F1} | {r.Errors} |"));
        }

        table.AppendLine().AppendLine("Warm-up, successful requests per second in each 10 s window (the measured window follows the last):").AppendLine();
        foreach (var r in results)
        {
            table.AppendLine(Invariant($"- {r.Target}: {string.Join(" → ", r.WarmUpThroughput.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))}"));
        }

        foreach (var r in results.Where(r => r.FirstError is not null))
        {
            var error = r.FirstError!.ReplaceLineEndings(" ");
            table.AppendLine().AppendLine(Invariant($"First error of {r.Target}: `{error[..Math.Min(error.Length, 300)]}`"));
        }

        return table.ToString();
    }

    private static string Summary(LoadResult real, LoadResult byHand, LoadResult ceiling)
    {
        var ratio = real.Throughput / ceiling.Throughput;
        return Invariant(
            $"Throughput ratio real/ceiling: **{ratio:F2}** (target ≥ {Target:F1}: **{(ratio >= Target ? "met" : "not met")}**); p95 {real.PercentileMs(95):F1} ms against {ceiling.PercentileMs(95):F1} ms. By hand/ceiling: {byHand.Throughput / ceiling.Throughput:F2}.");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
