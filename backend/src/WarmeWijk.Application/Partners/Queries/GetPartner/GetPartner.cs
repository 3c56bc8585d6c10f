using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Partners.Queries.GetPartner;

/// <summary>One actor of the sociale kaart; its version is the ETag.</summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker, Role.Analyst)]
public sealed record GetPartnerQuery(Guid Id) : IRequest<PartnerDto>;

public sealed class GetPartnerHandler(SocialMapStore store) : IRequestHandler<GetPartnerQuery, PartnerDto>
{
    public async Task<PartnerDto> Handle(GetPartnerQuery request, CancellationToken cancellationToken) =>
        PartnerDto.From(await store.LoadAsync(request.Id, cancellationToken));
}
