using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WarmeWijk.Application.Auth.Sessions;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
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

public sealed class SignInHandler(
    IAppDbContext db,
    ISecretHasher hasher,
    SessionTokenFactory sessions,
    IOptions<SessionOptions> options,
    TimeProvider clock) : IRequestHandler<SignInCommand, TokenResponse>
{
    public const string InvalidCredentials = "Email address or password is incorrect.";

    public async Task<TokenResponse> Handle(SignInCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var email = StaffUser.NormalizeEmail(request.Email);

        // Sign-in happens before there is a network to filter on.
        var user = await db.StaffUsers.IgnoreQueryFilters().SingleOrDefaultAsync(u => u.Email == email, cancellationToken);
        if (user is null)
        {
            // Spend the same work as a verification so the response time does not reveal unknown emails.
            hasher.Hash(request.Password);
            throw new AuthenticationFailedException(InvalidCredentials);
        }

        if (user.IsLockedOut(now))
        {
            throw new AccountLockedException(user.LockedOutUntil!.Value);
        }

        var verification = hasher.Verify(user.PasswordHash, request.Password);
        if (verification == SecretVerification.Failed)
        {
            user.RecordFailedSignIn(now, options.Value.Lockout);
            await db.SaveChangesAsync(cancellationToken);
            throw user.IsLockedOut(now)
                ? new AccountLockedException(user.LockedOutUntil!.Value)
                : new AuthenticationFailedException(InvalidCredentials);
        }

        if (verification == SecretVerification.SuccessRehashNeeded)
        {
            user.UpgradePasswordHash(hasher.Hash(request.Password));
        }

        user.RecordSuccessfulSignIn(now);
        var tokens = sessions.Issue(user, familyId: Guid.CreateVersion7());
        await db.SaveChangesAsync(cancellationToken);
        return tokens;
    }
}
