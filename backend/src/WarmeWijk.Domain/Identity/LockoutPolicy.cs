namespace WarmeWijk.Domain.Identity;

public sealed record LockoutPolicy(int MaxFailedAttempts, TimeSpan LockoutDuration)
{
    public static readonly LockoutPolicy Default = new(5, TimeSpan.FromMinutes(15));
}
