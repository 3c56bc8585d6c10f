using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Buurtanalyse.Queries.GetDatasetImport;

/// <summary>One import with its progress while it runs, and its rejected lines.</summary>
[RequiresRole(Role.Coordinator, Role.Analyst)]
public sealed record GetDatasetImportQuery(Guid Id) : IRequest<DatasetImportDto>;

public sealed class GetDatasetImportHandler(DatasetImportReader reader) : IRequestHandler<GetDatasetImportQuery, DatasetImportDto>
{
    public async Task<DatasetImportDto> Handle(GetDatasetImportQuery request, CancellationToken cancellationToken) =>
        (await reader.ReadAsync(q => q.Where(i => i.Id == request.Id), true, cancellationToken)).SingleOrDefault()
        ?? throw new NotFoundException("Import", request.Id);
}
