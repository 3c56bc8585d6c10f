using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Identity;

/// <summary>
/// One link in a rotation chain. Only a hash of the token is stored. Tokens issued from one sign-in
/// share a <see cref="FamilyId"/>, so presenting an already-rotated token can revoke the whole chain.
/// </summary>
public sealed class RefreshToken : TenantOwnedEntity
{
    private RefreshToken()
    {
        TokenHash = string.Empty;
    }

    public RefreshToken(Guid userId, Guid familyId, string tokenHash, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        UserId = userId;
        FamilyId = familyId;
        TokenHash = tokenHash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid UserId { get; private set; }

    public Guid FamilyId { get; private set; }

    public string TokenHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public RefreshTokenRevocation? RevocationReason { get; private set; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;

    /// <summary>A token that was rotated away from (not merely expired) and is presented again signals theft.</summary>
    public bool WasRotated => RevocationReason == RefreshTokenRevocation.Rotated;

    public void Revoke(DateTimeOffset now, RefreshTokenRevocation reason)
    {
        if (RevokedAt is not null)
        {
            return;
        }

        RevokedAt = now;
        RevocationReason = reason;
    }
}

public enum RefreshTokenRevocation
{
    Rotated,
    SignedOut,
    ReuseDetected,
}
