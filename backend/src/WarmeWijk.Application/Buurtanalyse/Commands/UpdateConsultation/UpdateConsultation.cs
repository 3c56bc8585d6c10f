using FluentValidation;
using WarmeWijk.Application.Buurtanalyse.Queries.ListConsultations;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Common.Validation;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Signals;

namespace WarmeWijk.Application.Buurtanalyse.Commands.UpdateConsultation;

/// <summary>
/// Corrects a buurtbevraging, by the same rules as recording it; If-Match required. A field worker may correct only those
/// they recorded.
/// </summary>
[RequiresRole(Role.Coordinator, Role.FieldWorker)]
public sealed record UpdateConsultationCommand(Guid Id, int? ExpectedVersion, ConsultationInput Consultation) : IRequest<ConsultationDto>;

public sealed class UpdateConsultationValidator : AbstractValidator<UpdateConsultationCommand>
{
    public UpdateConsultationValidator(IValidator<ConsultationInput> consultation) => RuleFor(c => c.Consultation).MustBeValid(consultation);
}

public sealed class UpdateConsultationHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock, AuditTrail audit)
    : IRequestHandler<UpdateConsultationCommand, ConsultationDto>
{
    public async Task<ConsultationDto> Handle(UpdateConsultationCommand request, CancellationToken cancellationToken)
    {
        var consultation = await Consultations.ForChangeAsync(db, caller, request.Id, request.ExpectedVersion, cancellationToken);
        consultation.Update(request.Consultation.ToContent(), clock.GetUtcNow());
        audit.Record(AuditAction.Update, nameof(Consultation), consultation.Id, "Buurtbevraging corrected.");
        await db.SaveChangesAsync(cancellationToken);
        return ConsultationDto.From(consultation, caller);
    }
}
