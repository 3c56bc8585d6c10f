using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Auth.Sessions;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Auth.Commands.RefreshSession;

/// <summary>Trades a refresh token for a new access token and a new refresh token (rotation).</summary>
[PublicRequest]
public sealed record RefreshSessionCommand(string RefreshToken) : IRequest<TokenResponse>;

public sealed class RefreshSessionValidator : AbstractValidator<RefreshSessionCommand>
{
    public RefreshSessionValidator() => RuleFor(c => c.RefreshToken).NotEmpty().MaximumLength(200);
}

public sealed class RefreshSessionHandler(
    IAppDbContext db,
    SessionTokenFactory sessions,
    TimeProvider clock) : IRequestHandler<RefreshSessionCommand, TokenResponse>
{
    public async Task<TokenResponse> Handle(RefreshSessionCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hash = SessionTokenFactory.HashRefreshToken(request.RefreshToken);
        var presented = await db.RefreshTokens.IgnoreQueryFilters().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken)
            ?? throw new AuthenticationFailedException("The refresh token is not valid.");

        if (presented.WasRotated)
        {
            // A rotated token used again means two parties hold the chain: end the whole session.
            await db.RefreshTokens.RevokeSessionAsync(presented.FamilyId, now, RefreshTokenRevocation.ReuseDetected, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            throw new AuthenticationFailedException("The refresh token was already used; the session has been ended. Sign in again.");
        }

        if (!presented.IsActive(now))
        {
            throw new AuthenticationFailedException("The refresh token has expired or was revoked. Sign in again.");
        }

        // A sign-in pause does not end sessions: failed guesses by someone else must not sign the owner out.
        var user = await db.StaffUsers.IgnoreQueryFilters().SingleAsync(u => u.Id == presented.UserId, cancellationToken);
        presented.Revoke(now, RefreshTokenRevocation.Rotated);
        var tokens = sessions.Issue(user, presented.FamilyId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another request rotated the same token a moment earlier.
            throw new AuthenticationFailedException("The refresh token was already used. Sign in again.");
        }

        return tokens;
    }
}
