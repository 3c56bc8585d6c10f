using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Matching.Queries.GetMatchingWeights;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Matching;

namespace WarmeWijk.Application.Matching.Commands.SetMatchingWeights;

/// <summary>Sets the network's weights of the matching scores; Reset goes back to the defaults.</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record SetMatchingWeightsCommand(
    double Distance, double AvailabilityOverlap, double LoadBalance, double Continuity, double Preferences, double DistanceHalfScoreKm, bool Reset = false)
    : IRequest<MatchingWeightsDto>;

public sealed class SetMatchingWeightsValidator : AbstractValidator<SetMatchingWeightsCommand>
{
    public SetMatchingWeightsValidator()
    {
        When(c => !c.Reset, () =>
        {
            RuleFor(c => c.Distance).InclusiveBetween(0, MatchingWeights.MaxWeight);
            RuleFor(c => c.AvailabilityOverlap).InclusiveBetween(0, MatchingWeights.MaxWeight);
            RuleFor(c => c.LoadBalance).InclusiveBetween(0, MatchingWeights.MaxWeight);
            RuleFor(c => c.Continuity).InclusiveBetween(0, MatchingWeights.MaxWeight);
            RuleFor(c => c.Preferences).InclusiveBetween(0, MatchingWeights.MaxWeight);
            RuleFor(c => c.DistanceHalfScoreKm).GreaterThan(0).LessThanOrEqualTo(100);
            RuleFor(c => c).Must(c => c.Distance + c.AvailabilityOverlap + c.LoadBalance + c.Continuity + c.Preferences > 0)
                .OverridePropertyName("distance").WithMessage("At least one weight must be more than zero, or every candidate scores the same.");
        });
    }
}

public sealed class SetMatchingWeightsHandler(IAppDbContext db, ICurrentUser currentUser) : IRequestHandler<SetMatchingWeightsCommand, MatchingWeightsDto>
{
    public async Task<MatchingWeightsDto> Handle(SetMatchingWeightsCommand request, CancellationToken cancellationToken)
    {
        var network = await db.Networks.SingleAsync(n => n.Id == currentUser.NetworkId, cancellationToken);
        network.SetMatchingWeights(request.Reset ? null : new MatchingWeights
        {
            Distance = request.Distance,
            AvailabilityOverlap = request.AvailabilityOverlap,
            LoadBalance = request.LoadBalance,
            Continuity = request.Continuity,
            Preferences = request.Preferences,
            DistanceHalfScoreKm = request.DistanceHalfScoreKm,
        });
        await db.SaveChangesAsync(cancellationToken);
        return MatchingWeightsDto.From(network.MatchingWeights, network.CustomMatchingWeights is null);
    }
}
