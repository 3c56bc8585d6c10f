using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Matching;
using WarmeWijk.Domain.Volunteers;

namespace WarmeWijk.Application.Volunteers.Queries.ListVolunteers;

/// <summary>The network's volunteers by name, filtered on status, buddy type or a part of the name.</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record ListVolunteersQuery(VolunteerStatus? Status, BuddyType? BuddyType, string? Search) : IRequest<ListResponse<VolunteerSummaryDto>>;

public sealed class ListVolunteersValidator : AbstractValidator<ListVolunteersQuery>
{
    public ListVolunteersValidator()
    {
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.BuddyType).IsInEnum();
        RuleFor(q => q.Search).MaximumLength(80);
    }
}

public sealed class ListVolunteersHandler(IAppDbContext db) : IRequestHandler<ListVolunteersQuery, ListResponse<VolunteerSummaryDto>>
{
    public async Task<ListResponse<VolunteerSummaryDto>> Handle(ListVolunteersQuery request, CancellationToken cancellationToken)
    {
        var volunteers = db.Volunteers.AsNoTracking();
        if (request.Status is { } status)
        {
            volunteers = volunteers.Where(v => v.Status == status);
        }

        // Name and buddy type are filtered in memory: a network has hundreds of volunteers, and the two providers store
        // lists and compare case differently.
        var search = request.Search?.Trim() ?? string.Empty;
        var found = (await volunteers.OrderBy(v => v.LastName).ThenBy(v => v.FirstName).ToListAsync(cancellationToken))
            .Where(v => request.BuddyType is not { } type || v.BuddyTypes.Contains(type))
            .Where(v => v.FirstName.Contains(search, StringComparison.OrdinalIgnoreCase) || v.LastName.Contains(search, StringComparison.OrdinalIgnoreCase))
            .ToList();

        var busy = await db.VolunteerMatches.AsNoTracking()
            .Where(m => m.Status == MatchStatus.Proposed || m.Status == MatchStatus.Accepted)
            .GroupBy(m => m.VolunteerId)
            .Select(g => new { VolunteerId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.VolunteerId, g => g.Count, cancellationToken);
        var items = found.Select(v => new VolunteerSummaryDto(
            v.Id, v.FirstName, v.LastName, v.Role, v.Status, v.BuddyTypes, [.. v.Languages.Select(l => l.Code)], v.SectorCode,
            v.MaxConcurrentMatches, busy.GetValueOrDefault(v.Id), v.Screening?.ExpiresOn)).ToList();
        return new ListResponse<VolunteerSummaryDto>(items, items.Count);
    }
}
