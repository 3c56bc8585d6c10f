using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Referrals.Queries.GetPartnerReferral;

/// <summary>The status of one of the partner's own referrals; another partner's is "not found".</summary>
[RequiresRole(Role.Partner)]
public sealed record GetPartnerReferralQuery(Guid Id) : IRequest<PartnerReferralDto>;

public sealed class GetPartnerReferralHandler(PartnerReferrals referrals, ICurrentUser currentUser) : IRequestHandler<GetPartnerReferralQuery, PartnerReferralDto>
{
    public async Task<PartnerReferralDto> Handle(GetPartnerReferralQuery request, CancellationToken cancellationToken) =>
        (await referrals.RowsFor(currentUser.PartnerOrganisationId!.Value).SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken))?.ToView()
        ?? throw new NotFoundException("Referral", request.Id);
}
