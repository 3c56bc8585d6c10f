using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Signals;

namespace WarmeWijk.Application.Buurtanalyse.Queries.GetNeighbourhoodSignals;

/// <summary>
/// The signals raised in a neighbourhood's sectors: counts per theme (from intakes closed without an offer, from
/// field work and from the neighbourhood's buurtbevragingen) and the latest signals themselves, which hold no personal data.
/// </summary>
[RequiresRole(Role.Coordinator, Role.Analyst, Role.FieldWorker)]
public sealed record GetNeighbourhoodSignalsQuery(Guid NeighbourhoodId, int Latest = 20) : IRequest<NeighbourhoodSignalsDto>;

public sealed record NeighbourhoodSignalsDto(IReadOnlyList<ThemeCountDto> Themes, IReadOnlyList<SignalDto> Latest, int Total);

public sealed record ThemeCountDto(string Theme, int FromIntakes, int FromFieldWork, int FromConsultations, int Total);

public sealed record SignalDto(Guid Id, SignalSource Source, string Theme, string SectorCode, string Description, DateTimeOffset RaisedAt);

public sealed class GetNeighbourhoodSignalsHandler(IAppDbContext db) : IRequestHandler<GetNeighbourhoodSignalsQuery, NeighbourhoodSignalsDto>
{
    public async Task<NeighbourhoodSignalsDto> Handle(GetNeighbourhoodSignalsQuery request, CancellationToken cancellationToken)
    {
        var codes = await NeighbourhoodSectors.CodesAsync(db, request.NeighbourhoodId, cancellationToken);
        var signals = db.Signals.AsNoTracking().Where(s => codes.Contains(s.SectorCode));
        var counts = await signals
            .GroupBy(s => new { s.Theme, s.Source })
            .Select(g => new { g.Key.Theme, g.Key.Source, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var latest = await signals
            .OrderByDescending(s => s.RaisedAt).ThenByDescending(s => s.Id)
            .Take(Math.Clamp(request.Latest, 1, 100))
            .Select(s => new SignalDto(s.Id, s.Source, s.Theme, s.SectorCode, s.Description, s.RaisedAt))
            .ToListAsync(cancellationToken);

        // A buurtbevraging counts once for each theme it raised.
        var consulted = (await db.Consultations.AsNoTracking()
                .Where(c => c.NeighbourhoodId == request.NeighbourhoodId)
                .Select(c => c.Themes)
                .ToListAsync(cancellationToken))
            .SelectMany(themes => themes)
            .CountBy(theme => theme)
            .ToDictionary();

        var themes = counts.Select(c => c.Theme).Concat(consulted.Keys).Distinct()
            .Select(theme =>
            {
                var intakes = counts.Where(c => c.Theme == theme && c.Source == SignalSource.IntakeClosedNoOffer).Sum(c => c.Count);
                var fieldWork = counts.Where(c => c.Theme == theme && c.Source == SignalSource.FieldWork).Sum(c => c.Count);
                var consultations = consulted.GetValueOrDefault(theme);
                return new ThemeCountDto(theme, intakes, fieldWork, consultations, intakes + fieldWork + consultations);
            })
            .OrderByDescending(t => t.Total).ThenBy(t => t.Theme, StringComparer.Ordinal)
            .ToList();
        return new NeighbourhoodSignalsDto(themes, latest, counts.Sum(c => c.Count));
    }
}

/// <summary>The sector codes of a neighbourhood of the caller's network; 404 for another network's.</summary>
internal static class NeighbourhoodSectors
{
    public static async Task<List<string>> CodesAsync(IAppDbContext db, Guid neighbourhoodId, CancellationToken cancellationToken) =>
        await db.Neighbourhoods.AsNoTracking()
            .Where(n => n.Id == neighbourhoodId)
            .Select(n => n.Sectors.Select(s => s.Code).ToList())
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Neighbourhood", neighbourhoodId);
}
