namespace WarmeWijk.Domain.Matching;

/// <summary>
/// A uniform latitude/longitude grid over the volunteers' homes, built once for a volunteer set. A query returns every
/// volunteer in the cells that cover a circle (a superset: the caller checks the exact distance). Longitudes do not wrap
/// at ±180°, which no Belgian network comes near.
/// </summary>
internal sealed class VolunteerGrid
{
    private const double KmPerDegreeOfLatitude = GeoPoint.EarthRadiusKm * Math.PI / 180;

    private readonly double cellLatitudeDegrees;
    private readonly double cellLongitudeDegrees;
    private readonly Dictionary<(int Row, int Column), int[]> cells;

    public VolunteerGrid(IReadOnlyList<GeoPoint> homes, double cellKm)
    {
        cellLatitudeDegrees = cellKm / KmPerDegreeOfLatitude;
        var meanLatitude = homes.Count == 0 ? 0 : homes.Average(home => home.Latitude);
        cellLongitudeDegrees = cellLatitudeDegrees / Math.Max(0.01, Math.Cos(GeoPoint.DegreesToRadians(meanLatitude)));
        cells = Enumerable.Range(0, homes.Count)
            .GroupBy(i => CellOf(homes[i]))
            .ToDictionary(group => group.Key, group => group.ToArray());
    }

    /// <summary>Adds to <paramref name="found"/> the index of every home that may lie within <paramref name="radiusKm"/>.</summary>
    public void CollectNear(GeoPoint center, double radiusKm, List<int> found)
    {
        var angle = radiusKm / GeoPoint.EarthRadiusKm;
        var latitudeSpan = (angle * 180 / Math.PI) + 1e-9;
        var cosLatitude = Math.Cos(GeoPoint.DegreesToRadians(center.Latitude));
        // Over a sphere the widest longitude a circle reaches is asin(sin δ / cos φ), or all of them around a pole.
        var longitudeSpan = Math.Sin(angle) < cosLatitude ? (Math.Asin(Math.Sin(angle) / cosLatitude) * 180 / Math.PI) + 1e-9 : 360;

        var firstRow = (int)Math.Floor((center.Latitude - latitudeSpan) / cellLatitudeDegrees);
        var lastRow = (int)Math.Floor((center.Latitude + latitudeSpan) / cellLatitudeDegrees);
        var firstColumn = (int)Math.Floor((center.Longitude - longitudeSpan) / cellLongitudeDegrees);
        var lastColumn = (int)Math.Floor((center.Longitude + longitudeSpan) / cellLongitudeDegrees);

        if ((double)(lastRow - firstRow + 1) * (lastColumn - firstColumn + 1) > cells.Count)
        {
            foreach (var (cell, members) in cells)
            {
                if (cell.Row >= firstRow && cell.Row <= lastRow && cell.Column >= firstColumn && cell.Column <= lastColumn)
                {
                    found.AddRange(members);
                }
            }

            return;
        }

        for (var row = firstRow; row <= lastRow; row++)
        {
            for (var column = firstColumn; column <= lastColumn; column++)
            {
                if (cells.TryGetValue((row, column), out var members))
                {
                    found.AddRange(members);
                }
            }
        }
    }

    private (int Row, int Column) CellOf(GeoPoint home) =>
        ((int)Math.Floor(home.Latitude / cellLatitudeDegrees), (int)Math.Floor(home.Longitude / cellLongitudeDegrees));
}
