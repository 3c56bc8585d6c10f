using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using WarmeWijk.Application.Auth.Throttling;

namespace WarmeWijk.Api.Security;

/// <summary>How many failed attempts one source may make within a window, for one account or partner client.</summary>
public sealed class FailureWindow
{
    public int Failures { get; set; }

    public TimeSpan Window { get; set; }
}

/// <summary>
/// The windows that throttle failed sign-ins (e-mail + address) and failed partner secrets (client id + address). Each
/// longer window allows more failures, so a source that keeps guessing waits longer and longer: by default 5 failures a
/// minute, 10 a quarter of an hour and 20 a day.
/// </summary>
public sealed class CredentialThrottleOptions
{
    public const string Section = "Auth:GuessingThrottle";

    public bool Enabled { get; set; } = true;

    public FailureWindow First { get; set; } = new() { Failures = 5, Window = TimeSpan.FromMinutes(1) };

    public FailureWindow Second { get; set; } = new() { Failures = 10, Window = TimeSpan.FromMinutes(15) };

    public FailureWindow Third { get; set; } = new() { Failures = 20, Window = TimeSpan.FromDays(1) };
}

/// <summary>
/// ASP.NET Core's partitioned fixed-window rate limiters, chained, one partition per credential and address: a failure
/// takes one permit of every window, and an attempt is refused while any window has none left. The counts live in this
/// process; a partition is dropped by the limiter itself once its windows have passed. Only existing accounts and
/// clients are counted, so the number of partitions is bounded by them and the addresses guessing at them.
/// <para>
/// The limiters cannot empty a partition, so a success forgets it instead: each credential and address that has failed
/// holds the number of its current partition, and a success removes that number, so the next failure starts a new,
/// empty partition (the old one is dropped by the limiter once its windows have passed). Numbers of sources that failed
/// and never succeeded are swept once the longest window has passed since their last failure.
/// </para>
/// </summary>
internal sealed class CredentialThrottle : ICredentialThrottle, IDisposable
{
    private const int SweepEvery = 1024;

    private readonly PartitionedRateLimiter<string>? _failures;
    private readonly ConcurrentDictionary<string, Partition> _partitions = new(StringComparer.Ordinal);
    private readonly TimeSpan _longestWindow;
    private long _lastPartition;
    private long _failuresSinceSweep;

    public CredentialThrottle(IOptions<CredentialThrottleOptions> options)
    {
        var settings = options.Value;
        if (settings.Enabled)
        {
            _failures = PartitionedRateLimiter.CreateChained(Limiter(settings.First), Limiter(settings.Second), Limiter(settings.Third));
            _longestWindow = new[] { settings.First.Window, settings.Second.Window, settings.Third.Window }.Max();
        }
    }

    public bool IsThrottled(CredentialKind kind, string credential, string address)
    {
        if (_failures is null || !_partitions.TryGetValue(Key(kind, credential, address), out var partition))
        {
            return false;
        }

        // Zero permits asks whether any are left, without taking one.
        using var lease = _failures.AttemptAcquire(partition.Name, permitCount: 0);
        return !lease.IsAcquired;
    }

    public void RecordFailure(CredentialKind kind, string credential, string address)
    {
        if (_failures is null)
        {
            return;
        }

        var now = Environment.TickCount64;
        var partition = _partitions.AddOrUpdate(
            Key(kind, credential, address),
            (key, _) => new Partition($"{key}|{Interlocked.Increment(ref _lastPartition)}", now),
            (_, existing, _) => existing with { LastFailure = now },
            0);
        using var lease = _failures.AttemptAcquire(partition.Name);
        if (Interlocked.Increment(ref _failuresSinceSweep) % SweepEvery == 0)
        {
            Sweep(now);
        }
    }

    public void RecordSuccess(CredentialKind kind, string credential, string address) =>
        _partitions.TryRemove(Key(kind, credential, address), out _);

    /// <summary>How many credentials and addresses have failures to remember; for the tests.</summary>
    internal int Remembered => _partitions.Count;

    public void Dispose() => _failures?.Dispose();

    private void Sweep(long now)
    {
        foreach (var (key, partition) in _partitions)
        {
            if (TimeSpan.FromMilliseconds(now - partition.LastFailure) > _longestWindow)
            {
                _partitions.TryRemove(new KeyValuePair<string, Partition>(key, partition));
            }
        }
    }

    private static string Key(CredentialKind kind, string credential, string address) => $"{kind}|{credential}|{address}";

    private static PartitionedRateLimiter<string> Limiter(FailureWindow window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = window.Failures,
            Window = window.Window,
            QueueLimit = 0,
        }));

    /// <summary>The limiters' partition for one credential and address, and when it last failed (Environment.TickCount64).</summary>
    private sealed record Partition(string Name, long LastFailure);
}
