using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Buurtplan.Queries.GetActivity;

[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker, Role.Analyst)]
public sealed record GetNeighbourhoodActivityQuery(Guid Id) : IRequest<NeighbourhoodActivityDto>;

public sealed class GetNeighbourhoodActivityHandler(BuurtplanStore store) : IRequestHandler<GetNeighbourhoodActivityQuery, NeighbourhoodActivityDto>
{
    public async Task<NeighbourhoodActivityDto> Handle(GetNeighbourhoodActivityQuery request, CancellationToken cancellationToken) =>
        BuurtplanStore.ToDto(await store.ActivityAsync(request.Id, cancellationToken));
}
