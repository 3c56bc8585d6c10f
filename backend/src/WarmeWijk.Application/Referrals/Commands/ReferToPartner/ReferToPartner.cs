using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.HelpRequests;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Referrals;
using WarmeWijk.Domain.Residents;

namespace WarmeWijk.Application.Referrals.Commands.ReferToPartner;

/// <summary>Refers a triaged (heavy) request to a partner of the network's sociale kaart; the partner hears of it by webhook.</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record ReferToPartnerCommand(Guid HelpRequestId, int? ExpectedVersion, Guid PartnerOrganisationId, string? Note) : IRequest<HelpRequestDto>;

public sealed class ReferToPartnerValidator : AbstractValidator<ReferToPartnerCommand>
{
    public ReferToPartnerValidator(IAppDbContext db)
    {
        // The query filter hides other networks' partners, so they count as unknown.
        RuleFor(c => c.PartnerOrganisationId).Cascade(CascadeMode.Stop)
            .MustAsync((id, ct) => db.PartnerOrganisations.AnyAsync(p => p.Id == id, ct))
            .WithMessage("There is no such partner organisation in your network.")
            .MustAsync((id, ct) => db.PartnerOrganisations.AnyAsync(p => p.Id == id && p.IsActive && p.AcceptsReferrals, ct))
            .WithMessage("This actor of the sociale kaart does not take referrals (it is inactive or informal).");
        RuleFor(c => c.Note).MaximumLength(2000);
    }
}

public sealed class ReferToPartnerHandler(
    IAppDbContext db, HelpRequestStore store, PartnerReferrals referrals, ICurrentUser currentUser, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<ReferToPartnerCommand, HelpRequestDto>
{
    public async Task<HelpRequestDto> Handle(ReferToPartnerCommand request, CancellationToken cancellationToken)
    {
        var (helpRequest, resident) = await store.LoadForChangeAsync(request.HelpRequestId, request.ExpectedVersion, cancellationToken);
        var consented = await db.Residents.AnyAsync(
            r => r.Id == resident.Id && r.Consents.Any(c => c.Purpose == ConsentPurpose.PartnerReferral && c.WithdrawnAt == null), cancellationToken);
        if (!consented)
        {
            throw new ConflictException("The resident has not consented to a referral to a partner; record that consent first.");
        }

        var now = clock.GetUtcNow();
        helpRequest.TransitionTo(HelpRequestStatus.Referred, now, currentUser.Id!.Value, request.Note ?? "Referred to a partner organisation.");
        var referral = new Referral(helpRequest.Id, request.PartnerOrganisationId, ReferralDirection.ToPartner, request.Note, now);
        db.Referrals.Add(referral);
        await referrals.NotifyAsync(helpRequest, cancellationToken);
        audit.Record(AuditAction.Transition, nameof(HelpRequest), helpRequest.Id, "Referred to a partner.");
        await db.SaveChangesAsync(cancellationToken);
        return await store.ToDtoAsync(helpRequest, resident, cancellationToken);
    }
}
