using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WarmeWijk.Application.Common.Messaging;

namespace WarmeWijk.Application.Common.Behaviours;

public sealed class SlowRequestOptions
{
    public const string Section = "Diagnostics";

    public TimeSpan SlowRequestThreshold { get; set; } = TimeSpan.FromMilliseconds(500);
}

/// <summary>Warns when a handler (with the behaviours inside it) takes longer than the configured threshold.</summary>
public sealed partial class SlowRequestBehaviour<TRequest, TResponse>(
    ILogger<SlowRequestBehaviour<TRequest, TResponse>> logger,
    IOptions<SlowRequestOptions> options) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next();
        }
        finally
        {
            // Also when the request failed: a slow failure is as worth knowing as a slow success.
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed > options.Value.SlowRequestThreshold)
            {
                LogSlowRequest(logger, typeof(TRequest).Name, (long)elapsed.TotalMilliseconds);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slow request {RequestName} took {ElapsedMilliseconds} ms")]
    private static partial void LogSlowRequest(ILogger logger, string requestName, long elapsedMilliseconds);
}
