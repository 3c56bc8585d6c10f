using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Buurtanalyse.Queries.GetNeighbourhoodBoundaries;

/// <summary>The neighbourhood's sectors as a GeoJSON FeatureCollection (WGS84); sectors without a boundary are left out.</summary>
[RequiresRole(Role.Coordinator, Role.Analyst)]
public sealed record GetNeighbourhoodBoundariesQuery(Guid NeighbourhoodId) : IRequest<BoundaryCollectionDto>;

public sealed record BoundaryCollectionDto(string Type, IReadOnlyList<BoundaryFeatureDto> Features);

/// <summary>A GeoJSON Feature; <see cref="Geometry"/> is a Polygon or MultiPolygon.</summary>
public sealed record BoundaryFeatureDto(string Type, string Id, JsonElement Geometry, BoundaryPropertiesDto Properties);

/// <summary><see cref="Synthetic"/>: a made-up boundary of the demo, not Statbel's.</summary>
public sealed record BoundaryPropertiesDto(string SectorCode, string SectorName, bool Synthetic);

public sealed class GetNeighbourhoodBoundariesHandler(IAppDbContext db)
    : IRequestHandler<GetNeighbourhoodBoundariesQuery, BoundaryCollectionDto>
{
    public async Task<BoundaryCollectionDto> Handle(GetNeighbourhoodBoundariesQuery request, CancellationToken cancellationToken)
    {
        var sectors = await db.Neighbourhoods.AsNoTracking()
            .Where(n => n.Id == request.NeighbourhoodId)
            .Select(n => n.Sectors.Select(s => new { s.Code, s.Name }).ToList())
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Neighbourhood", request.NeighbourhoodId);

        var codes = sectors.Select(s => s.Code).ToList();
        var geometries = await (
                from geometry in db.SectorGeometries.AsNoTracking()
                join import in db.DatasetImports on geometry.ImportId equals import.Id
                where codes.Contains(geometry.SectorCode)
                select new { geometry.SectorCode, geometry.Geometry, import.IsSynthetic })
            .ToDictionaryAsync(g => g.SectorCode, cancellationToken);

        return new BoundaryCollectionDto("FeatureCollection",
        [
            .. sectors.Where(s => geometries.ContainsKey(s.Code)).Select(s =>
            {
                using var geometry = JsonDocument.Parse(geometries[s.Code].Geometry);
                return new BoundaryFeatureDto("Feature", s.Code, geometry.RootElement.Clone(), new BoundaryPropertiesDto(s.Code, s.Name, geometries[s.Code].IsSynthetic));
            }),
        ]);
    }
}
