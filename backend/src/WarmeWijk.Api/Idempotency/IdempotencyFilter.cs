using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Idempotency;
using WarmeWijk.Infrastructure.Persistence;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace WarmeWijk.Api.Idempotency;

/// <summary>
/// Makes a create endpoint safe to retry: the first response to an Idempotency-Key is stored in the same
/// transaction as the change, and a retry with the same key and body gets that response again. Concurrent
/// retries race on a unique index; the losers roll back their change and replay the winner's response.
/// Retries are rare, so the key is looked up only when an attempt does not succeed: a first request pays for
/// one insert, not for a lookup as well.
/// </summary>
internal sealed class IdempotencyFilter(bool required) : IEndpointFilter
{
    public const string Header = "Idempotency-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[Header].ToString().Trim();
        if (key.Length == 0)
        {
            return required ? Problem(StatusCodes.Status400BadRequest, $"Send an {Header} header (a UUID is a good choice) so a retry never creates a second request.") : await next(context);
        }

        if (key.Length > 200)
        {
            return Problem(StatusCodes.Status400BadRequest, $"The {Header} is longer than 200 characters.");
        }

        var services = http.RequestServices;
        var caller = services.GetRequiredService<ICurrentUser>().Id?.ToString() ?? "anonymous";
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var hash = RequestHash(context, json);
        var db = services.GetRequiredService<AppDbContext>();

        object? result;
        try
        {
            result = await Attempt();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A retry of a request that succeeded before may fail on its way (a unique index, or a rule that no
            // longer holds): it still gets the first response. Without an earlier success the failure stands.
            db.ChangeTracker.Clear();
            if (await Find(db, caller, key) is { } earlier)
            {
                return Replay(earlier, hash);
            }

            throw;
        }

        if (!IsSuccess(result) && await Find(db, caller, key) is { } first)
        {
            return Replay(first, hash);
        }

        return result;

        Task<object?> Attempt() =>
            db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(http.RequestAborted);
                // Any failure rolls the whole transaction back, so the savepoints EF Core puts around each save protect nothing.
                db.Database.AutoSavepointsEnabled = false;
                var attempt = await next(context);
                if (attempt is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } success and IValueHttpResult { Value: { } value })
                {
                    var location = attempt.GetType().GetProperty("Location")?.GetValue(attempt) as string;
                    var resourceId = value.GetType().GetProperty("Id")?.GetValue(value) as Guid? ?? Guid.Empty;
                    db.IdempotencyRecords.Add(new IdempotencyRecord(
                        caller, key, hash, success.StatusCode ?? 200, JsonSerializer.Serialize(new StoredResponse(location, JsonSerializer.Serialize(value, json))),
                        resourceId, DateTimeOffset.UtcNow));
                    await db.SaveChangesAsync(http.RequestAborted);
                    await transaction.CommitAsync(http.RequestAborted);
                }

                return attempt;
            });
    }

    private static bool IsSuccess(object? result) =>
        result is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } and IValueHttpResult { Value: not null };

    private static Task<IdempotencyRecord?> Find(AppDbContext db, string caller, string key) =>
        db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.CallerId == caller && r.Key == key);

    private static IResult Replay(IdempotencyRecord earlier, string hash)
    {
        if (earlier.RequestHash != hash)
        {
            return Problem(StatusCodes.Status422UnprocessableEntity,
                $"This {Header} was already used with a different request body. Use a new key for a new request.");
        }

        var stored = JsonSerializer.Deserialize<StoredResponse>(earlier.ResponseBody)!;
        return new ReplayedResult(earlier.StatusCode, stored);
    }

    /// <summary>The bound request models (not the injected services) stand for the body.</summary>
    private static string RequestHash(EndpointFilterInvocationContext context, JsonSerializerOptions json)
    {
        var models = context.Arguments.Where(a => a?.GetType().Namespace?.StartsWith("WarmeWijk.", StringComparison.Ordinal) == true);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(models, json))));
    }

    private static ProblemHttpResult Problem(int status, string detail) =>
        TypedResults.Problem(statusCode: status, title: status == 422 ? "Idempotency key reused" : "The request is not valid.", detail: detail);

    private sealed record StoredResponse(string? Location, string Body);

    private sealed class ReplayedResult(int status, StoredResponse stored) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.Headers["Idempotent-Replayed"] = "true";
            if (stored.Location is not null)
            {
                httpContext.Response.Headers.Location = stored.Location;
            }

            httpContext.Response.ContentType = "application/json; charset=utf-8";
            return httpContext.Response.WriteAsync(stored.Body);
        }
    }
}

internal static class IdempotencyEndpointExtensions
{
    /// <summary>Accept an optional Idempotency-Key (staff intake) or require one (partner API).</summary>
    public static RouteHandlerBuilder WithIdempotency(this RouteHandlerBuilder builder, bool required = false) =>
        builder.AddEndpointFilter(new IdempotencyFilter(required))
            .WithMetadata(new IdempotencyMetadata(required));
}

/// <summary>Lets the OpenAPI document describe the header.</summary>
internal sealed record IdempotencyMetadata(bool Required);
