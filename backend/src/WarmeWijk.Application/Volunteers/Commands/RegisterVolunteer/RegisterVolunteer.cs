using FluentValidation;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Common.Validation;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Volunteers;

namespace WarmeWijk.Application.Volunteers.Commands.RegisterVolunteer;

/// <summary>Registers a volunteer; the pipeline starts at Intake.</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record RegisterVolunteerCommand(VolunteerInput Profile) : IRequest<VolunteerDto>;

public sealed class RegisterVolunteerValidator : AbstractValidator<RegisterVolunteerCommand>
{
    public RegisterVolunteerValidator(IValidator<VolunteerInput> profile) => RuleFor(c => c.Profile).MustBeAValidProfile(profile);
}

public sealed class RegisterVolunteerHandler(IAppDbContext db, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<RegisterVolunteerCommand, VolunteerDto>
{
    public async Task<VolunteerDto> Handle(RegisterVolunteerCommand request, CancellationToken cancellationToken)
    {
        var volunteer = new Volunteer(request.Profile.ToProfile(), clock.GetUtcNow());
        db.Volunteers.Add(volunteer);
        audit.Record(AuditAction.Create, nameof(Volunteer), volunteer.Id, "Volunteer registered.");
        await db.SaveChangesAsync(cancellationToken);
        return VolunteerDto.From(volunteer, activeMatches: 0);
    }
}
