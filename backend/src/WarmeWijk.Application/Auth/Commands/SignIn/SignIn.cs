using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WarmeWijk.Application.Auth.Sessions;
using WarmeWijk.Application.Auth.Throttling;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Auth.Commands.SignIn;

[PublicRequest]
public sealed record SignInCommand(string Email, string Password) : IRequest<TokenResponse>;

public sealed class SignInValidator : AbstractValidator<SignInCommand>
{
    public SignInValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(320).EmailAddress();
        RuleFor(c => c.Password).NotEmpty().MaximumLength(1024);
    }
}

/// <summary>
/// Checks the password. An unknown e-mail, a wrong password and a throttled or paused attempt get the same answer after
/// the same hashing work, so the answer tells an outsider nothing about which e-mail addresses have accounts
/// (docs/decisions/0015-sign-in-guessing.md).
/// </summary>
public sealed partial class SignInHandler(
    IAppDbContext db,
    ISecretHasher hasher,
    SessionTokenFactory sessions,
    IOptions<SessionOptions> options,
    ICredentialThrottle throttle,
    IRequestOrigin origin,
    AuditTrail audit,
    ILogger<SignInHandler> logger,
    TimeProvider clock) : IRequestHandler<SignInCommand, TokenResponse>
{
    public const string Refused = "Email address or password is incorrect, or there were too many attempts: try again in a few minutes.";

    public async Task<TokenResponse> Handle(SignInCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var email = StaffUser.NormalizeEmail(request.Email);
        var address = origin.Address;

        // Sign-in happens before there is a network to filter on.
        var user = await db.StaffUsers.IgnoreQueryFilters().SingleOrDefaultAsync(u => u.Email == email, cancellationToken);
        if (user is null)
        {
            // The same work as a verification, so time does not reveal unknown e-mails, and the same answer. Not counted:
            // the answer cannot change, and counts for made-up e-mails would only fill memory.
            hasher.Hash(request.Password);
            LogFailedUnknown(logger, address);
            throw new AuthenticationFailedException(Refused);
        }

        // Verified also when the attempt is refused anyway, so that a refusal takes as long as a wrong password.
        var throttled = throttle.IsThrottled(CredentialKind.StaffEmail, email, address);
        var verification = hasher.Verify(user.PasswordHash, request.Password);
        var source = SourceFingerprint.Of(address);
        if (throttled || user.IsLockedOutFor(now, source))
        {
            LogRefused(logger, user.Id, address, throttled ? "too many failures from this address" : "the account is paused for new addresses");
            throw new AuthenticationFailedException(Refused);
        }

        if (verification == SecretVerification.Failed)
        {
            await RecordFailureAsync(user, email, address, now, cancellationToken);
            throw new AuthenticationFailedException(Refused);
        }

        if (verification == SecretVerification.SuccessRehashNeeded)
        {
            user.UpgradePasswordHash(hasher.Hash(request.Password));
        }

        throttle.RecordSuccess(CredentialKind.StaffEmail, email, address);
        user.RecordSuccessfulSignIn(now, source);
        var tokens = sessions.Issue(user, familyId: Guid.CreateVersion7());
        await db.SaveChangesAsync(cancellationToken);
        return tokens;
    }

    private async Task RecordFailureAsync(StaffUser user, string email, string address, DateTimeOffset now, CancellationToken cancellationToken)
    {
        throttle.RecordFailure(CredentialKind.StaffEmail, email, address);
        var wasPaused = user.IsLockedOut(now);
        var policy = options.Value.Lockout;
        user.RecordFailedSignIn(now, policy);
        audit.RecordInNetwork(user.NetworkId, AuditAction.SignInFailed, nameof(StaffUser), user.Id, "Sign-in with a wrong password.");
        LogFailed(logger, user.Id, address);
        if (!wasPaused && user.IsLockedOut(now))
        {
            audit.RecordInNetwork(user.NetworkId, AuditAction.SignInPaused, nameof(StaffUser), user.Id,
                string.Create(CultureInfo.InvariantCulture,
                    $"{policy.MaxFailedAttempts} failed sign-ins: until {user.LockedOutUntil:yyyy-MM-dd HH:mm} UTC only the address of the last sign-in is accepted."));
            LogPaused(logger, user.Id, user.LockedOutUntil!.Value);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    // Never the password; the e-mail address only as the account's id, and not at all when there is no account.
    [LoggerMessage(Level = LogLevel.Information, Message = "Failed sign-in for user {UserId} from {Address}")]
    private static partial void LogFailed(ILogger logger, Guid userId, string address);

    [LoggerMessage(Level = LogLevel.Information, Message = "Failed sign-in for an e-mail address without account from {Address}")]
    private static partial void LogFailedUnknown(ILogger logger, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused for user {UserId} from {Address}: {Reason}")]
    private static partial void LogRefused(ILogger logger, Guid userId, string address, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in paused for new addresses for user {UserId} until {Until} after too many failures")]
    private static partial void LogPaused(ILogger logger, Guid userId, DateTimeOffset until);
}
