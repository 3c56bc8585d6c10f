using System.Globalization;
using System.Text.Json;

namespace WarmeWijk.Infrastructure.Buurtanalyse.Import;

/// <summary>Checks that a GeoJSON geometry is a usable sector boundary: a Polygon or MultiPolygon in WGS84 degrees.</summary>
internal static class GeometryCheck
{
    public const string ConvertHint = "Convert the file with: ogr2ogr -f GeoJSON -t_srs EPSG:4326 out.geojson in.geojson";

    /// <summary>Why the geometry cannot be used, or <see langword="null"/> when it can.</summary>
    public static string? Problem(JsonElement geometry)
    {
        if (geometry.ValueKind != JsonValueKind.Object)
        {
            return "The feature has no geometry.";
        }

        var type = geometry.TryGetProperty("type", out var typeElement) && typeElement.ValueKind == JsonValueKind.String
            ? typeElement.GetString()
            : null;
        if (type is not ("Polygon" or "MultiPolygon"))
        {
            return $"Geometry type '{type}' is not supported: a sector boundary is a Polygon or MultiPolygon.";
        }

        if (!geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            return $"The {type} has no coordinates array.";
        }

        if (type == "Polygon")
        {
            return Polygon(coordinates, string.Empty);
        }

        if (coordinates.GetArrayLength() == 0)
        {
            return "The MultiPolygon has no polygons.";
        }

        return coordinates.EnumerateArray().Select((polygon, i) => Polygon(polygon, $"polygon {i + 1}, ")).FirstOrDefault(p => p is not null);
    }

    private static string? Polygon(JsonElement rings, string where)
    {
        if (rings.ValueKind != JsonValueKind.Array || rings.GetArrayLength() == 0)
        {
            return $"{where}the polygon has no rings.";
        }

        return rings.EnumerateArray().Select((ring, i) => Ring(ring, $"{where}ring {i + 1}")).FirstOrDefault(p => p is not null);
    }

    private static string? Ring(JsonElement ring, string where)
    {
        if (ring.ValueKind != JsonValueKind.Array)
        {
            return $"{where}: not an array of positions.";
        }

        var count = ring.GetArrayLength();
        if (count < 4)
        {
            return $"{where}: {count} position(s); a closed ring needs at least 4.";
        }

        var (first, last) = ((0d, 0d), (0d, 0d));
        var n = 0;
        foreach (var position in ring.EnumerateArray())
        {
            n++;
            if (!TryPosition(position, out var x, out var y))
            {
                return $"{where}, position {n}: not a pair of numbers.";
            }

            if (Math.Abs(x) > 180 || Math.Abs(y) > 90)
            {
                return x is >= 1_000 and <= 1_000_000 && y is >= 1_000 and <= 1_000_000
                    ? $"{where}, position {n}: ({Show(x)}, {Show(y)}) looks like Belgian Lambert 72/2008 metres, not WGS84 longitude/latitude. {ConvertHint}"
                    : $"{where}, position {n}: ({Show(x)}, {Show(y)}) is outside WGS84 (longitude -180 to 180, latitude -90 to 90).";
            }

            first = n == 1 ? (x, y) : first;
            last = (x, y);
        }

        return first == last ? null : $"{where}: not closed (its last position differs from its first).";
    }

    private static bool TryPosition(JsonElement position, out double x, out double y)
    {
        (x, y) = (0, 0);
        return position.ValueKind == JsonValueKind.Array && position.GetArrayLength() >= 2
            && position[0].ValueKind == JsonValueKind.Number && position[0].TryGetDouble(out x)
            && position[1].ValueKind == JsonValueKind.Number && position[1].TryGetDouble(out y);
    }

    private static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);
}
