namespace WarmeWijk.Domain.Identity;

/// <summary>
/// The per-account ceiling: after this many failed sign-ins in a row, from all addresses together, the account accepts
/// only the address of its last successful sign-in for <see cref="LockoutDuration"/>. Each address is throttled on its own
/// well before this (docs/decisions/0015-sign-in-guessing.md).
/// </summary>
public sealed record LockoutPolicy(int MaxFailedAttempts, TimeSpan LockoutDuration)
{
    public static readonly LockoutPolicy Default = new(20, TimeSpan.FromMinutes(15));
}
