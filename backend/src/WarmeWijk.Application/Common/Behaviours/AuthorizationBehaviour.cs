using System.Reflection;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Security;

namespace WarmeWijk.Application.Common.Behaviours;

/// <summary>
/// Enforces the access attribute every request carries. A request without one is refused: access is
/// declared, never assumed.
/// </summary>
public sealed class AuthorizationBehaviour<TRequest, TResponse>(ICurrentUser currentUser) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    private static readonly bool IsPublic = typeof(TRequest).GetCustomAttribute<PublicRequestAttribute>() is not null;
    private static readonly RequiresRoleAttribute? Requirement = typeof(TRequest).GetCustomAttribute<RequiresRoleAttribute>();

    public Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        if (IsPublic)
        {
            return next();
        }

        if (Requirement is null)
        {
            throw new InvalidOperationException($"{typeof(TRequest).Name} declares no access attribute.");
        }

        if (!currentUser.IsAuthenticated || currentUser.NetworkId is null || currentUser.Role is not { } role)
        {
            throw new AuthenticationFailedException("Sign in to do this.");
        }

        if (!Requirement.Roles.Contains(role))
        {
            throw new ForbiddenException($"The role {role} may not do this.");
        }

        return next();
    }
}
