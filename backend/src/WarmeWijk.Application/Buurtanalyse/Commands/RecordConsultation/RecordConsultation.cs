using FluentValidation;
using WarmeWijk.Application.Buurtanalyse.Queries.GetNeighbourhoodSignals;
using WarmeWijk.Application.Buurtanalyse.Queries.ListConsultations;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Common.Validation;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Signals;

namespace WarmeWijk.Application.Buurtanalyse.Commands.RecordConsultation;

/// <summary>
/// Records a buurtbevraging in a neighbourhood: how and when it was held, the themes it raised, a summary and quotes.
/// Neither the summary nor a quote may hold an e-mail address, a phone number or a national register number.
/// </summary>
[RequiresRole(Role.Coordinator, Role.FieldWorker)]
public sealed record RecordConsultationCommand(Guid NeighbourhoodId, ConsultationInput Consultation) : IRequest<ConsultationDto>;

public sealed class RecordConsultationValidator : AbstractValidator<RecordConsultationCommand>
{
    public RecordConsultationValidator(IValidator<ConsultationInput> consultation) => RuleFor(c => c.Consultation).MustBeValid(consultation);
}

public sealed class RecordConsultationHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, AuditTrail audit)
    : IRequestHandler<RecordConsultationCommand, ConsultationDto>
{
    public async Task<ConsultationDto> Handle(RecordConsultationCommand request, CancellationToken cancellationToken)
    {
        await NeighbourhoodSectors.CodesAsync(db, request.NeighbourhoodId, cancellationToken);
        var consultation = new Consultation(request.NeighbourhoodId, request.Consultation.ToContent(), user.Id!.Value, clock.GetUtcNow());
        db.Consultations.Add(consultation);
        audit.Record(AuditAction.Create, nameof(Consultation), consultation.Id, "Buurtbevraging recorded.");
        await db.SaveChangesAsync(cancellationToken);
        return ConsultationDto.From(consultation, user);
    }
}
