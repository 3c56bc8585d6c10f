using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Buurtplan.Queries.GetAction;

[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker, Role.Analyst)]
public sealed record GetPlanActionQuery(Guid Id) : IRequest<PlanActionDto>;

public sealed class GetPlanActionHandler(BuurtplanStore store) : IRequestHandler<GetPlanActionQuery, PlanActionDto>
{
    public async Task<PlanActionDto> Handle(GetPlanActionQuery request, CancellationToken cancellationToken) =>
        await store.ToDtoAsync(await store.ActionAsync(request.Id, cancellationToken), cancellationToken);
}
