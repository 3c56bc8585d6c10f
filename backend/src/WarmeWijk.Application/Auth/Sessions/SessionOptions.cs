using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Auth.Sessions;

public sealed class SessionOptions
{
    public const string Section = "Auth:Sessions";

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    public int MaxFailedSignInAttempts { get; set; } = LockoutPolicy.Default.MaxFailedAttempts;

    public TimeSpan LockoutDuration { get; set; } = LockoutPolicy.Default.LockoutDuration;

    public LockoutPolicy Lockout => new(MaxFailedSignInAttempts, LockoutDuration);
}
