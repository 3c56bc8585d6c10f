using FluentValidation;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Matching;
using WarmeWijk.Domain.Volunteers;

namespace WarmeWijk.Application.Volunteers.Commands.ChangeVolunteerStatus;

/// <summary>Moves a volunteer along the pipeline with a reason; a step the pipeline does not allow is a 409.</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record ChangeVolunteerStatusCommand(Guid Id, int? ExpectedVersion, VolunteerStatus To, string Reason) : IRequest<VolunteerDto>;

public sealed class ChangeVolunteerStatusValidator : AbstractValidator<ChangeVolunteerStatusCommand>
{
    public ChangeVolunteerStatusValidator()
    {
        RuleFor(c => c.To).IsInEnum();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
    }
}

public sealed class ChangeVolunteerStatusHandler(IAppDbContext db, VolunteerStore store, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<ChangeVolunteerStatusCommand, VolunteerDto>
{
    public async Task<VolunteerDto> Handle(ChangeVolunteerStatusCommand request, CancellationToken cancellationToken)
    {
        var volunteer = await store.LoadForChangeAsync(request.Id, request.ExpectedVersion, cancellationToken);
        volunteer.ChangeStatus(request.To, request.Reason, clock.GetUtcNow());
        // The reason is free text kept on the profile (and erased with it); the audit trail holds no free text.
        audit.Record(AuditAction.Update, nameof(Volunteer), volunteer.Id, $"Status {request.To}.");
        await db.SaveChangesAsync(cancellationToken);
        return await store.ToDtoAsync(volunteer, cancellationToken);
    }
}
