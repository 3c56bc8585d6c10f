using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Security;

namespace WarmeWijk.Application.Tests.Support;

/// <summary>The real application container (AddApplication) with a fake caller, a journal as log sink and the test requests.</summary>
public sealed class TestApplication : IAsyncDisposable
{
    public static readonly TimeSpan SlowRequestThreshold = TimeSpan.FromMilliseconds(200);

    private readonly ServiceProvider _services;

    public TestApplication(ICurrentUser caller)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Diagnostics:SlowRequestThreshold"] = SlowRequestThreshold.ToString(),
            })
            .Build();

        _services = new ServiceCollection()
            .AddApplication(configuration)
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(new JournalLoggerProvider(Journal)))
            .AddSingleton(caller)
            .AddSingleton(Journal)
            .AddTestRequests()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public Journal Journal { get; } = new();

    /// <summary>Sends the request in its own scope, as one HTTP request would.</summary>
    public async Task<TResponse> Send<TResponse>(IRequest<TResponse> request)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(request);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
