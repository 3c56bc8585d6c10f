using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Residents;

namespace WarmeWijk.Application.Residents.Queries.GetResident;

/// <summary>A resident's personal data; every read is written to the audit trail.</summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker)]
public sealed record GetResidentQuery(Guid Id) : IRequest<ResidentDto>;

public sealed class GetResidentHandler(IAppDbContext db, AuditTrail audit) : IRequestHandler<GetResidentQuery, ResidentDto>
{
    public async Task<ResidentDto> Handle(GetResidentQuery request, CancellationToken cancellationToken)
    {
        var resident = await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Resident", request.Id);
        audit.Record(AuditAction.Read, nameof(Resident), resident.Id, "Resident viewed.");
        await db.SaveChangesAsync(cancellationToken);
        return ResidentDto.From(resident);
    }
}
