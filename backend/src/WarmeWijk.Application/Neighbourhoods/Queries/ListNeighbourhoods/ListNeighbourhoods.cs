using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Neighbourhoods.Queries.ListNeighbourhoods;

[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker, Role.Analyst)]
public sealed record ListNeighbourhoodsQuery : IRequest<ListResponse<NeighbourhoodSummaryDto>>;

public sealed class ListNeighbourhoodsHandler(IAppDbContext db, IMapper mapper)
    : IRequestHandler<ListNeighbourhoodsQuery, ListResponse<NeighbourhoodSummaryDto>>
{
    public async Task<ListResponse<NeighbourhoodSummaryDto>> Handle(ListNeighbourhoodsQuery request, CancellationToken cancellationToken)
    {
        var items = await db.Neighbourhoods.AsNoTracking()
            .OrderBy(n => n.Name)
            .ProjectTo<NeighbourhoodSummaryDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        return new ListResponse<NeighbourhoodSummaryDto>(items, items.Count);
    }
}
