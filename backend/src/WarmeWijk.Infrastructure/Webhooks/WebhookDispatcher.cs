using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;
using WarmeWijk.Domain.Webhooks;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Infrastructure.Webhooks;

/// <summary>
/// Delivers the outbox. Every poll it leases a batch of due messages, POSTs each (signed) to its subscription's URL
/// through that endpoint's Polly pipeline, and records the outcome.
/// <list type="bullet">
/// <item>Due: pending (not delivered, not dead-lettered), NextAttemptAt reached, lease free or expired, and no older
/// pending message for the same (subscription, subject) - so messages about one subject arrive in order.</item>
/// <item>Leasing is a conditional UPDATE (lease free or expired) tagged with a token unique to this batch, then a
/// read of the rows that carry the token. Two instances on one database can pick the same candidates, but only one
/// UPDATE matches each row (PostgreSQL re-checks the condition after waiting for the row lock; SQLite serialises
/// writers), so a message is never sent by two instances at once. Outcomes are written only while the lease is
/// still held.</item>
/// <item>2xx: delivered. Anything else: another attempt after exponential backoff with jitter, or dead-lettered
/// after <see cref="WebhookOptions.MaxAttempts"/> attempts. An open circuit postpones the message without counting
/// an attempt: the receiver was not called.</item>
/// </list>
/// Delivery is at least once: a partner that answers after the attempt timed out, or an instance that dies between
/// sending and recording, causes a second POST with the same webhook-id.
/// </summary>
internal sealed partial class WebhookDispatcher(
    IServiceScopeFactory scopes,
    IHttpClientFactory httpClients,
    WebhookEndpointPipelines pipelines,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    public const string HttpClientName = "WarmeWijk.Webhooks";

    private const string CircuitOpenError = "Not sent: the endpoint failed repeatedly and its circuit is open. This does not count as an attempt.";

    private readonly string _worker = string.Join(
        ':',
        Environment.MachineName.Length <= 40 ? Environment.MachineName : Environment.MachineName[..40],
        Environment.ProcessId,
        Guid.NewGuid().ToString("N")[..8]);

    private WebhookOptions Settings => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogStarted(logger, _worker, Settings.PollInterval.TotalSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var leased = 0;
            try
            {
                leased = await DispatchDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The loop must survive anything (a database restart, a migration not yet applied).
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogPollFailed(logger, exception);
            }

            // A full batch suggests more is waiting: look again at once.
            if (leased < Settings.BatchSize)
            {
                try
                {
                    await Task.Delay(Settings.PollInterval, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    /// <summary>One poll: lease a batch, deliver it, release what was not finished. Returns the number leased.</summary>
    internal async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var lease = $"{_worker}/{Guid.NewGuid():N}";
        var mayHoldLeases = false;
        try
        {
            var batch = await LeaseAsync(lease, () => mayHoldLeases = true, cancellationToken);
            if (batch.Count == 0)
            {
                return 0;
            }

            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Settings.MaxConcurrency, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(batch, parallel, async (item, token) => await DeliverAsync(item, lease, token));
            return batch.Count;
        }
        finally
        {
            if (mayHoldLeases)
            {
                // Normally a no-op; on shutdown it hands unfinished messages back at once instead of after the lease.
                await ReleaseAsync(lease);
            }
        }
    }

    /// <summary>Due messages, oldest pending first per (subscription, subject). Ignores the tenant filter: this is background work.</summary>
    private static IQueryable<OutboxMessage> Due(AppDbContext db, DateTimeOffset now)
    {
        var messages = db.OutboxMessages.IgnoreQueryFilters();
        return messages.Where(m =>
            m.DeliveredAt == null && m.DeadLetteredAt == null && m.NextAttemptAt <= now
            && (m.LeasedUntil == null || m.LeasedUntil < now)
            && !messages.Any(older =>
                older.SubscriptionId == m.SubscriptionId && older.SubjectId == m.SubjectId
                && older.DeliveredAt == null && older.DeadLetteredAt == null
                && (older.CreatedAt < m.CreatedAt || (older.CreatedAt == m.CreatedAt && older.Id.CompareTo(m.Id) < 0))));
    }

    private async Task<List<LeasedMessage>> LeaseAsync(string lease, Action leased, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();

        var candidates = await Due(db, now)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.CreatedAt)
            .Select(m => m.Id)
            .Take(Settings.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        // The optimistic check: only rows whose lease is still free (and that are still due) are taken. Flag the
        // lease first: if the UPDATE is retried after a lost acknowledgement it reports 0 rows that are leased all the same.
        leased();
        var until = now + Settings.LeaseDuration;
        var taken = await Due(db, now)
            .Where(m => candidates.Contains(m.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.LeasedBy, lease).SetProperty(m => m.LeasedUntil, until), cancellationToken);
        if (taken == 0)
        {
            return [];
        }

        return await (
            from m in db.OutboxMessages.IgnoreQueryFilters().AsNoTracking()
            join s in db.WebhookSubscriptions.IgnoreQueryFilters() on m.SubscriptionId equals s.Id
            where m.LeasedBy == lease
            select new LeasedMessage(m, s.Url, s.Secret, s.IsActive)).ToListAsync(cancellationToken);
    }

    private async Task DeliverAsync(LeasedMessage item, string lease, CancellationToken cancellationToken)
    {
        var message = item.Message;
        if (!item.SubscriptionActive)
        {
            message.MarkFailed("Not sent: the partner deleted the subscription.", clock.GetUtcNow(), retryAt: null);
            await CompleteAsync(message, lease);
            LogDroppedForInactiveSubscription(logger, message.Id, message.SubscriptionId);
            return;
        }

        var url = new Uri(item.Url, UriKind.Absolute);
        var endpoint = WebhookEndpointPipelines.EndpointOf(url);
        string? error;
        try
        {
            var client = httpClients.CreateClient(HttpClientName);
            using var response = await pipelines.For(endpoint).ExecuteAsync(
                async token =>
                {
                    using var request = SignedRequest(url, message, item.Secret);
                    return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
                },
                cancellationToken);
            error = response.IsSuccessStatusCode ? null : $"The endpoint answered HTTP {(int)response.StatusCode} ({response.StatusCode}).";
        }
        catch (BrokenCircuitException open)
        {
            await PostponeAsync(message, lease, open.RetryAfter ?? Settings.CircuitBreakDuration);
            return;
        }
        catch (TimeoutRejectedException)
        {
            error = $"No answer within {Settings.AttemptTimeout.TotalSeconds} s.";
        }
        catch (HttpRequestException exception)
        {
            error = $"The endpoint could not be reached ({exception.HttpRequestError}): {exception.Message}";
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return; // Shutting down: the lease is released after the batch; the attempt does not count.
        }
#pragma warning disable CA1031 // One message's surprise (say, a URL the client refuses) must not stop the rest of the batch.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogUnexpected(logger, exception, message.Id);
            error = $"Not sent: {exception.GetType().Name}.";
        }

        var now = clock.GetUtcNow();
        if (error is null)
        {
            message.MarkDelivered(now);
            await CompleteAsync(message, lease);
            LogDelivered(logger, message.Id, message.EventType, endpoint, message.Attempts);
            return;
        }

        var attempt = message.Attempts + 1;
        var retryAt = attempt >= Settings.MaxAttempts
            ? (DateTimeOffset?)null
#pragma warning disable CA5394 // Jitter, not security: spreading retries needs no cryptographic randomness.
            : now + WebhookRetrySchedule.Delay(attempt, Settings.BaseDelay, Settings.MaxDelay, Random.Shared.NextDouble());
#pragma warning restore CA5394
        message.MarkFailed(error, now, retryAt);
        await CompleteAsync(message, lease);
        if (retryAt is { } next)
        {
            LogFailed(logger, message.Id, endpoint, attempt, Settings.MaxAttempts, error, next);
        }
        else
        {
            LogDeadLettered(logger, message.Id, endpoint, attempt, error);
        }
    }

    private HttpRequestMessage SignedRequest(Uri url, OutboxMessage message, string secret)
    {
        // The id is stable across attempts (receivers deduplicate on it); the timestamp is this attempt's.
        var id = message.Id.ToString();
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(message.Payload)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation(WebhookSignature.IdHeader, id);
        request.Headers.TryAddWithoutValidation(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, id, timestamp, message.Payload));
        return request;
    }

    /// <summary>Writes the outcome the domain object now holds, only if this batch still holds the lease.</summary>
    private async Task CompleteAsync(OutboxMessage message, string lease)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var written = await db.OutboxMessages.IgnoreQueryFilters()
            .Where(m => m.Id == message.Id && m.LeasedBy == lease)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(m => m.Attempts, message.Attempts)
                    .SetProperty(m => m.NextAttemptAt, message.NextAttemptAt)
                    .SetProperty(m => m.DeliveredAt, message.DeliveredAt)
                    .SetProperty(m => m.DeadLetteredAt, message.DeadLetteredAt)
                    .SetProperty(m => m.LastError, message.LastError)
                    .SetProperty(m => m.LeasedBy, (string?)null)
                    .SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null),
                CancellationToken.None);
        if (written == 0)
        {
            LogLeaseLost(logger, message.Id);
        }
    }

    /// <summary>The circuit is open: try again when it may let a trial through, without counting an attempt.</summary>
    private async Task PostponeAsync(OutboxMessage message, string lease, TimeSpan wait)
    {
#pragma warning disable CA5394 // Jitter, not security.
        var retryAt = clock.GetUtcNow() + wait + TimeSpan.FromMilliseconds(wait.TotalMilliseconds * 0.2 * Random.Shared.NextDouble());
#pragma warning restore CA5394
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.OutboxMessages.IgnoreQueryFilters()
            .Where(m => m.Id == message.Id && m.LeasedBy == lease)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(m => m.NextAttemptAt, retryAt)
                    .SetProperty(m => m.LastError, CircuitOpenError)
                    .SetProperty(m => m.LeasedBy, (string?)null)
                    .SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null),
                CancellationToken.None);
        LogPostponed(logger, message.Id, retryAt);
    }

    private async Task ReleaseAsync(string lease)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.OutboxMessages.IgnoreQueryFilters()
            .Where(m => m.LeasedBy == lease)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.LeasedBy, (string?)null).SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null), CancellationToken.None);
    }

    private sealed record LeasedMessage(OutboxMessage Message, string Url, string Secret, bool SubscriptionActive);

    // Never log payloads or full URLs: payloads may describe residents, and URLs may carry a partner's token.
    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook dispatcher {Worker} started; polling every {PollSeconds} s")]
    private static partial void LogStarted(ILogger logger, string worker, double pollSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook dispatcher poll failed; trying again at the next poll")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook {MessageId} ({EventType}) delivered to {Endpoint} at attempt {Attempt}")]
    private static partial void LogDelivered(ILogger logger, Guid messageId, string eventType, string endpoint, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {MessageId} to {Endpoint} failed at attempt {Attempt} of {MaxAttempts}: {Error}; next attempt at {NextAttemptAt:O}")]
    private static partial void LogFailed(ILogger logger, Guid messageId, string endpoint, int attempt, int maxAttempts, string error, DateTimeOffset nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {MessageId} to {Endpoint} dead-lettered after attempt {Attempt}: {Error}")]
    private static partial void LogDeadLettered(ILogger logger, Guid messageId, string endpoint, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {MessageId} could not be sent; counted as a failed attempt")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, Guid messageId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook {MessageId} postponed to {NextAttemptAt:O}: its endpoint's circuit is open")]
    private static partial void LogPostponed(ILogger logger, Guid messageId, DateTimeOffset nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {MessageId} dead-lettered without sending: subscription {SubscriptionId} was deleted")]
    private static partial void LogDroppedForInactiveSubscription(ILogger logger, Guid messageId, Guid subscriptionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {MessageId}: the lease expired before the outcome was recorded; another instance may send it again. Raise Webhooks:LeaseDuration")]
    private static partial void LogLeaseLost(ILogger logger, Guid messageId);
}
