using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Matching.Queries.GetMatchOffer;
using WarmeWijk.Application.Referrals;
using WarmeWijk.Domain.HelpRequests;

namespace WarmeWijk.Application.Matching.Commands.AnswerMatchOffer;

/// <summary>
/// The volunteer accepts (the request becomes Matched) or declines (it goes back to Matching, for the next candidate).
/// The link answers once: a second answer, or one after the deadline, is a 409.
/// </summary>
[PublicRequest]
public sealed record AnswerMatchOfferCommand(string Token, bool Accept, string? Reason) : IRequest<MatchOfferDto>;

public sealed class AnswerMatchOfferValidator : AbstractValidator<AnswerMatchOfferCommand>
{
    public AnswerMatchOfferValidator() => RuleFor(c => c.Reason).MaximumLength(500);
}

public sealed class AnswerMatchOfferHandler(IAppDbContext db, ISender sender, TimeProvider clock, PartnerReferrals referrals) : IRequestHandler<AnswerMatchOfferCommand, MatchOfferDto>
{
    public async Task<MatchOfferDto> Handle(AnswerMatchOfferCommand command, CancellationToken cancellationToken)
    {
        var match = await MatchOffers.FindAsync(db, command.Token, cancellationToken);
        var request = await db.HelpRequests.IgnoreQueryFilters().SingleAsync(r => r.Id == match.HelpRequestId, cancellationToken);
        var now = clock.GetUtcNow();
        if (command.Accept)
        {
            match.Accept(now);
            request.TransitionTo(HelpRequestStatus.Matched, now, match.VolunteerId, "The volunteer accepted.");
        }
        else
        {
            match.Decline(now, command.Reason);
            request.TransitionTo(HelpRequestStatus.Matching, now, match.VolunteerId,
                string.IsNullOrWhiteSpace(command.Reason) ? "The volunteer declined." : $"The volunteer declined: {command.Reason.Trim()}");
        }

        await referrals.NotifyAsync(request, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await sender.Send(new GetMatchOfferQuery(command.Token), cancellationToken);
    }
}
