using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Auth.Sessions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Auth.Commands.SignOut;

/// <summary>Ends the session the refresh token belongs to. Holding the token is the proof; unknown tokens are ignored.</summary>
[PublicRequest]
public sealed record SignOutCommand(string RefreshToken) : IRequest<Unit>;

public sealed class SignOutValidator : AbstractValidator<SignOutCommand>
{
    public SignOutValidator() => RuleFor(c => c.RefreshToken).NotEmpty().MaximumLength(200);
}

public sealed class SignOutHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<SignOutCommand, Unit>
{
    public async Task<Unit> Handle(SignOutCommand request, CancellationToken cancellationToken)
    {
        var hash = SessionTokenFactory.HashRefreshToken(request.RefreshToken);
        var presented = await db.RefreshTokens.IgnoreQueryFilters().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (presented is null)
        {
            return Unit.Value;
        }

        await db.RefreshTokens.RevokeSessionAsync(presented.FamilyId, clock.GetUtcNow(), RefreshTokenRevocation.SignedOut, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
