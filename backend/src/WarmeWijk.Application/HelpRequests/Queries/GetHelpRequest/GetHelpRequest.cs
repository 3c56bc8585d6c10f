using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.HelpRequests.Queries.GetHelpRequest;

[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker)]
public sealed record GetHelpRequestQuery(Guid Id) : IRequest<HelpRequestDto>;

public sealed class GetHelpRequestHandler(IAppDbContext db, HelpRequestStore store, AuditTrail audit) : IRequestHandler<GetHelpRequestQuery, HelpRequestDto>
{
    public async Task<HelpRequestDto> Handle(GetHelpRequestQuery request, CancellationToken cancellationToken)
    {
        var (helpRequest, resident) = await store.LoadForReadAsync(request.Id, cancellationToken);
        audit.Record(AuditAction.Read, nameof(HelpRequest), helpRequest.Id, "Help request viewed.");
        await db.SaveChangesAsync(cancellationToken);
        return await store.ToDtoAsync(helpRequest, resident, cancellationToken);
    }
}
