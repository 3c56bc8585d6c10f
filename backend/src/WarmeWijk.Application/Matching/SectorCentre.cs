using System.Text.Json;
using WarmeWijk.Domain.Matching;

namespace WarmeWijk.Application.Matching;

/// <summary>
/// The middle of a statistical sector's boundary (the mean of its outer rings' corners): a stand-in for a home whose own
/// location is unknown. Sectors are a few hundred metres across in towns, so distances stay roughly right.
/// </summary>
public static class SectorCentre
{
    public static GeoPoint? Of(string geoJsonGeometry)
    {
        using var geometry = JsonDocument.Parse(geoJsonGeometry);
        var root = geometry.RootElement;
        if (!root.TryGetProperty("type", out var type) || !root.TryGetProperty("coordinates", out var coordinates))
        {
            return null;
        }

        var outerRings = type.GetString() switch
        {
            "Polygon" => [coordinates[0]],
            "MultiPolygon" => coordinates.EnumerateArray().Select(polygon => polygon[0]).ToList(),
            _ => [],
        };
        var corners = outerRings.SelectMany(ring => ring.EnumerateArray()).Select(corner => (Longitude: corner[0].GetDouble(), Latitude: corner[1].GetDouble())).ToList();
        return corners.Count == 0 ? null : new GeoPoint(corners.Average(c => c.Latitude), corners.Average(c => c.Longitude));
    }
}
