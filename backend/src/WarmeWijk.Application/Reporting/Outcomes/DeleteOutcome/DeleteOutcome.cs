using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Reporting.Outcomes.DeleteOutcome;

/// <summary>Deletes an outcome recorded by mistake, with the version on screen (If-Match).</summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker)]
public sealed record DeleteOutcomeCommand(Guid Id, int? ExpectedVersion) : IRequest<Unit>;

public sealed class DeleteOutcomeHandler(IAppDbContext db, OutcomeStore store) : IRequestHandler<DeleteOutcomeCommand, Unit>
{
    public async Task<Unit> Handle(DeleteOutcomeCommand request, CancellationToken cancellationToken)
    {
        db.Outcomes.Remove(await store.LoadForChangeAsync(request.Id, request.ExpectedVersion, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
