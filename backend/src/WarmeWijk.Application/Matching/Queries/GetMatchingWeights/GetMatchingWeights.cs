using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Matching;

namespace WarmeWijk.Application.Matching.Queries.GetMatchingWeights;

/// <summary>The weights the network's matching uses, and whether they are the defaults.</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record GetMatchingWeightsQuery : IRequest<MatchingWeightsDto>;

public sealed record MatchingWeightsDto(
    double Distance, double AvailabilityOverlap, double LoadBalance, double Continuity, double Preferences, double DistanceHalfScoreKm, bool IsDefault)
{
    public static MatchingWeightsDto From(MatchingWeights weights, bool isDefault) => new(
        weights.Distance, weights.AvailabilityOverlap, weights.LoadBalance, weights.Continuity, weights.Preferences, weights.DistanceHalfScoreKm, isDefault);
}

public sealed class GetMatchingWeightsHandler(IAppDbContext db, ICurrentUser currentUser) : IRequestHandler<GetMatchingWeightsQuery, MatchingWeightsDto>
{
    public async Task<MatchingWeightsDto> Handle(GetMatchingWeightsQuery request, CancellationToken cancellationToken)
    {
        var network = await db.Networks.AsNoTracking().SingleAsync(n => n.Id == currentUser.NetworkId, cancellationToken);
        return MatchingWeightsDto.From(network.MatchingWeights, network.CustomMatchingWeights is null);
    }
}
