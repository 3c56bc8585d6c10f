using FluentValidation;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Common.Validation;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Partners;

namespace WarmeWijk.Application.Partners.Commands.CreatePartner;

/// <summary>Adds an actor to the network's sociale kaart.</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record CreatePartnerCommand(SocialMapActorInput Actor) : IRequest<PartnerDto>;

public sealed class CreatePartnerValidator : AbstractValidator<CreatePartnerCommand>
{
    public CreatePartnerValidator(IValidator<SocialMapActorInput> actor) => RuleFor(c => c.Actor).MustBeAValidProfile(actor);
}

public sealed class CreatePartnerHandler(IAppDbContext db, SocialMapStore store, AuditTrail audit) : IRequestHandler<CreatePartnerCommand, PartnerDto>
{
    public async Task<PartnerDto> Handle(CreatePartnerCommand request, CancellationToken cancellationToken)
    {
        await store.EnsureNameFreeAsync(request.Actor.Name, null, cancellationToken);
        var actor = new PartnerOrganisation(request.Actor.ToProfile());
        db.PartnerOrganisations.Add(actor);
        audit.Record(AuditAction.Create, nameof(PartnerOrganisation), actor.Id, "Actor added to the sociale kaart.");
        await db.SaveChangesAsync(cancellationToken);
        return PartnerDto.From(actor);
    }
}
