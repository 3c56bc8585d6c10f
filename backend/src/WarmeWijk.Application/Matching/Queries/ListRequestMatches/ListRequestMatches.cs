using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Volunteers;

namespace WarmeWijk.Application.Matching.Queries.ListRequestMatches;

/// <summary>Every volunteer proposed for a request, newest first, with how each proposal ended.</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record ListRequestMatchesQuery(Guid HelpRequestId) : IRequest<ListResponse<RequestMatchDto>>;

public sealed record RequestMatchDto(
    Guid Id, Guid VolunteerId, string VolunteerFirstName, MatchStatus Status, DateTimeOffset ProposedAt, DateTimeOffset AnswerBy,
    DateTimeOffset? AnsweredAt, string? DeclineReason, DateTimeOffset? CompletedAt, decimal? Hours);

public sealed class ListRequestMatchesHandler(IAppDbContext db) : IRequestHandler<ListRequestMatchesQuery, ListResponse<RequestMatchDto>>
{
    public async Task<ListResponse<RequestMatchDto>> Handle(ListRequestMatchesQuery query, CancellationToken cancellationToken)
    {
        if (!await db.HelpRequests.AnyAsync(r => r.Id == query.HelpRequestId, cancellationToken))
        {
            throw new NotFoundException("Help request", query.HelpRequestId);
        }

        var items = await (
                from match in db.VolunteerMatches.AsNoTracking()
                join volunteer in db.Volunteers on match.VolunteerId equals volunteer.Id
                where match.HelpRequestId == query.HelpRequestId
                orderby match.ProposedAt descending
                select new RequestMatchDto(
                    match.Id, match.VolunteerId, volunteer.FirstName, match.Status, match.ProposedAt, match.AnswerBy, match.AnsweredAt,
                    match.DeclineReason, match.CompletedAt, match.Hours))
            .ToListAsync(cancellationToken);
        return new ListResponse<RequestMatchDto>(items, items.Count);
    }
}
