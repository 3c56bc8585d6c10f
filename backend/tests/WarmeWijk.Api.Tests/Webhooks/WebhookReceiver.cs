using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace WarmeWijk.Api.Tests.Webhooks;

/// <summary>One POST as the receiver saw it, and what it answered.</summary>
public sealed record ReceivedWebhook(string? Id, string? Timestamp, string? Signature, string? ContentType, string Body, int AnsweredStatus)
{
    public bool Accepted => AnsweredStatus is >= 200 and < 300;

    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();
}

/// <summary>
/// A partner's webhook endpoint: a real Kestrel server on 127.0.0.1 (a free port, kept across restarts) that records
/// every request. It can answer 200 or 503, and it can be stopped (connection refused) and started again.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public const string Path = "/hooks/warmewijk";

    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private WebApplication? _app;
    private volatile bool _failing;

    private WebhookReceiver()
    {
    }

    public int Port { get; private set; }

    public Uri Url => new($"http://127.0.0.1:{Port}{Path}");

    /// <summary>Answer 503 Service Unavailable instead of 200 OK.</summary>
    public bool Failing
    {
        get => _failing;
        set => _failing = value;
    }

    /// <summary>How long each answer takes.</summary>
    public TimeSpan Delay { get; set; }

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    public IReadOnlyList<ReceivedWebhook> Accepted => [.. _received.Where(r => r.Accepted)];

    public static async Task<WebhookReceiver> StartAsync(bool failing = false)
    {
        var receiver = new WebhookReceiver { Failing = failing };
        await receiver.ListenAsync(port: 0);
        return receiver;
    }

    /// <summary>Stop listening: the dispatcher's connections are refused until <see cref="RestartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    public Task RestartAsync() => ListenAsync(Port);

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task ListenAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapPost(Path, async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay);
            }

            var status = Failing ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
            _received.Enqueue(new ReceivedWebhook(
                request.Headers["webhook-id"].FirstOrDefault(),
                request.Headers["webhook-timestamp"].FirstOrDefault(),
                request.Headers["webhook-signature"].FirstOrDefault(),
                request.ContentType,
                body,
                status));
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        Port = new Uri(app.Urls.Single()).Port;
        _app = app;
    }
}
