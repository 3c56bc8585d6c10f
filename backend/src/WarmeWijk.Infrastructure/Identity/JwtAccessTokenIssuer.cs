using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using WarmeWijk.Application.Common.Security;

namespace WarmeWijk.Infrastructure.Identity;

internal sealed class JwtAccessTokenIssuer(IOptions<JwtOptions> options, TimeProvider clock) : IAccessTokenIssuer
{
    private readonly JwtSecurityTokenHandler _handler = new();

    public AccessToken Issue(AccessTokenSubject subject)
    {
        var jwt = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, subject.SubjectId.ToString()),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString()),
            new(WarmeWijkClaims.NetworkId, subject.NetworkId.ToString()),
            new(WarmeWijkClaims.Role, subject.Role.ToString()),
        };
        if (subject.Email is not null)
        {
            claims.Add(new Claim(JwtRegisteredClaimNames.Email, subject.Email));
        }

        if (subject.PartnerOrganisationId is { } partner)
        {
            claims.Add(new Claim(WarmeWijkClaims.PartnerOrganisationId, partner.ToString()));
        }

        var token = new JwtSecurityToken(
            issuer: jwt.Issuer,
            audience: jwt.Audience,
            claims: claims,
            notBefore: now,
            expires: now + jwt.AccessTokenLifetime,
            signingCredentials: new SigningCredentials(jwt.CreateSigningKey(), SecurityAlgorithms.HmacSha256));
        return new AccessToken(_handler.WriteToken(token), jwt.AccessTokenLifetime);
    }
}
