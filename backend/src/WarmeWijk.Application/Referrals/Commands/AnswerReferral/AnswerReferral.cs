using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Referrals;

namespace WarmeWijk.Application.Referrals.Commands.AnswerReferral;

/// <summary>
/// The partner accepts, declines (with a reason) or closes a referral to it. Accepting moves the request to
/// AcceptedByPartner; declining sends it back to triage; closing closes it.
/// </summary>
[RequiresRole(Role.Partner)]
public sealed record AnswerReferralCommand(Guid ReferralId, ReferralStatus Status, string? Feedback) : IRequest<PartnerReferralDto>;

public sealed class AnswerReferralValidator : AbstractValidator<AnswerReferralCommand>
{
    public AnswerReferralValidator()
    {
        RuleFor(c => c.Status).Must(s => s is ReferralStatus.Accepted or ReferralStatus.Declined or ReferralStatus.Closed)
            .WithMessage("Answer with Accepted, Declined or Closed.");
        RuleFor(c => c.Feedback).MaximumLength(2000);
        RuleFor(c => c.Feedback).NotEmpty().When(c => c.Status == ReferralStatus.Declined)
            .WithMessage(Referral.DeclineNeedsFeedback);
    }
}

public sealed class AnswerReferralHandler(IAppDbContext db, PartnerReferrals referrals, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<AnswerReferralCommand, PartnerReferralDto>
{
    public async Task<PartnerReferralDto> Handle(AnswerReferralCommand request, CancellationToken cancellationToken)
    {
        var partner = currentUser.PartnerOrganisationId!.Value;
        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == request.ReferralId && r.PartnerOrganisationId == partner, cancellationToken)
            ?? throw new NotFoundException("Referral", request.ReferralId);
        var helpRequest = await db.HelpRequests.SingleAsync(h => h.Id == referral.HelpRequestId, cancellationToken);

        var now = clock.GetUtcNow();
        referral.Answer(request.Status, request.Feedback, now);
        var (next, reason) = request.Status switch
        {
            ReferralStatus.Accepted => (HelpRequestStatus.AcceptedByPartner, "Accepted by the partner."),
            ReferralStatus.Declined => (HelpRequestStatus.Triaged, $"Declined by the partner: {request.Feedback}"),
            _ => (HelpRequestStatus.Closed, "Closed by the partner."),
        };
        helpRequest.TransitionTo(next, now, currentUser.Id!.Value, reason.Length <= 500 ? reason : reason[..500]);
        await referrals.NotifyAsync(helpRequest, cancellationToken);
        if (referral.Status == ReferralStatus.Declined)
        {
            // The declining partner hears its own answer once; after that it is no longer involved.
            referrals.Notify(referral, helpRequest.Status);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (await referrals.RowsFor(partner).SingleAsync(v => v.Id == referral.Id, cancellationToken)).ToView();
    }
}
