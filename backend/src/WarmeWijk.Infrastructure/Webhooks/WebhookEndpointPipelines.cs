using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;

namespace WarmeWijk.Infrastructure.Webhooks;

/// <summary>
/// One Polly pipeline per receiving endpoint (scheme + host + port), so that one partner's outage opens only that
/// partner's circuit. Each pipeline: a circuit breaker around a per-attempt timeout. There is deliberately no retry
/// strategy: retries are persisted in the outbox (with backoff) so they survive restarts and are shared by instances.
/// </summary>
internal sealed partial class WebhookEndpointPipelines(
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookEndpointPipelines> logger) : IAsyncDisposable
{
    private readonly ResiliencePipelineRegistry<string> _registry = new();

    /// <summary>The key of an endpoint: scheme and authority, lower case (e.g. <c>https://partner.example:8443</c>).</summary>
    public static string EndpointOf(Uri url) => url.GetLeftPart(UriPartial.Authority).ToLowerInvariant();

    public ResiliencePipeline<HttpResponseMessage> For(string endpoint) =>
        _registry.GetOrAddPipeline<HttpResponseMessage>(endpoint, builder => Configure(builder, endpoint));

    public ValueTask DisposeAsync() => _registry.DisposeAsync();

    /// <summary>What says "this endpoint is unwell": no answer, or an answer that asks to come back later.</summary>
    internal static bool IsEndpointFailure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: OperationCanceledException } => false, // The caller cancelled (shutdown); a timeout is TimeoutRejectedException.
        { Exception: not null } => true,
        { Result: { } response } => (int)response.StatusCode >= 500
            || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests,
        _ => false,
    };

    private void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, string endpoint)
    {
        var settings = options.Value;
        builder.TimeProvider = clock;
        builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = settings.CircuitFailureRatio,
                MinimumThroughput = settings.CircuitMinimumThroughput,
                SamplingDuration = settings.CircuitSamplingDuration,
                BreakDuration = settings.CircuitBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsEndpointFailure(args.Outcome)),
                OnOpened = args =>
                {
                    LogCircuitOpened(logger, endpoint, args.BreakDuration.TotalSeconds);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    LogCircuitClosed(logger, endpoint);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(settings.AttemptTimeout);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook endpoint {Endpoint} keeps failing: its circuit is open for {BreakSeconds} s; its messages wait")]
    private static partial void LogCircuitOpened(ILogger logger, string endpoint, double breakSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook endpoint {Endpoint} answers again: its circuit is closed")]
    private static partial void LogCircuitClosed(ILogger logger, string endpoint);
}
