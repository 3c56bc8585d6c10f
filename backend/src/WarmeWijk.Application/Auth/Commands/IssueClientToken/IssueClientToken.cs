using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WarmeWijk.Application.Auth.Throttling;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Partners;

namespace WarmeWijk.Application.Auth.Commands.IssueClientToken;

/// <summary>The OAuth 2.0 client-credentials grant (RFC 6749 §4.4) for partner software.</summary>
[PublicRequest]
public sealed record IssueClientTokenCommand(string GrantType, string ClientId, string ClientSecret) : IRequest<ClientTokenResponse>;

/// <summary>Client credentials get no refresh token: the client signs in again when the token expires.</summary>
public sealed record ClientTokenResponse(string AccessToken, string TokenType, int ExpiresIn);

public sealed class IssueClientTokenValidator : AbstractValidator<IssueClientTokenCommand>
{
    public const string ClientCredentials = "client_credentials";

    public IssueClientTokenValidator()
    {
        // Errors name the form fields of RFC 6749, not the C# properties.
        RuleFor(c => c.GrantType).NotEmpty().Equal(ClientCredentials)
            .WithMessage($"Only the '{ClientCredentials}' grant type is supported.").OverridePropertyName("grant_type");
        RuleFor(c => c.ClientId).NotEmpty().MaximumLength(100).OverridePropertyName("client_id");
        RuleFor(c => c.ClientSecret).NotEmpty().MaximumLength(200).OverridePropertyName("client_secret");
    }
}

/// <summary>
/// An unknown client, a wrong secret, a revoked client and a throttled attempt get the same answer after the same
/// hashing work; failures are throttled per client id and address like staff sign-ins (docs/decisions/0015-sign-in-guessing.md).
/// </summary>
public sealed partial class IssueClientTokenHandler(
    IAppDbContext db,
    ISecretHasher hasher,
    IAccessTokenIssuer accessTokens,
    ICredentialThrottle throttle,
    IRequestOrigin origin,
    AuditTrail audit,
    ILogger<IssueClientTokenHandler> logger) : IRequestHandler<IssueClientTokenCommand, ClientTokenResponse>
{
    public const string Refused = "Client id or secret is incorrect, or there were too many attempts: try again in a few minutes.";

    public async Task<ClientTokenResponse> Handle(IssueClientTokenCommand request, CancellationToken cancellationToken)
    {
        var address = origin.Address;
        var client = await db.PartnerApiClients.IgnoreQueryFilters()
            .SingleOrDefaultAsync(c => c.ClientId == request.ClientId, cancellationToken);
        if (client is null)
        {
            // The same work as a verification and the same answer; not counted, as for unknown e-mails at sign-in.
            hasher.Hash(request.ClientSecret);
            LogFailed(logger, request.ClientId, address);
            throw new AuthenticationFailedException(Refused);
        }

        // Verified also when the answer is no anyway, so that time does not tell the cases apart.
        var throttled = throttle.IsThrottled(CredentialKind.PartnerClient, client.ClientId, address);
        var verification = hasher.Verify(client.SecretHash, request.ClientSecret);
        if (throttled)
        {
            LogThrottled(logger, client.ClientId, address);
            throw new AuthenticationFailedException(Refused);
        }

        if (!client.IsActive || verification == SecretVerification.Failed)
        {
            throttle.RecordFailure(CredentialKind.PartnerClient, client.ClientId, address);
            LogFailed(logger, client.ClientId, address);
            audit.RecordInNetwork(client.NetworkId, AuditAction.SignInFailed, nameof(PartnerApiClient), client.Id,
                client.IsActive ? "Partner token requested with a wrong secret." : "Partner token requested for a revoked client.");
            await db.SaveChangesAsync(cancellationToken);
            throw new AuthenticationFailedException(Refused);
        }

        throttle.RecordSuccess(CredentialKind.PartnerClient, client.ClientId, address);
        var access = accessTokens.Issue(new AccessTokenSubject(client.Id, client.NetworkId, Role.Partner, PartnerOrganisationId: client.PartnerOrganisationId));
        return new ClientTokenResponse(access.Token, "Bearer", (int)access.Lifetime.TotalSeconds);
    }

    // Never the secret. A client id is not secret; it shows which integration is being guessed at.
    [LoggerMessage(Level = LogLevel.Information, Message = "Failed partner token request for client {ClientId} from {Address}")]
    private static partial void LogFailed(ILogger logger, string clientId, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Partner token request refused for client {ClientId} from {Address}: too many failures from this address")]
    private static partial void LogThrottled(ILogger logger, string clientId, string address);
}
