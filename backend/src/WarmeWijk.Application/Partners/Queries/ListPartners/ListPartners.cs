using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Partners.Queries.ListPartners;

/// <summary>The network's partner directory: the organisations a request can be referred to.</summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker, Role.Analyst)]
public sealed record ListPartnersQuery : IRequest<ListResponse<PartnerDto>>;

public sealed record PartnerDto(Guid Id, string Name);

public sealed class ListPartnersHandler(IAppDbContext db) : IRequestHandler<ListPartnersQuery, ListResponse<PartnerDto>>
{
    public async Task<ListResponse<PartnerDto>> Handle(ListPartnersQuery request, CancellationToken cancellationToken)
    {
        var items = await db.PartnerOrganisations.AsNoTracking().OrderBy(p => p.Name).Select(p => new PartnerDto(p.Id, p.Name)).ToListAsync(cancellationToken);
        return new ListResponse<PartnerDto>(items, items.Count);
    }
}
