using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Signals;

namespace WarmeWijk.Application.Buurtanalyse.Commands.DeleteConsultation;

/// <summary>
/// Removes a buurtbevraging recorded by mistake, with the version on screen (If-Match); its themes are no longer counted.
/// A field worker may remove only those they recorded.
/// </summary>
[RequiresRole(Role.Coordinator, Role.FieldWorker)]
public sealed record DeleteConsultationCommand(Guid Id, int? ExpectedVersion) : IRequest<Unit>;

public sealed class DeleteConsultationHandler(IAppDbContext db, ICurrentUser caller, AuditTrail audit) : IRequestHandler<DeleteConsultationCommand, Unit>
{
    public async Task<Unit> Handle(DeleteConsultationCommand request, CancellationToken cancellationToken)
    {
        var consultation = await Consultations.ForChangeAsync(db, caller, request.Id, request.ExpectedVersion, cancellationToken);
        db.Consultations.Remove(consultation);
        audit.Record(AuditAction.Deletion, nameof(Consultation), consultation.Id, "Buurtbevraging removed.");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
