using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

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

public sealed class IssueClientTokenHandler(
    IAppDbContext db,
    ISecretHasher hasher,
    IAccessTokenIssuer accessTokens) : IRequestHandler<IssueClientTokenCommand, ClientTokenResponse>
{
    public async Task<ClientTokenResponse> Handle(IssueClientTokenCommand request, CancellationToken cancellationToken)
    {
        var client = await db.PartnerApiClients.IgnoreQueryFilters()
            .SingleOrDefaultAsync(c => c.ClientId == request.ClientId, cancellationToken);
        if (client is null)
        {
            hasher.Hash(request.ClientSecret);
            throw new AuthenticationFailedException("Client id or secret is incorrect.");
        }

        if (!client.IsActive || hasher.Verify(client.SecretHash, request.ClientSecret) == SecretVerification.Failed)
        {
            throw new AuthenticationFailedException("Client id or secret is incorrect.");
        }

        var access = accessTokens.Issue(new AccessTokenSubject(client.Id, client.NetworkId, Role.Partner, PartnerOrganisationId: client.PartnerOrganisationId));
        return new ClientTokenResponse(access.Token, "Bearer", (int)access.Lifetime.TotalSeconds);
    }
}
