using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Common.Security;

/// <summary>The claims an access token carries.</summary>
public sealed record AccessTokenSubject(Guid SubjectId, Guid NetworkId, Role Role, string? Email = null, Guid? PartnerOrganisationId = null);

public sealed record AccessToken(string Token, TimeSpan Lifetime);

/// <summary>Issues short-lived signed access tokens (JWT).</summary>
public interface IAccessTokenIssuer
{
    AccessToken Issue(AccessTokenSubject subject);
}
