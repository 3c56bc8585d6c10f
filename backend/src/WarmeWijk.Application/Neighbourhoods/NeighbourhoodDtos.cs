using AutoMapper;
using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Application.Neighbourhoods;

public sealed record NeighbourhoodSummaryDto(Guid Id, string Name, string MunicipalityNis, string MunicipalityName, int SectorCount);

public sealed record NeighbourhoodDto(Guid Id, string Name, string MunicipalityNis, string MunicipalityName, IReadOnlyList<SectorDto> Sectors);

public sealed record SectorDto(string Code, string Name);

public sealed class NeighbourhoodMappingProfile : Profile
{
    public NeighbourhoodMappingProfile()
    {
        CreateMap<Neighbourhood, NeighbourhoodSummaryDto>()
            .ForCtorParam(nameof(NeighbourhoodSummaryDto.SectorCount), o => o.MapFrom(n => n.Sectors.Count));
        CreateMap<Neighbourhood, NeighbourhoodDto>();
        CreateMap<NeighbourhoodSector, SectorDto>();
    }
}
