using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Reporting.Outcomes.GetOutcome;

/// <summary>One outcome of the caller's network; its version is the ETag needed to change it.</summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker, Role.Analyst)]
public sealed record GetOutcomeQuery(Guid Id) : IRequest<OutcomeDto>;

public sealed class GetOutcomeHandler(IAppDbContext db, OutcomeStore store) : IRequestHandler<GetOutcomeQuery, OutcomeDto>
{
    public async Task<OutcomeDto> Handle(GetOutcomeQuery request, CancellationToken cancellationToken) =>
        await store.Dtos(db.Outcomes.AsNoTracking().Where(o => o.Id == request.Id)).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Outcome", request.Id);
}
