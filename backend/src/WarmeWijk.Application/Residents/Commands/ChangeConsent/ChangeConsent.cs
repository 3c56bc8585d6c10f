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

/// <summary>Gives (Given = true) or withdraws consent for one purpose; withdrawal is kept, never deleted.</summary>
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

        audit.Record(AuditAction.ConsentChange, nameof(Resident), resident.Id, $"Consent for {request.Purpose} {(request.Given ? "given" : "withdrawn")}.");
        await db.SaveChangesAsync(cancellationToken);
        return ResidentDto.From(resident);
    }
}
