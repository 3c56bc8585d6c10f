namespace WarmeWijk.Application.Common;

/// <summary>A WGS84 position in decimal degrees, e.g. from a phone's location.</summary>
public sealed record LocationDto(double Latitude, double Longitude);
