using System.Diagnostics;

namespace WarmeWijk.Benchmarks;

internal sealed record LoadSettings(int Clients, TimeSpan Duration, TimeSpan WarmUp);

/// <summary>Closed-loop load: each client sends its next request as soon as the previous one has been answered.</summary>
internal static class LoadGenerator
{
    /// <summary>Far above what one machine reaches, so every latency of a run fits the pre-sized array.</summary>
    private const int MaxRequestsPerSecond = 50_000;

    public static async Task<LoadResult> RunAsync(string target, HttpClient http, Func<HttpRequestMessage> newRequest, LoadSettings settings)
    {
        var latencies = new long[(int)(settings.Duration.TotalSeconds * MaxRequestsPerSecond)];
        var recorded = 0;
        var errors = 0L;
        string? firstError = null;

        var measureFrom = Stopwatch.GetTimestamp() + (long)(settings.WarmUp.TotalSeconds * Stopwatch.Frequency);
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
                    continue; // warm-up
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
        return new LoadResult(target, recorded, settings.Duration.TotalSeconds, latencies[..count], errors, firstError);
    }
}

internal sealed record LoadResult(string Target, long Requests, double Seconds, long[] SortedTicks, long Errors, string? FirstError)
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
