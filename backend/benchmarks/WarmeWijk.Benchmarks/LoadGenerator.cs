using System.Diagnostics;

namespace WarmeWijk.Benchmarks;

internal sealed record LoadSettings(int Clients, TimeSpan Duration, TimeSpan WarmUp);

/// <summary>Closed-loop load: each client sends its next request as soon as the previous one has been answered.</summary>
internal static class LoadGenerator
{
    /// <summary>Far above what one machine reaches, so every latency of a run fits the pre-sized array.</summary>
    private const int MaxRequestsPerSecond = 50_000;

    /// <summary>The warm-up is reported in windows of this length, to show whether the target had reached a steady state.</summary>
    private static readonly TimeSpan WarmUpWindow = TimeSpan.FromSeconds(10);

    public static async Task<LoadResult> RunAsync(string target, HttpClient http, Func<HttpRequestMessage> newRequest, LoadSettings settings)
    {
        var latencies = new long[(int)(settings.Duration.TotalSeconds * MaxRequestsPerSecond)];
        var recorded = 0;
        var errors = 0L;
        string? firstError = null;

        var startedAt = Stopwatch.GetTimestamp();
        var measureFrom = startedAt + (long)(settings.WarmUp.TotalSeconds * Stopwatch.Frequency);
        var windowTicks = (long)(WarmUpWindow.TotalSeconds * Stopwatch.Frequency);
        var warmUpAnswers = new int[(int)Math.Ceiling(settings.WarmUp / WarmUpWindow)];
        var stopAt = measureFrom + (long)(settings.Duration.TotalSeconds * Stopwatch.Frequency);

        async Task Client()
        {
            while (true)
            {
                var started = Stopwatch.GetTimestamp();
                if (started >= stopAt)
                {
                    return;
                }

                string? error;
                try
                {
                    // SendAsync returns once the whole response body has been read.
                    using var response = await http.SendAsync(newRequest());
                    error = response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    error = e.Message;
                }

                var elapsed = Stopwatch.GetTimestamp() - started;
                if (started < measureFrom)
                {
                    if (error is null)
                    {
                        Interlocked.Increment(ref warmUpAnswers[(started - startedAt) / windowTicks]);
                    }

                    continue;
                }

                if (error is null)
                {
                    var slot = Interlocked.Increment(ref recorded) - 1;
                    if (slot < latencies.Length)
                    {
                        latencies[slot] = elapsed;
                    }
                }
                else
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, error, null);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, settings.Clients).Select(_ => Client()));

        var count = Math.Min(recorded, latencies.Length);
        Array.Sort(latencies, 0, count);
        var warmUp = warmUpAnswers.Select((answers, i) =>
            answers / Math.Min(WarmUpWindow.TotalSeconds, settings.WarmUp.TotalSeconds - i * WarmUpWindow.TotalSeconds)).ToArray();
        return new LoadResult(target, recorded, settings.Duration.TotalSeconds, latencies[..count], errors, firstError, warmUp);
    }
}

/// <param name="WarmUpThroughput">Successful requests per second in each 10 s window of the warm-up.</param>
internal sealed record LoadResult(string Target, long Requests, double Seconds, long[] SortedTicks, long Errors, string? FirstError, double[] WarmUpThroughput)
{
    /// <summary>Successful requests started in the measured window, per second of that window.</summary>
    public double Throughput => Requests / Seconds;

    /// <summary>Nearest-rank percentile of the successful requests' latencies, in milliseconds.</summary>
    public double PercentileMs(double percentile)
    {
        if (SortedTicks.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * SortedTicks.Length);
        return SortedTicks[Math.Clamp(rank - 1, 0, SortedTicks.Length - 1)] * 1000.0 / Stopwatch.Frequency;
    }
}
