using FluentValidation;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Common.Validation;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Partners;

namespace WarmeWijk.Application.Partners.Commands.UpdatePartner;

/// <summary>Replaces what the sociale kaart says of an actor; a stale version is refused (412), a missing one asked for (428).</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record UpdatePartnerCommand(Guid Id, int? ExpectedVersion, SocialMapActorInput Actor) : IRequest<PartnerDto>;

public sealed class UpdatePartnerValidator : AbstractValidator<UpdatePartnerCommand>
{
    public UpdatePartnerValidator(IValidator<SocialMapActorInput> actor) => RuleFor(c => c.Actor).MustBeAValidProfile(actor);
}

public sealed class UpdatePartnerHandler(IAppDbContext db, SocialMapStore store, AuditTrail audit) : IRequestHandler<UpdatePartnerCommand, PartnerDto>
{
    public async Task<PartnerDto> Handle(UpdatePartnerCommand request, CancellationToken cancellationToken)
    {
        var actor = await store.LoadForChangeAsync(request.Id, request.ExpectedVersion, cancellationToken);
        await store.EnsureNameFreeAsync(request.Actor.Name, actor.Id, cancellationToken);
        actor.Update(request.Actor.ToProfile());
        audit.Record(AuditAction.Update, nameof(PartnerOrganisation), actor.Id, "Sociale kaart entry changed.");
        await db.SaveChangesAsync(cancellationToken);
        return PartnerDto.From(actor);
    }
}
