namespace WarmeWijk.Domain.Buurtanalyse.Data;

/// <summary>A row of Statbel's table of statistical sectors (Flanders and Brussels), reference data shared by all networks.</summary>
public sealed class ReferenceSector
{
    private ReferenceSector()
    {
        Code = string.Empty;
        Name = string.Empty;
        MunicipalityNis = string.Empty;
        MunicipalityName = string.Empty;
    }

    public ReferenceSector(string code, string name, string municipalityNis, string municipalityName, string? wijkCode, string? wijkName)
    {
        Code = code;
        Name = name;
        MunicipalityNis = municipalityNis;
        MunicipalityName = municipalityName;
        WijkCode = wijkCode;
        WijkName = wijkName;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string MunicipalityNis { get; private set; }

    public string MunicipalityName { get; private set; }

    public string? WijkCode { get; private set; }

    public string? WijkName { get; private set; }
}
