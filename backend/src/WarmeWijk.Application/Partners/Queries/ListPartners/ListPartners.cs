using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Partners;

namespace WarmeWijk.Application.Partners.Queries.ListPartners;

/// <summary>
/// The network's sociale kaart, filtered by kind, help category and neighbourhood served; <see cref="ReferralTargets"/>
/// keeps the active actors that take referrals. With <see cref="SuggestCategory"/> and/or <see cref="SuggestSectorCode"/>
/// (a help request's category and sector) the actors that offer that help and serve that place come first, marked suggested;
/// among them, those that name the sector's neighbourhood (not only the whole network) come first, marked active in the neighbourhood.
/// </summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker, Role.Analyst)]
public sealed record ListPartnersQuery(
    ActorKind? Kind = null,
    string? Category = null,
    Guid? NeighbourhoodId = null,
    bool ReferralTargets = false,
    bool IncludeInactive = true,
    string? SuggestCategory = null,
    string? SuggestSectorCode = null) : IRequest<ListResponse<PartnerDto>>;

public sealed class ListPartnersHandler(IAppDbContext db) : IRequestHandler<ListPartnersQuery, ListResponse<PartnerDto>>
{
    public async Task<ListResponse<PartnerDto>> Handle(ListPartnersQuery request, CancellationToken cancellationToken)
    {
        var query = db.PartnerOrganisations.AsNoTracking();
        if (request.Kind is { } kind)
        {
            query = query.Where(p => p.Kind == kind);
        }

        if (request.ReferralTargets)
        {
            query = query.Where(p => p.IsActive && p.AcceptsReferrals);
        }
        else if (!request.IncludeInactive)
        {
            query = query.Where(p => p.IsActive);
        }

        // The lists are small (a network's directory): the list-valued filters run in memory, the same on both providers.
        var actors = (await query.OrderBy(p => p.Name).ToListAsync(cancellationToken))
            .Where(p => string.IsNullOrWhiteSpace(request.Category) || p.Categories.Contains(request.Category.Trim()))
            .Where(p => request.NeighbourhoodId is not { } id || p.Serves(id))
            .ToList();

        var places = await NeighbourhoodsOfSectorAsync(request.SuggestSectorCode, cancellationToken);
        var items = actors
            .Select(p => PartnerDto.From(p, Fits(p, request.SuggestCategory, places), places?.Any(p.NeighbourhoodIds.Contains) == true))
            .OrderByDescending(p => p.Suggested).ThenByDescending(p => p.ActiveInNeighbourhood)
            .ToList();
        return new ListResponse<PartnerDto>(items, items.Count);
    }

    private static bool Fits(PartnerOrganisation actor, string? category, IReadOnlyList<Guid>? places)
    {
        if (string.IsNullOrWhiteSpace(category) && places is null)
        {
            return false;
        }

        var offers = string.IsNullOrWhiteSpace(category) || actor.Categories.Contains(category.Trim());
        var serves = places is null || actor.NeighbourhoodIds.Count == 0 || places.Any(actor.NeighbourhoodIds.Contains);
        return offers && serves;
    }

    /// <summary>The neighbourhoods a sector belongs to; null when no sector is given.</summary>
    private async Task<IReadOnlyList<Guid>?> NeighbourhoodsOfSectorAsync(string? sectorCode, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(sectorCode))
        {
            return null;
        }

        var code = sectorCode.Trim().ToUpperInvariant();
        var neighbourhoods = await db.Neighbourhoods.AsNoTracking()
            .Select(n => new { n.Id, Codes = n.Sectors.Select(s => s.Code).ToList() })
            .ToListAsync(cancellationToken);
        return [.. neighbourhoods.Where(n => n.Codes.Contains(code)).Select(n => n.Id)];
    }
}
