using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Matching;

/// <summary>A WGS84 position in decimal degrees.</summary>
public readonly record struct GeoPoint
{
    /// <summary>The mean earth radius (IUGG), as haversine distances use it.</summary>
    public const double EarthRadiusKm = 6371.0088;

    public GeoPoint(double latitude, double longitude)
    {
        if (!double.IsFinite(latitude) || latitude is < -90 or > 90)
        {
            throw new DomainRuleException($"Latitude {latitude} is not between -90 and 90.");
        }

        if (!double.IsFinite(longitude) || longitude is < -180 or > 180)
        {
            throw new DomainRuleException($"Longitude {longitude} is not between -180 and 180.");
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    public double Latitude { get; }

    public double Longitude { get; }

    /// <summary>The great-circle distance (haversine formula).</summary>
    public double DistanceKmTo(GeoPoint other)
    {
        var dLat = DegreesToRadians(other.Latitude - Latitude);
        var dLon = DegreesToRadians(other.Longitude - Longitude);
        var sinLat = Math.Sin(dLat / 2);
        var sinLon = Math.Sin(dLon / 2);
        var h = (sinLat * sinLat) + (Math.Cos(DegreesToRadians(Latitude)) * Math.Cos(DegreesToRadians(other.Latitude)) * sinLon * sinLon);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    internal static double DegreesToRadians(double degrees) => degrees * Math.PI / 180;
}
