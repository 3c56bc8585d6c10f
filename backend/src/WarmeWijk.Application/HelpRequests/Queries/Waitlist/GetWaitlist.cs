using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.HelpRequests.Queries.Waitlist;

/// <summary>The waiting list in its explicit order: priority first (1 = most urgent), then who waited longest.</summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker)]
public sealed record GetWaitlistQuery : IRequest<ListResponse<HelpRequestSummaryDto>>;

public sealed class GetWaitlistHandler(IAppDbContext db) : IRequestHandler<GetWaitlistQuery, ListResponse<HelpRequestSummaryDto>>
{
    public async Task<ListResponse<HelpRequestSummaryDto>> Handle(GetWaitlistQuery request, CancellationToken cancellationToken)
    {
        var items = await db.HelpRequests.AsNoTracking()
            .Where(h => h.Status == HelpRequestStatus.Waitlisted)
            .OrderBy(h => h.WaitlistPriority).ThenBy(h => h.WaitlistedAt).ThenBy(h => h.Id)
            .Summaries(db)
            .ToListAsync(cancellationToken);
        return new ListResponse<HelpRequestSummaryDto>(items, items.Count);
    }
}
