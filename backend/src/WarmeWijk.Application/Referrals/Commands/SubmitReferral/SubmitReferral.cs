using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.ReferenceData;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Residents;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Domain.Referrals;
using WarmeWijk.Domain.Residents;

namespace WarmeWijk.Application.Referrals.Commands.SubmitReferral;

public sealed record ReferredResident(
    string FirstName, string LastName, int? BirthYear, string? Phone, string? Email, AddressDto Address, IReadOnlyList<string> Languages, ContactPreference ContactPreference)
    : IResidentDetails;

/// <summary>
/// A partner refers a resident to the network (doorverwijzing): this starts an intake. The partner confirms the
/// resident agreed to it; the network records that consent as given through the partner.
/// </summary>
[RequiresRole(Role.Partner)]
public sealed record SubmitReferralCommand(
    ReferredResident Resident, bool ConsentConfirmed, string CategoryCode, string Description, Urgency Urgency, string? Note) : IRequest<PartnerReferralDto>;

public sealed class SubmitReferralValidator : AbstractValidator<SubmitReferralCommand>
{
    public SubmitReferralValidator(IAppDbContext db, ISectorDirectory sectors, TimeProvider clock)
    {
        RuleFor(c => c.Resident).NotNull().SetValidator(new ResidentDetailsValidator(sectors, clock));
        RuleFor(c => c.ConsentConfirmed).Equal(true).WithMessage("Confirm that the resident agreed to this referral and to the intake.");
        RuleFor(c => c.CategoryCode).NotEmpty()
            .MustAsync((code, ct) => db.HelpCategories.AnyAsync(c => c.Code == code && c.IsActive, ct))
            .WithMessage("'{PropertyValue}' is not a help category of this network (GET /api/v1/help-categories).");
        RuleFor(c => c.Description).NotEmpty().MaximumLength(HelpRequest.MaxDescriptionLength);
        RuleFor(c => c.Urgency).IsInEnum();
        RuleFor(c => c.Note).MaximumLength(2000);
    }
}

public sealed class SubmitReferralHandler(IAppDbContext db, ICurrentUser currentUser, PartnerReferrals referrals, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<SubmitReferralCommand, PartnerReferralDto>
{
    public async Task<PartnerReferralDto> Handle(SubmitReferralCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var client = currentUser.Id!.Value;
        var partner = currentUser.PartnerOrganisationId!.Value;
        var resident = request.Resident.ToNewResident(now);
        resident.GiveConsent(ConsentPurpose.Intake, now, client, "Confirmed by the referring partner.");
        resident.GiveConsent(ConsentPurpose.PartnerReferral, now, client, "Confirmed by the referring partner.");

        var helpRequest = new HelpRequest(resident.Id, resident.Address.SectorCode, IntakeChannel.PartnerApi, request.CategoryCode, request.Description, request.Urgency,
            Recurrence.OneOff, null, [], [], partner, now, client);
        var referral = new Referral(helpRequest.Id, partner, ReferralDirection.FromPartner, request.Note, now);

        db.Residents.Add(resident);
        db.HelpRequests.Add(helpRequest);
        db.Referrals.Add(referral);
        audit.Record(AuditAction.Create, nameof(Referral), referral.Id, "Referral received from a partner.");
        await db.SaveChangesAsync(cancellationToken);

        return (await referrals.RowsFor(partner).SingleAsync(v => v.Id == referral.Id, cancellationToken)).ToView();
    }
}
