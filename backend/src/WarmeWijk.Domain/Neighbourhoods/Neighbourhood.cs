using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Neighbourhoods;

/// <summary>A named set of statistical sectors in one municipality (a buurt or wijk).</summary>
public sealed class Neighbourhood : TenantOwnedEntity
{
    private readonly List<NeighbourhoodSector> _sectors = [];

    private Neighbourhood()
    {
        Name = string.Empty;
        MunicipalityNis = string.Empty;
        MunicipalityName = string.Empty;
    }

    public Neighbourhood(string name, string municipalityNis, string municipalityName, IEnumerable<NeighbourhoodSector> sectors)
    {
        Name = name;
        MunicipalityNis = municipalityNis;
        MunicipalityName = municipalityName;
        foreach (var sector in sectors)
        {
            AddSector(sector);
        }

        if (_sectors.Count == 0)
        {
            throw new DomainRuleException("A neighbourhood needs at least one statistical sector.");
        }
    }

    public string Name { get; private set; }

    public string MunicipalityNis { get; private set; }

    public string MunicipalityName { get; private set; }

    public IReadOnlyList<NeighbourhoodSector> Sectors => _sectors;

    private void AddSector(NeighbourhoodSector sector)
    {
        if (sector.MunicipalityNis != MunicipalityNis)
        {
            throw new DomainRuleException(
                $"Sector {sector.Code} lies in municipality {sector.MunicipalityNis}, not in {MunicipalityNis}.");
        }

        if (_sectors.Any(s => s.Code == sector.Code))
        {
            throw new DomainRuleException($"Sector {sector.Code} is listed twice.");
        }

        _sectors.Add(sector);
    }
}

/// <summary>A sector as part of a neighbourhood, with the official name at the time it was added.</summary>
public sealed class NeighbourhoodSector
{
    private NeighbourhoodSector()
    {
        Code = string.Empty;
        Name = string.Empty;
        MunicipalityNis = string.Empty;
    }

    public NeighbourhoodSector(SectorCode code, string name, string municipalityNis)
    {
        Code = code.Value;
        Name = name;
        MunicipalityNis = municipalityNis;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string MunicipalityNis { get; private set; }
}
