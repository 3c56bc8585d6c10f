using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WarmeWijk.Application.Common.Webhooks;
using WarmeWijk.Application.Webhooks;

namespace WarmeWijk.Infrastructure.Webhooks;

public static class WebhookRegistration
{
    /// <summary>
    /// The outbox port, always; the dispatcher (a hosted service), its HTTP client and its per-endpoint pipelines only
    /// when <c>Webhooks:Enabled</c> is true (the default).
    /// </summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(WebhookOptions.Section);
        services.AddOptions<WebhookOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();
        services.AddScoped<IWebhookOutbox, WebhookOutbox>();

        if (!(section.Get<WebhookOptions>() ?? new WebhookOptions()).Enabled)
        {
            return services;
        }

        services.AddHttpClient(WebhookDispatcher.HttpClientName, client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan; // The pipeline's per-attempt timeout applies.
                client.DefaultRequestHeaders.UserAgent.ParseAdd("WarmeWijk-Webhooks/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(services =>
            {
                var policy = services.GetRequiredService<IOptions<WebhookUrlPolicy>>().Value;
                return new SocketsHttpHandler
                {
                    // A redirect could lead the signed body anywhere; a receiver must answer at the URL it registered.
                    AllowAutoRedirect = false,
                    UseCookies = false,
                    ConnectCallback = (context, cancellationToken) => PublicAddressConnector.ConnectAsync(context, policy, cancellationToken),
                };
            })
            // The default handlers log full URLs, which may hold a partner's token; the dispatcher logs scheme and host only.
            .RemoveAllLoggers();
        services.AddSingleton<WebhookEndpointPipelines>();
        services.AddHostedService<WebhookDispatcher>();
        return services;
    }

    private sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
    {
        public ValidateOptionsResult Validate(string? name, WebhookOptions options)
        {
            var problems = options.Problems().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
