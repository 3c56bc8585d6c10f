namespace WarmeWijk.Infrastructure.Webhooks;

/// <summary>When a failed message is tried again: exponential backoff with "equal jitter".</summary>
public static class WebhookRetrySchedule
{
    /// <summary>
    /// The wait after the <paramref name="failedAttempts"/>-th failed attempt: <c>min(maxDelay, baseDelay x 2^(n-1))</c>,
    /// of which the upper half is random (<paramref name="random"/> in [0, 1)), so the wait lies between half and all
    /// of it. The random half spreads out the retries of many messages that failed together; the fixed half keeps
    /// the backoff growing.
    /// </summary>
    public static TimeSpan Delay(int failedAttempts, TimeSpan baseDelay, TimeSpan maxDelay, double random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failedAttempts - 1, 30));
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((capped / 2) + (capped / 2 * Math.Clamp(random, 0, 1)));
    }
}
