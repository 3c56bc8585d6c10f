using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Matching;

namespace WarmeWijk.Application.HelpCategories.Queries.ListHelpCategories;

/// <summary>The categories offered at intake; with IncludeInactive also the ones switched off (for beheer).</summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker, Role.Analyst, Role.Partner)]
public sealed record ListHelpCategoriesQuery(bool IncludeInactive = false) : IRequest<ListResponse<HelpCategoryDto>>;

public sealed record HelpCategoryDto(
    string Code, string NameNl, string NameEn, TriageRoute DefaultRoute, bool IsActive,
    IReadOnlyList<BuddyType> BuddyTypes, bool RequiresHomeVisit, IReadOnlyList<string> RequiredTraining)
{
    public static HelpCategoryDto From(HelpCategory category) =>
        new(category.Code, category.NameNl, category.NameEn, category.DefaultRoute, category.IsActive,
            category.BuddyTypes, category.RequiresHomeVisit, category.RequiredTraining);
}

public sealed class ListHelpCategoriesHandler(IAppDbContext db) : IRequestHandler<ListHelpCategoriesQuery, ListResponse<HelpCategoryDto>>
{
    public async Task<ListResponse<HelpCategoryDto>> Handle(ListHelpCategoriesQuery request, CancellationToken cancellationToken)
    {
        var items = (await db.HelpCategories.AsNoTracking()
            .Where(c => request.IncludeInactive || c.IsActive)
            .OrderBy(c => c.NameNl)
            .ToListAsync(cancellationToken)).Select(HelpCategoryDto.From).ToList();
        return new ListResponse<HelpCategoryDto>(items, items.Count);
    }
}
