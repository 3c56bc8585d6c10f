namespace WarmeWijk.Infrastructure.Webhooks;

/// <summary>The webhook dispatcher's settings (configuration section <c>Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Run the dispatcher in this instance. Messages are still written to the outbox when it is off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long the dispatcher waits before looking again when it found less than a full batch.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest one POST to a partner may take before it counts as failed.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait after the first failed attempt; it doubles after each further failure (with jitter).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this many failed attempts a message is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 15;

    /// <summary>How many messages one poll leases at most.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How many messages of a batch are sent at the same time (never two about the same subject).</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>
    /// How long a leased batch stays reserved for this instance. Must outlast sending the whole batch; a lease left
    /// by a crashed instance is taken over by another after this time.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an endpoint's circuit stays open before one trial message is let through.</summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The share of failed attempts to one endpoint, within <see cref="CircuitSamplingDuration"/>, that opens its circuit.</summary>
    public double CircuitFailureRatio { get; set; } = 0.5;

    /// <summary>The number of attempts within <see cref="CircuitSamplingDuration"/> before the circuit can open at all (at least 2).</summary>
    public int CircuitMinimumThroughput { get; set; } = 5;

    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The problems with these settings, empty when they are usable.</summary>
    public IEnumerable<string> Problems()
    {
        static bool Positive(TimeSpan value) => value > TimeSpan.Zero;

        if (!Positive(PollInterval) || !Positive(BaseDelay))
        {
            yield return "Webhooks: PollInterval and BaseDelay must be positive.";
        }

        // Polly's own limits, checked here so that a bad value stops the start instead of failing every poll.
        if (AttemptTimeout < TimeSpan.FromMilliseconds(10) || AttemptTimeout > TimeSpan.FromHours(24))
        {
            yield return "Webhooks:AttemptTimeout must be between 10 ms and 24 h.";
        }

        if (CircuitBreakDuration < TimeSpan.FromMilliseconds(500) || CircuitBreakDuration > TimeSpan.FromHours(24))
        {
            yield return "Webhooks:CircuitBreakDuration must be between 0.5 s and 24 h.";
        }

        if (MaxDelay < BaseDelay)
        {
            yield return "Webhooks:MaxDelay must be at least Webhooks:BaseDelay.";
        }

        if (MaxAttempts is < 1 or > 100 || BatchSize is < 1 or > 1000 || MaxConcurrency is < 1 or > 64)
        {
            yield return "Webhooks: MaxAttempts must be 1-100, BatchSize 1-1000, MaxConcurrency 1-64.";
        }

        var rounds = (BatchSize + MaxConcurrency - 1) / MaxConcurrency;
        if (LeaseDuration <= AttemptTimeout * rounds)
        {
            yield return $"Webhooks:LeaseDuration must be longer than a whole batch can take (AttemptTimeout x {rounds}).";
        }

        if (CircuitFailureRatio is <= 0 or > 1 || CircuitMinimumThroughput < 2
            || CircuitSamplingDuration < TimeSpan.FromMilliseconds(500) || CircuitSamplingDuration > TimeSpan.FromHours(24))
        {
            yield return "Webhooks: CircuitFailureRatio must be in (0, 1], CircuitMinimumThroughput at least 2, CircuitSamplingDuration between 0.5 s and 24 h.";
        }
    }
}
