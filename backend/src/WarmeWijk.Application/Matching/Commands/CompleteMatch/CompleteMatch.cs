using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.HelpRequests;
using WarmeWijk.Application.Referrals;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Volunteers;

namespace WarmeWijk.Application.Matching.Commands.CompleteMatch;

/// <summary>
/// The help was given: records the hours it took and a few words from both sides, and completes the request (through
/// InProgress when it was only Matched).
/// </summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record CompleteMatchCommand(Guid MatchId, decimal Hours, string? VolunteerFeedback, string? ResidentFeedback) : IRequest<VolunteerMatchDto>;

public sealed class CompleteMatchValidator : AbstractValidator<CompleteMatchCommand>
{
    public CompleteMatchValidator()
    {
        RuleFor(c => c.Hours).GreaterThanOrEqualTo(0).LessThanOrEqualTo(1000).PrecisionScale(6, 2, ignoreTrailingZeros: true);
        RuleFor(c => c.VolunteerFeedback).MaximumLength(1000);
        RuleFor(c => c.ResidentFeedback).MaximumLength(1000);
    }
}

public sealed class CompleteMatchHandler(
    IAppDbContext db, HelpRequestStore requests, ICurrentUser currentUser, AuditTrail audit, TimeProvider clock, PartnerReferrals referrals)
    : IRequestHandler<CompleteMatchCommand, VolunteerMatchDto>
{
    public async Task<VolunteerMatchDto> Handle(CompleteMatchCommand command, CancellationToken cancellationToken)
    {
        var match = await db.VolunteerMatches.SingleOrDefaultAsync(m => m.Id == command.MatchId, cancellationToken)
            ?? throw new NotFoundException("Match", command.MatchId);
        var (request, _) = await requests.LoadCurrentForChangeAsync(match.HelpRequestId, cancellationToken);
        var now = clock.GetUtcNow();
        var userId = currentUser.Id!.Value;
        match.Complete(now, command.Hours, command.VolunteerFeedback, command.ResidentFeedback);
        if (request.Status == HelpRequestStatus.Matched)
        {
            request.TransitionTo(HelpRequestStatus.InProgress, now, userId, "The volunteer started.");
            await referrals.NotifyAsync(request, cancellationToken);
        }

        request.TransitionTo(HelpRequestStatus.Completed, now, userId, "The volunteer completed the help.");
        audit.Record(AuditAction.Update, nameof(VolunteerMatch), match.Id, "Match completed.");
        await referrals.NotifyAsync(request, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return VolunteerMatchDto.From(match);
    }
}
