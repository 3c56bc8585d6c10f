using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Neighbourhoods.Queries.GetNeighbourhood;

[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker, Role.Analyst)]
public sealed record GetNeighbourhoodQuery(Guid Id) : IRequest<NeighbourhoodDto>;

public sealed class GetNeighbourhoodHandler(IAppDbContext db, IMapper mapper) : IRequestHandler<GetNeighbourhoodQuery, NeighbourhoodDto>
{
    public async Task<NeighbourhoodDto> Handle(GetNeighbourhoodQuery request, CancellationToken cancellationToken) =>
        await db.Neighbourhoods.AsNoTracking()
            .Where(n => n.Id == request.Id)
            .ProjectTo<NeighbourhoodDto>(mapper.ConfigurationProvider)
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Neighbourhood", request.Id);
}
