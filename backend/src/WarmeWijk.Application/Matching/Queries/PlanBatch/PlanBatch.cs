using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Matching;

namespace WarmeWijk.Application.Matching.Queries.PlanBatch;

/// <summary>
/// The best assignment of every request in Matching to the network's volunteers at once (exact: min-cost flow), with
/// beside it what one-by-one greedy picking gives. Nothing is changed: the coordinator accepts the plan in whole or in part
/// by proposing its matches.
/// </summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record PlanBatchQuery : IRequest<BatchPlanDto>;

public sealed class PlanBatchHandler(IAppDbContext db, MatchingSession session, IAssignmentSolver solver) : IRequestHandler<PlanBatchQuery, BatchPlanDto>
{
    public async Task<BatchPlanDto> Handle(PlanBatchQuery query, CancellationToken cancellationToken)
    {
        var open = await db.HelpRequests.AsNoTracking().Where(r => r.Status == HelpRequestStatus.Matching).ToListAsync(cancellationToken);
        var matchable = new List<MatchRequest>();
        var skipped = new List<SkippedRequestDto>();
        foreach (var request in open)
        {
            try
            {
                matchable.Add((await session.ToMatchRequestAsync(request, cancellationToken)).Request);
            }
            catch (ConflictException why)
            {
                skipped.Add(new SkippedRequestDto(request.Id, why.Message));
            }
        }

        var plan = new BatchPlanner(await session.BuildEngineAsync(cancellationToken), solver).Plan(matchable);
        var volunteers = plan.Optimal.Matches.Concat(plan.Greedy.Matches).Select(m => m.Candidate.Volunteer).DistinctBy(v => v.Id)
            .Select(v => new PlacedVolunteerDto(v.Id, v.FirstName, new LocationDto(v.Home.Latitude, v.Home.Longitude)));
        return new BatchPlanDto(
            BatchAssignmentDto.From(plan.Optimal),
            BatchAssignmentDto.From(plan.Greedy),
            skipped,
            [.. matchable.Select(r => new PlacedRequestDto(r.Id, r.CategoryCode, new LocationDto(r.Location.Latitude, r.Location.Longitude)))],
            [.. volunteers]);
    }
}
