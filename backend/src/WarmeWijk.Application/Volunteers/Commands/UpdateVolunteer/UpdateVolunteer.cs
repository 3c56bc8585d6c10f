using FluentValidation;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Common.Validation;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Volunteers;

namespace WarmeWijk.Application.Volunteers.Commands.UpdateVolunteer;

/// <summary>Replaces a volunteer's profile; a stale version is refused (412), a missing one asked for (428).</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record UpdateVolunteerCommand(Guid Id, int? ExpectedVersion, VolunteerInput Profile) : IRequest<VolunteerDto>;

public sealed class UpdateVolunteerValidator : AbstractValidator<UpdateVolunteerCommand>
{
    public UpdateVolunteerValidator(IValidator<VolunteerInput> profile) => RuleFor(c => c.Profile).MustBeAValidProfile(profile);
}

public sealed class UpdateVolunteerHandler(IAppDbContext db, VolunteerStore store, AuditTrail audit)
    : IRequestHandler<UpdateVolunteerCommand, VolunteerDto>
{
    public async Task<VolunteerDto> Handle(UpdateVolunteerCommand request, CancellationToken cancellationToken)
    {
        var volunteer = await store.LoadForChangeAsync(request.Id, request.ExpectedVersion, cancellationToken);
        volunteer.Update(request.Profile.ToProfile());
        audit.Record(AuditAction.Update, nameof(Volunteer), volunteer.Id, "Volunteer profile changed.");
        await db.SaveChangesAsync(cancellationToken);
        return await store.ToDtoAsync(volunteer, cancellationToken);
    }
}
