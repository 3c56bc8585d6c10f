using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Buurtplan.Queries.GetGoal;

[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker, Role.Analyst)]
public sealed record GetPlanGoalQuery(Guid Id) : IRequest<PlanGoalDto>;

public sealed class GetPlanGoalHandler(BuurtplanStore store) : IRequestHandler<GetPlanGoalQuery, PlanGoalDto>
{
    public async Task<PlanGoalDto> Handle(GetPlanGoalQuery request, CancellationToken cancellationToken) =>
        BuurtplanStore.ToDto(await store.GoalAsync(request.Id, cancellationToken));
}
