using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Identity;

/// <summary>A person who works in one network with one role.</summary>
public sealed class StaffUser : TenantOwnedEntity
{
    private StaffUser()
    {
        Email = string.Empty;
        DisplayName = string.Empty;
        PasswordHash = string.Empty;
    }

    public StaffUser(string email, string displayName, Role role, string passwordHash)
    {
        if (role == Role.Partner)
        {
            throw new DomainRuleException("Partners sign in as API clients, not as staff users.");
        }

        Email = NormalizeEmail(email);
        DisplayName = displayName;
        Role = role;
        PasswordHash = passwordHash;
    }

    public string Email { get; private set; }

    public string DisplayName { get; private set; }

    public Role Role { get; private set; }

    public string PasswordHash { get; private set; }

    public int FailedSignInCount { get; private set; }

    public DateTimeOffset? LockedOutUntil { get; private set; }

    public DateTimeOffset? LastSignInAt { get; private set; }

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    public bool IsLockedOut(DateTimeOffset now) => LockedOutUntil is { } until && until > now;

    /// <summary>Counts a failed attempt; the account locks for <paramref name="policy"/>'s duration at its threshold.</summary>
    public void RecordFailedSignIn(DateTimeOffset now, LockoutPolicy policy)
    {
        FailedSignInCount++;
        if (FailedSignInCount >= policy.MaxFailedAttempts)
        {
            LockedOutUntil = now + policy.LockoutDuration;
            FailedSignInCount = 0;
        }
    }

    public void RecordSuccessfulSignIn(DateTimeOffset now)
    {
        FailedSignInCount = 0;
        LockedOutUntil = null;
        LastSignInAt = now;
    }

    /// <summary>Replaces the hash when the hasher asks for a stronger one.</summary>
    public void UpgradePasswordHash(string passwordHash) => PasswordHash = passwordHash;
}
