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

    /// <summary>A fingerprint (hash) of the address of the last successful sign-in: the one path a paused account still accepts.</summary>
    public string? LastSignInSource { get; private set; }

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    public bool IsLockedOut(DateTimeOffset now) => LockedOutUntil is { } until && until > now;

    /// <summary>
    /// Whether a sign-in from <paramref name="source"/> is refused: the account is paused after too many failures from all
    /// sources together, and the source is not the one the account last signed in from. The owner keeps a way in.
    /// </summary>
    public bool IsLockedOutFor(DateTimeOffset now, string source) => IsLockedOut(now) && source != LastSignInSource;

    /// <summary>Counts a failed attempt; the account pauses for <paramref name="policy"/>'s duration at its threshold.</summary>
    public void RecordFailedSignIn(DateTimeOffset now, LockoutPolicy policy)
    {
        FailedSignInCount++;
        if (FailedSignInCount >= policy.MaxFailedAttempts)
        {
            LockedOutUntil = now + policy.LockoutDuration;
            FailedSignInCount = 0;
        }
    }

    /// <summary>
    /// Resets the count of failures and remembers where the sign-in came from. A pause that is running keeps running:
    /// the owner signing in from a known address must not reopen the account to whoever is guessing from elsewhere.
    /// </summary>
    public void RecordSuccessfulSignIn(DateTimeOffset now, string source)
    {
        FailedSignInCount = 0;
        LastSignInAt = now;
        LastSignInSource = source;
    }

    /// <summary>Replaces the hash when the hasher asks for a stronger one.</summary>
    public void UpgradePasswordHash(string passwordHash) => PasswordHash = passwordHash;
}
