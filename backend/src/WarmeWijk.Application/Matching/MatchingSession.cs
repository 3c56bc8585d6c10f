using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Matching;
using WarmeWijk.Domain.Volunteers;

namespace WarmeWijk.Application.Matching;

/// <summary>
/// Builds what the matching engine sees from the caller's network: its volunteers with their current load and the
/// residents they helped, and a help request with its resident and category.
/// </summary>
public sealed class MatchingSession(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    /// <summary>Needs recorded at intake that describe the home; a volunteer may refuse these as a boundary.</summary>
    private static readonly Dictionary<string, HomeCondition> HomeConditionNeeds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pets-at-home"] = HomeCondition.Pets,
        ["stairs-at-home"] = HomeCondition.Stairs,
        ["smoking-at-home"] = HomeCondition.Smoking,
    };

    /// <summary>No wished moment means any day, during the day.</summary>
    private static readonly TimeWindow[] AnyDaytime =
        [.. Enum.GetValues<Weekday>().Select(day => new TimeWindow(day, new TimeOnly(8, 0), new TimeOnly(21, 0)))];

    public async Task<MatchingEngine> BuildEngineAsync(CancellationToken cancellationToken)
    {
        var networkId = currentUser.NetworkId ?? throw new ForbiddenException("Matching needs a signed-in network member.");
        var weights = (await db.Networks.AsNoTracking().SingleAsync(n => n.Id == networkId, cancellationToken)).MatchingWeights;
        var volunteers = await db.Volunteers.AsNoTracking().ToListAsync(cancellationToken);
        var matches = await db.VolunteerMatches.AsNoTracking()
            .Where(m => m.Status == MatchStatus.Proposed || m.Status == MatchStatus.Accepted || m.Status == MatchStatus.Completed)
            .Select(m => new { m.VolunteerId, m.ResidentId, m.Status })
            .ToListAsync(cancellationToken);
        var load = matches.Where(m => m.Status != MatchStatus.Completed).CountBy(m => m.VolunteerId).ToDictionary();
        var helped = matches.Where(m => m.Status != MatchStatus.Proposed).ToLookup(m => m.VolunteerId, m => m.ResidentId);
        return new MatchingEngine(volunteers.Select(v => v.ToCandidate(load.GetValueOrDefault(v.Id), helped[v.Id])), weights);
    }

    /// <summary>
    /// The request as the engine sees it, and whether its location is the resident's sector centre; 409 when it cannot
    /// be matched to volunteers at all.
    /// </summary>
    public async Task<(MatchRequest Request, bool FromSectorCentre)> ToMatchRequestAsync(HelpRequest request, CancellationToken cancellationToken)
    {
        var resident = await db.Residents.AsNoTracking().SingleAsync(r => r.Id == request.ResidentId, cancellationToken);
        var category = await db.HelpCategories.AsNoTracking().SingleOrDefaultAsync(c => c.Code == request.CategoryCode, cancellationToken);
        if (category is null || category.BuddyTypes.Count == 0)
        {
            throw new ConflictException($"The category '{request.CategoryCode}' is not done by volunteers; give it buddy types in Beheer, or refer the request.");
        }

        var home = resident.Home ?? await SectorCentreAsync(resident.Address.SectorCode, cancellationToken)
            ?? throw new ConflictException("The resident's home has no location yet, and its statistical sector has no boundary to stand in; add the location to the resident so distances can be computed.");
        var from = request.WishedFrom is { } wished && wished > Today ? wished : Today;
        var matchRequest = new MatchRequest
        {
            Id = request.Id,
            ResidentId = resident.Id,
            CategoryCode = category.Code,
            AcceptedBuddyTypes = category.BuddyTypes.ToHashSet(),
            Languages = resident.Languages.ToHashSet(),
            HomeConditions = request.Needs.Where(HomeConditionNeeds.ContainsKey).Select(need => HomeConditionNeeds[need]).ToHashSet(),
            WishedWindows = request.TimeWindows.Count > 0 ? request.TimeWindows : AnyDaytime,
            Period = new DateRange(from, request.Recurrence == Recurrence.OneOff ? from : from.AddDays(27)),
            Location = home,
            RequiresHomeVisit = category.RequiresHomeVisit,
            RequiredTraining = category.RequiredTraining.ToHashSet(),
        };
        return (matchRequest, resident.Home is null);
    }

    private async Task<GeoPoint?> SectorCentreAsync(string sectorCode, CancellationToken cancellationToken)
    {
        var boundary = await db.SectorGeometries.AsNoTracking().Where(g => g.SectorCode == sectorCode).Select(g => g.Geometry).SingleOrDefaultAsync(cancellationToken);
        return boundary is null ? null : SectorCentre.Of(boundary);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
