using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Buurtanalyse;
using WarmeWijk.Domain.Buurtanalyse.Data;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Application.Buurtanalyse.Queries.GetNeighbourhoodIndicators;

/// <summary>A neighbourhood's indicators per year, compared with its municipality and Flanders, with flags and trends.</summary>
[RequiresRole(Role.Coordinator, Role.Analyst)]
public sealed record GetNeighbourhoodIndicatorsQuery(Guid NeighbourhoodId) : IRequest<NeighbourhoodIndicatorsDto>;

/// <remarks>
/// The figures change only with an import, so the table is cached per neighbourhood and number of successful imports
/// (imports are never deleted): a new import makes a new key on every instance. The neighbourhood is always read first,
/// through the tenant filter, so the cache never answers for another network's neighbourhood.
/// </remarks>
public sealed class GetNeighbourhoodIndicatorsHandler(IAppDbContext db, IOptions<BuurtanalyseOptions> options, IMemoryCache cache)
    : IRequestHandler<GetNeighbourhoodIndicatorsQuery, NeighbourhoodIndicatorsDto>
{
    public async Task<NeighbourhoodIndicatorsDto> Handle(GetNeighbourhoodIndicatorsQuery request, CancellationToken cancellationToken)
    {
        if (!await db.Neighbourhoods.AnyAsync(n => n.Id == request.NeighbourhoodId, cancellationToken))
        {
            throw new NotFoundException("Neighbourhood", request.NeighbourhoodId);
        }

        var version = await db.DatasetImports.CountAsync(i => i.Status == DatasetImportStatus.Succeeded, cancellationToken);
        return (await cache.GetOrCreateAsync((nameof(GetNeighbourhoodIndicatorsQuery), request.NeighbourhoodId, version), entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromMinutes(10);
            return ComputeAsync(request.NeighbourhoodId, cancellationToken);
        }))!;
    }

    private async Task<NeighbourhoodIndicatorsDto> ComputeAsync(Guid neighbourhoodId, CancellationToken cancellationToken)
    {
        var neighbourhood = await db.Neighbourhoods.AsNoTracking()
            .Where(n => n.Id == neighbourhoodId)
            .Select(n => new { n.Name, n.MunicipalityNis, n.MunicipalityName, Sectors = n.Sectors.Select(s => new { s.Code, s.Name }).ToList() })
            .SingleAsync(cancellationToken);

        var codes = neighbourhood.Sectors.Select(s => s.Code).ToList();
        var ownRows = await db.SectorYearFigures.AsNoTracking().Where(f => codes.Contains(f.SectorCode)).ToListAsync(cancellationToken);
        var own = ownRows.SelectMany(r => r.ToObservations()).ToList();

        // The municipality is compared for the latest year of each indicator only, so only those years are read.
        var latestYears = own.GroupBy(o => o.IndicatorId).ToDictionary(g => g.Key, g => g.Max(o => o.Year), StringComparer.Ordinal);
        var compared = Indicators.All.Where(i => i.Kind != IndicatorKind.Count && latestYears.ContainsKey(i.Id)).Select(i => i.Id).ToHashSet();
        var years = compared.Select(id => latestYears[id]).Distinct().ToList();
        var municipal = (await db.SectorYearFigures.AsNoTracking()
                .Where(f => f.MunicipalityNis == neighbourhood.MunicipalityNis && years.Contains(f.Year) && !codes.Contains(f.SectorCode))
                .ToListAsync(cancellationToken))
            .SelectMany(r => r.ToObservations())
            .Where(o => compared.Contains(o.IndicatorId) && latestYears[o.IndicatorId] == o.Year);
        var municipalitySectors = await db.ReferenceSectors.AsNoTracking()
            .Where(s => s.MunicipalityNis == neighbourhood.MunicipalityNis).Select(s => s.Code).ToListAsync(cancellationToken);

        var observations = own.Concat(municipal).ToList();
        var area = new SectorArea(neighbourhood.Name, [.. codes.Select(SectorCode.Parse)]);
        var analyses = new IndicatorEngine(options.Value.Thresholds()).Analyse(
                area,
                new SectorArea(neighbourhood.MunicipalityName, [.. municipalitySectors.Select(SectorCode.Parse)]),
                Indicators.All,
                observations,
                FlandersReferences.All)
            .Where(a => a.Latest is not null)
            .ToList();

        var synthetic = ownRows.Any(r => r.Figures.Values.Any(f => f.Synthetic));
        var ownObservations = own.ToLookup(o => o.IndicatorId, StringComparer.Ordinal);

        return new NeighbourhoodIndicatorsDto(
            neighbourhoodId,
            neighbourhood.Name,
            neighbourhood.MunicipalityName,
            synthetic,
            [.. analyses.Select(a => a.ToDto())],
            [
                .. neighbourhood.Sectors.Select(sector => new SectorValuesDto(sector.Code, sector.Name,
                [
                    .. analyses.Select(a => SectorAggregation.Aggregate(
                            a.Indicator, a.Latest!.Year, [SectorCode.Parse(sector.Code)], ownObservations[a.Indicator.Id]))
                        .Select(v => new SectorValueDto(v.Indicator.Id, v.Year, v.Status, v.ToDto().Value)),
                ])),
            ]);
    }
}
