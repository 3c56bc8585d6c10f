using FluentValidation;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.HelpRequests.Commands.FirstContact;

/// <summary>
/// Someone spoke with the resident about the request for the first time (e.g. called back after a voicemail), now or at
/// <see cref="At"/>. Only the first contact counts; recording it again changes nothing, so no If-Match is needed.
/// </summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker)]
public sealed record RecordFirstContactCommand(Guid Id, DateTimeOffset? At) : IRequest<HelpRequestDto>;

public sealed class RecordFirstContactValidator : AbstractValidator<RecordFirstContactCommand>
{
    public RecordFirstContactValidator(TimeProvider clock) =>
        RuleFor(c => c.At)
            .Must(at => at <= clock.GetUtcNow().AddMinutes(5))
            .When(c => c.At is not null)
            .WithMessage("The first contact cannot lie in the future.");
}

public sealed class RecordFirstContactHandler(IAppDbContext db, HelpRequestStore store, ICurrentUser currentUser, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<RecordFirstContactCommand, HelpRequestDto>
{
    public async Task<HelpRequestDto> Handle(RecordFirstContactCommand request, CancellationToken cancellationToken)
    {
        var (helpRequest, resident) = await store.LoadCurrentForChangeAsync(request.Id, cancellationToken);
        if (helpRequest.FirstContactAt is null)
        {
            helpRequest.RecordFirstContact(request.At ?? clock.GetUtcNow(), currentUser.Id!.Value);
            audit.Record(AuditAction.Update, nameof(HelpRequest), helpRequest.Id, "First contact with the resident.");
            await db.SaveChangesAsync(cancellationToken);
        }

        return await store.ToDtoAsync(helpRequest, resident, cancellationToken);
    }
}
