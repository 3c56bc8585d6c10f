using FluentValidation;
using WarmeWijk.Application.Common;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.ReferenceData;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Domain.Matching;
using WarmeWijk.Domain.Residents;

namespace WarmeWijk.Application.Residents.Commands.RegisterResident;

public sealed record ConsentInput(ConsentPurpose Purpose, string? Note);

/// <summary>Records a resident at intake, with the consents given there. Intake consent is required.</summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker)]
public sealed record RegisterResidentCommand(
    string FirstName,
    string LastName,
    int? BirthYear,
    string? Phone,
    string? Email,
    AddressDto Address,
    IReadOnlyList<string> Languages,
    ContactPreference ContactPreference,
    IReadOnlyList<ConsentInput> Consents,
    LocationDto? Home = null) : IRequest<ResidentDto>, IResidentDetails;

public sealed class RegisterResidentValidator : AbstractValidator<RegisterResidentCommand>
{
    public RegisterResidentValidator(ISectorDirectory sectors, TimeProvider clock)
    {
        Include(new ResidentDetailsValidator(sectors, clock));
        RuleFor(c => c.Home!.Latitude).InclusiveBetween(-90, 90).When(c => c.Home is not null);
        RuleFor(c => c.Home!.Longitude).InclusiveBetween(-180, 180).When(c => c.Home is not null);
        RuleFor(c => c.Consents).Cascade(CascadeMode.Stop).NotNull()
            .Must(c => c.Any(x => x?.Purpose == ConsentPurpose.Intake)).WithMessage("The resident's consent for the intake itself is required.")
            .Must(c => c.Select(x => x?.Purpose).Distinct().Count() == c.Count).WithMessage("Each purpose may be listed once.");
        RuleForEach(c => c.Consents).ChildRules(consent =>
        {
            consent.RuleFor(x => x.Purpose).IsInEnum();
            consent.RuleFor(x => x.Note).MaximumLength(500);
        });
    }
}

public sealed class RegisterResidentHandler(IAppDbContext db, ICurrentUser currentUser, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<RegisterResidentCommand, ResidentDto>
{
    public async Task<ResidentDto> Handle(RegisterResidentCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var resident = request.ToNewResident(now);
        resident.PlaceHome(request.Home is { } home ? new GeoPoint(home.Latitude, home.Longitude) : null);
        foreach (var consent in request.Consents)
        {
            resident.GiveConsent(consent.Purpose, now, currentUser.Id!.Value, consent.Note);
        }

        db.Residents.Add(resident);
        audit.Record(AuditAction.Create, nameof(Resident), resident.Id, "Intake: resident registered.");
        await db.SaveChangesAsync(cancellationToken);
        return ResidentDto.From(resident);
    }
}
