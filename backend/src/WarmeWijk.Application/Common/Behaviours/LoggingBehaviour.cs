using Microsoft.Extensions.Logging;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Security;

namespace WarmeWijk.Application.Common.Behaviours;

/// <summary>Logs which request ran for whom. Request contents are never logged: they may hold personal data.</summary>
public sealed partial class LoggingBehaviour<TRequest, TResponse>(
    ILogger<LoggingBehaviour<TRequest, TResponse>> logger,
    ICurrentUser currentUser) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        LogHandling(logger, typeof(TRequest).Name, currentUser.Id, currentUser.NetworkId);
        return await next();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handling {RequestName} for user {UserId} in network {NetworkId}")]
    private static partial void LogHandling(ILogger logger, string requestName, Guid? userId, Guid? networkId);
}
