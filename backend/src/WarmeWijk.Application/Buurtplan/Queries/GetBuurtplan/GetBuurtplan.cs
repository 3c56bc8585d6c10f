using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Buurtplan;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Buurtplan.Queries.GetBuurtplan;

/// <summary>A neighbourhood's whole buurtplan in one read: goals, actions, activities.</summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker, Role.Analyst)]
public sealed record GetBuurtplanQuery(Guid NeighbourhoodId) : IRequest<BuurtplanDto>;

public sealed class GetBuurtplanHandler(IAppDbContext db, BuurtplanStore store) : IRequestHandler<GetBuurtplanQuery, BuurtplanDto>
{
    public async Task<BuurtplanDto> Handle(GetBuurtplanQuery request, CancellationToken cancellationToken)
    {
        var neighbourhood = await store.NeighbourhoodAsync(request.NeighbourhoodId, cancellationToken);
        var goals = await db.PlanGoals.AsNoTracking().Where(g => g.NeighbourhoodId == neighbourhood.Id).ToListAsync(cancellationToken);
        var actions = await db.PlanActions.AsNoTracking().Where(a => a.NeighbourhoodId == neighbourhood.Id).ToListAsync(cancellationToken);
        var activities = await db.NeighbourhoodActivities.AsNoTracking().Where(a => a.NeighbourhoodId == neighbourhood.Id).ToListAsync(cancellationToken);
        var owners = await db.StaffUsers.AsNoTracking().Where(u => u.Role != Role.Analyst)
            .OrderBy(u => u.DisplayName).Select(u => new PlanOwnerDto(u.Id, u.DisplayName)).ToListAsync(cancellationToken);

        return new BuurtplanDto(
            neighbourhood.Id,
            neighbourhood.Name,
            [.. goals.OrderBy(g => g.CreatedAt).ThenBy(g => g.Id).Select(BuurtplanStore.ToDto)],
            await store.ToDtosAsync([.. actions.OrderBy(a => a.StartOn).ThenBy(a => a.DueOn).ThenBy(a => a.Id)], cancellationToken),
            [.. activities.OrderByDescending(a => a.HeldOn).ThenByDescending(a => a.Id).Select(BuurtplanStore.ToDto)],
            owners,
            PlanKpis.All);
    }
}
