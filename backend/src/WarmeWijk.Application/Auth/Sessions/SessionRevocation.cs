using Microsoft.EntityFrameworkCore;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Auth.Sessions;

public static class SessionRevocation
{
    /// <summary>Revokes every still-active refresh token of one sign-in session; the caller saves.</summary>
    public static async Task RevokeSessionAsync(
        this DbSet<RefreshToken> refreshTokens, Guid familyId, DateTimeOffset now, RefreshTokenRevocation reason, CancellationToken cancellationToken)
    {
        var active = await refreshTokens.IgnoreQueryFilters()
            .Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ToListAsync(cancellationToken);
        foreach (var token in active)
        {
            token.Revoke(now, reason);
        }
    }
}
