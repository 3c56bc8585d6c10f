using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using WarmeWijk.Api.ErrorHandling;

namespace WarmeWijk.Api.Security;

/// <summary>How many API requests a caller may make per minute: a signed-in user or partner client, or an anonymous address.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public bool Enabled { get; set; } = true;

    /// <summary>Per staff user or partner client; generous for people, a brake on a runaway script.</summary>
    public int PerCallerPerMinute { get; set; } = 600;

    /// <summary>Per IP address for requests without a token (sign-in, token, refresh): slows password guessing down.</summary>
    public int AnonymousPerMinute { get; set; } = 30;
}

/// <summary>
/// One fixed window per caller: signed-in callers by their id (a staff user and a partner client never share a budget,
/// however many devices or addresses they use), anonymous ones by address. Over the limit: 429 with Retry-After.
/// </summary>
internal static class RateLimits
{
    public static IServiceCollection AddWarmeWijkRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        return services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, options));
            limiter.OnRejected = (rejected, _) => RejectAsync(rejected.HttpContext, rejected.Lease);
        });
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions options)
    {
        if (!options.Enabled || !context.Request.Path.StartsWithSegments("/api"))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var caller = context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.User.FindFirstValue("sub");
        return caller is not null
            ? FixedWindow($"caller:{caller}", options.PerCallerPerMinute)
            : FixedWindow($"address:{context.Connection.RemoteIpAddress}", options.AnonymousPerMinute);
    }

    private static RateLimitPartition<string> FixedWindow(string key, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    private static ValueTask RejectAsync(HttpContext context, RateLimitLease lease)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return new ValueTask(ProblemResponses.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests",
            $"You sent more requests than allowed per minute. Try again in {seconds} seconds."));
    }
}
