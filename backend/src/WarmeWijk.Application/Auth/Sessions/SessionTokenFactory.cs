using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Auth.Sessions;

/// <summary>Issues an access token and the next refresh token of a session; the caller saves the changes.</summary>
public sealed class SessionTokenFactory(
    IAppDbContext db,
    IAccessTokenIssuer accessTokens,
    IOptions<SessionOptions> options,
    TimeProvider clock)
{
    public TokenResponse Issue(StaffUser user, Guid familyId)
    {
        var now = clock.GetUtcNow();
        var refreshToken = Base64Url(RandomNumberGenerator.GetBytes(32));
        var stored = new RefreshToken(user.Id, familyId, HashRefreshToken(refreshToken), now, now + options.Value.RefreshTokenLifetime);
        stored.AssignToNetwork(user.NetworkId);
        db.RefreshTokens.Add(stored);

        var access = accessTokens.Issue(new AccessTokenSubject(user.Id, user.NetworkId, user.Role, user.Email));
        return new TokenResponse(access.Token, "Bearer", (int)access.Lifetime.TotalSeconds, refreshToken, stored.ExpiresAt);
    }

    /// <summary>Refresh tokens are 256 random bits, so a fast hash suffices (no salt or work factor needed).</summary>
    public static string HashRefreshToken(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
