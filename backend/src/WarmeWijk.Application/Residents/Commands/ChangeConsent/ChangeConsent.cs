using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Residents;

namespace WarmeWijk.Application.Residents.Commands.ChangeConsent;

/// <summary>
/// Gives (Given = true) or withdraws consent for one purpose; withdrawal is kept, never deleted. A withdrawal takes effect at
/// once (docs/privacy.md): without FollowUpContact the open follow-up tasks on the resident's requests stop and no new ones are
/// added; without PartnerReferral partners no longer see the resident's details and no new referral is made; without
/// VolunteerMatching no volunteer is proposed; without Intake no new request is recorded, and the retention job anonymises the
/// resident once no request is open.
/// </summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker)]
public sealed record ChangeConsentCommand(Guid ResidentId, ConsentPurpose Purpose, bool Given, string? Note) : IRequest<ResidentDto>;

public sealed class ChangeConsentValidator : AbstractValidator<ChangeConsentCommand>
{
    public ChangeConsentValidator()
    {
        RuleFor(c => c.Purpose).IsInEnum();
        RuleFor(c => c.Note).MaximumLength(500);
    }
}

public sealed class ChangeConsentHandler(IAppDbContext db, ICurrentUser currentUser, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<ChangeConsentCommand, ResidentDto>
{
    public async Task<ResidentDto> Handle(ChangeConsentCommand request, CancellationToken cancellationToken)
    {
        var resident = await db.Residents.SingleOrDefaultAsync(r => r.Id == request.ResidentId, cancellationToken)
            ?? throw new NotFoundException("Resident", request.ResidentId);
        var now = clock.GetUtcNow();
        if (request.Given)
        {
            resident.GiveConsent(request.Purpose, now, currentUser.Id!.Value, request.Note);
        }
        else
        {
            resident.WithdrawConsent(request.Purpose, now, currentUser.Id!.Value);
        }

        var stopped = !request.Given && request.Purpose == ConsentPurpose.FollowUpContact ? await StopFollowUpsAsync(resident.Id, now, cancellationToken) : 0;
        audit.Record(AuditAction.ConsentChange, nameof(Resident), resident.Id,
            $"Consent for {request.Purpose} {(request.Given ? "given" : "withdrawn")}.{(stopped > 0 ? $" {stopped} open follow-up task(s) stopped." : string.Empty)}");
        await db.SaveChangesAsync(cancellationToken);
        return ResidentDto.From(resident);
    }

    private async Task<int> StopFollowUpsAsync(Guid residentId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var requests = await db.HelpRequests.Where(h => h.ResidentId == residentId && h.FollowUps.Any(f => f.DoneAt == null && f.CancelledAt == null))
            .ToListAsync(cancellationToken);
        return requests.Sum(h => h.StopFollowUps(at));
    }
}
