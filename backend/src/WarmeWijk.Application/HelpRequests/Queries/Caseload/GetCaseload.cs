using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.HelpRequests.Queries.Caseload;

/// <summary>"Mijn caseload": the open requests assigned to me and my follow-up tasks not yet done.</summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker)]
public sealed record GetCaseloadQuery : IRequest<CaseloadDto>;

public sealed record CaseloadFollowUpDto(Guid HelpRequestId, Guid TaskId, string Description, DateOnly DueOn);

public sealed record CaseloadDto(IReadOnlyList<HelpRequestSummaryDto> Requests, IReadOnlyList<CaseloadFollowUpDto> FollowUps);

public sealed class GetCaseloadHandler(IAppDbContext db, ICurrentUser currentUser) : IRequestHandler<GetCaseloadQuery, CaseloadDto>
{
    public async Task<CaseloadDto> Handle(GetCaseloadQuery request, CancellationToken cancellationToken)
    {
        var me = currentUser.Id;
        var requests = await db.HelpRequests.AsNoTracking()
            .Where(h => h.AssignedFieldWorkerId == me && !HelpRequestSummaries.Final.Contains(h.Status))
            .OrderByDescending(h => h.Id)
            .Summaries(db)
            .ToListAsync(cancellationToken);
        var withOpenTasks = await db.HelpRequests.AsNoTracking()
            .Where(h => h.FollowUps.Any(f => f.AssignedTo == me && f.DoneAt == null && f.CancelledAt == null))
            .Select(h => new { h.Id, h.FollowUps })
            .ToListAsync(cancellationToken);
        var followUps = withOpenTasks
            .SelectMany(h => h.FollowUps.Where(f => f.AssignedTo == me && f.DoneAt == null && f.CancelledAt == null)
                .Select(f => new CaseloadFollowUpDto(h.Id, f.Id, f.Description, f.DueOn)))
            .OrderBy(f => f.DueOn)
            .ToList();
        return new CaseloadDto(requests, followUps);
    }
}
