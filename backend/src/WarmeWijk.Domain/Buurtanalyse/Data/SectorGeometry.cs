namespace WarmeWijk.Domain.Buurtanalyse.Data;

/// <summary>A sector's boundary as GeoJSON (Polygon or MultiPolygon, WGS84), shared open data; the latest import wins.</summary>
public sealed class SectorGeometry
{
    private SectorGeometry()
    {
        SectorCode = string.Empty;
        MunicipalityNis = string.Empty;
        GeometryType = string.Empty;
        Geometry = string.Empty;
    }

    public SectorGeometry(string sectorCode, string municipalityNis, string geometryType, string geometry, Guid importId)
    {
        SectorCode = sectorCode;
        MunicipalityNis = municipalityNis;
        GeometryType = geometryType;
        Geometry = geometry;
        ImportId = importId;
    }

    public string SectorCode { get; private set; }

    public string MunicipalityNis { get; private set; }

    public string GeometryType { get; private set; }

    /// <summary>The GeoJSON geometry object, compact.</summary>
    public string Geometry { get; private set; }

    public Guid ImportId { get; private set; }
}
