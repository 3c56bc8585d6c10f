using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.HelpRequests;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Volunteers;

namespace WarmeWijk.Application.Matching.Queries.RankCandidates;

/// <summary>
/// The best volunteers for a request, with reasons; with IncludeExcluded also everyone who cannot take it, and why.
/// Volunteers who declined this request, or let the proposal expire, are not suggested again.
/// </summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record RankCandidatesQuery(Guid HelpRequestId, int Top, bool IncludeExcluded) : IRequest<CandidatesDto>;

public sealed class RankCandidatesValidator : AbstractValidator<RankCandidatesQuery>
{
    public RankCandidatesValidator() => RuleFor(q => q.Top).InclusiveBetween(1, 50);
}

public sealed class RankCandidatesHandler(IAppDbContext db, HelpRequestStore requests, MatchingSession session) : IRequestHandler<RankCandidatesQuery, CandidatesDto>
{
    public async Task<CandidatesDto> Handle(RankCandidatesQuery query, CancellationToken cancellationToken)
    {
        var (request, _) = await requests.LoadForReadAsync(query.HelpRequestId, cancellationToken);
        var (matchRequest, fromSectorCentre) = await session.ToMatchRequestAsync(request, cancellationToken);
        var engine = await session.BuildEngineAsync(cancellationToken);
        var turnedDown = (await db.VolunteerMatches.AsNoTracking()
                .Where(m => m.HelpRequestId == request.Id && (m.Status == MatchStatus.Declined || m.Status == MatchStatus.Expired))
                .Select(m => m.VolunteerId)
                .ToListAsync(cancellationToken))
            .ToHashSet();
        if (!query.IncludeExcluded)
        {
            var ranked = engine.Rank(matchRequest, query.Top + turnedDown.Count);
            return new CandidatesDto(request.Id, fromSectorCentre, [.. ranked.Where(c => !turnedDown.Contains(c.Volunteer.Id)).Take(query.Top).Select(CandidateDto.From)], null);
        }

        var overview = engine.AssessAll(matchRequest);
        return new CandidatesDto(
            request.Id,
            fromSectorCentre,
            [.. overview.Candidates.Where(c => !turnedDown.Contains(c.Volunteer.Id)).Take(query.Top).Select(CandidateDto.From)],
            [
                .. overview.Candidates.Where(c => turnedDown.Contains(c.Volunteer.Id)).Select(c => new ExcludedVolunteerDto(
                    c.Volunteer.Id, c.Volunteer.FirstName, Math.Round(c.DistanceKm, 2),
                    [new ReasonDto(TurnedDown, "Wees deze vraag al af of antwoordde niet op tijd.", "Declined this request before, or did not answer in time.")])),
                .. overview.Excluded.Select(ExcludedVolunteerDto.From),
            ]);
    }

    private const string TurnedDown = "turned-down";
}
