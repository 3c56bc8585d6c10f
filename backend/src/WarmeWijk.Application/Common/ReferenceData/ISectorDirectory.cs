using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Application.Common.ReferenceData;

public sealed record StatisticalSector(SectorCode Code, string Name, string MunicipalityNis, string MunicipalityName, string? WijkCode, string? WijkName);

/// <summary>The official list of statistical sectors of Flanders and Brussels (Statbel, 2024 division).</summary>
public interface ISectorDirectory
{
    int Count { get; }

    StatisticalSector? Find(SectorCode code);
}
