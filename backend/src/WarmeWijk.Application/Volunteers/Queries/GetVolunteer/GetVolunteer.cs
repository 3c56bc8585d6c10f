using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Volunteers;

namespace WarmeWijk.Application.Volunteers.Queries.GetVolunteer;

/// <summary>A volunteer's whole profile. Personal data: every read is written to the audit trail.</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record GetVolunteerQuery(Guid Id) : IRequest<VolunteerDto>;

public sealed class GetVolunteerHandler(IAppDbContext db, VolunteerStore store, AuditTrail audit) : IRequestHandler<GetVolunteerQuery, VolunteerDto>
{
    public async Task<VolunteerDto> Handle(GetVolunteerQuery request, CancellationToken cancellationToken)
    {
        var volunteer = await store.LoadAsync(request.Id, cancellationToken);
        audit.Record(AuditAction.Read, nameof(Volunteer), volunteer.Id, "Volunteer profile opened.");
        await db.SaveChangesAsync(cancellationToken);
        return await store.ToDtoAsync(volunteer, cancellationToken);
    }
}
