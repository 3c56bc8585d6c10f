namespace WarmeWijk.Domain.Matching;

/// <summary>
/// A uniform latitude/longitude grid over some volunteers' homes. A query returns the cells that cover a circle as wide
/// as the largest travel distance among them; the caller checks each volunteer's own travel distance.
/// Longitudes do not wrap at ±180°, which no Belgian network comes near.
/// </summary>
internal sealed class VolunteerGrid
{
    private const double KmPerDegreeOfLatitude = GeoPoint.EarthRadiusKm * Math.PI / 180;

    private readonly double cellLatitudeDegrees;
    private readonly double cellLongitudeDegrees;
    private readonly double searchRadiusKm;
    private readonly Dictionary<(int Row, int Column), GridEntry[]> cells;

    public VolunteerGrid(IReadOnlyList<VolunteerCandidate> volunteers, IReadOnlyList<int> members, double cellKm)
    {
        cellLatitudeDegrees = cellKm / KmPerDegreeOfLatitude;
        var meanLatitude = members.Count == 0 ? 0 : members.Average(i => volunteers[i].Home.Latitude);
        cellLongitudeDegrees = cellLatitudeDegrees / Math.Max(0.01, Math.Cos(GeoPoint.DegreesToRadians(meanLatitude)));
        searchRadiusKm = members.Count == 0 ? 0 : members.Max(i => volunteers[i].MaxTravelKm);
        cells = members
            .Select(i => new GridEntry(volunteers[i], i))
            .GroupBy(entry => CellOf(entry.Home))
            .ToDictionary(group => group.Key, group => group.ToArray());
    }

    /// <summary>The cells that may hold a volunteer whose travel distance reaches <paramref name="center"/>.</summary>
    public IEnumerable<GridEntry[]> CellsNear(GeoPoint center)
    {
        var angle = searchRadiusKm / GeoPoint.EarthRadiusKm;
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
            foreach (var (cell, entries) in cells)
            {
                if (cell.Row >= firstRow && cell.Row <= lastRow && cell.Column >= firstColumn && cell.Column <= lastColumn)
                {
                    yield return entries;
                }
            }

            yield break;
        }

        for (var row = firstRow; row <= lastRow; row++)
        {
            for (var column = firstColumn; column <= lastColumn; column++)
            {
                if (cells.TryGetValue((row, column), out var entries))
                {
                    yield return entries;
                }
            }
        }
    }

    private (int Row, int Column) CellOf(GeoPoint home) =>
        ((int)Math.Floor(home.Latitude / cellLatitudeDegrees), (int)Math.Floor(home.Longitude / cellLongitudeDegrees));

    /// <summary>
    /// A volunteer as a cell keeps it, close together in memory: where they live and how far they go, and what a few
    /// constraints need, so that most volunteers who fail those are passed over without reading their profile.
    /// </summary>
    internal readonly struct GridEntry(VolunteerCandidate volunteer, int index)
    {
        private readonly int availableDays = volunteer.AvailableDays;
        private readonly int refusedHomeConditions = volunteer.RefusedHomeConditionsMask;
        private readonly DateOnly screenedFrom = volunteer.Screening?.IssuedOn ?? DateOnly.MaxValue;
        private readonly DateOnly screenedUntil = volunteer.Screening?.ExpiresOn ?? DateOnly.MinValue;

        public int Index { get; } = index;

        public GeoPoint Home { get; } = volunteer.Home;

        public double MaxTravelKm { get; } = volunteer.MaxTravelKm;

        /// <summary>
        /// Conditions without which the availability, home-condition and screening constraints cannot hold (a common
        /// weekday; no refused condition; a screening valid at the start); the constraints themselves still decide.
        /// </summary>
        public bool MayTake(MatchRequest request) =>
            (availableDays & request.WishedDays) != 0
            && (refusedHomeConditions & request.HomeConditionsMask) == 0
            && (!request.RequiresHomeVisit || (screenedFrom <= request.Period.From && request.Period.From <= screenedUntil));
    }
}
