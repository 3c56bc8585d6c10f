using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Buurtanalyse.Queries.ListDatasetImports;

/// <summary>The latest imports of open data, newest first (shared by all networks, like the data itself).</summary>
[RequiresRole(Role.Coordinator, Role.Analyst)]
public sealed record ListDatasetImportsQuery(int Limit = 50) : IRequest<ListResponse<DatasetImportDto>>;

public sealed class ListDatasetImportsHandler(IAppDbContext db, DatasetImportReader reader)
    : IRequestHandler<ListDatasetImportsQuery, ListResponse<DatasetImportDto>>
{
    public async Task<ListResponse<DatasetImportDto>> Handle(ListDatasetImportsQuery request, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(request.Limit, 1, 200);
        var items = await reader.ReadAsync(q => q.OrderByDescending(i => i.StartedAt).ThenByDescending(i => i.Id).Take(limit), false, cancellationToken);
        return new ListResponse<DatasetImportDto>(items, await db.DatasetImports.CountAsync(cancellationToken));
    }
}
