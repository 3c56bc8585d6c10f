using WarmeWijk.Application.Common;
using WarmeWijk.Domain.Residents;

namespace WarmeWijk.Application.Residents;

public sealed record AddressDto(string Street, string HouseNumber, string? Box, string PostalCode, string Municipality, string SectorCode);

public sealed record ConsentDto(ConsentPurpose Purpose, DateTimeOffset GivenAt, Guid RecordedBy, string? Note, DateTimeOffset? WithdrawnAt);

public sealed record ResidentDto(
    Guid Id,
    string FirstName,
    string LastName,
    int? BirthYear,
    string? Phone,
    string? Email,
    AddressDto Address,
    IReadOnlyList<string> Languages,
    ContactPreference ContactPreference,
    IReadOnlyList<ConsentDto> Consents,
    LocationDto? Home,
    int Version)
{
    public static ResidentDto From(Resident r) => new(
        r.Id,
        r.FirstName,
        r.LastName,
        r.BirthYear,
        r.Phone,
        r.Email,
        new AddressDto(r.Address.Street, r.Address.HouseNumber, r.Address.Box, r.Address.PostalCode, r.Address.Municipality, r.Address.SectorCode),
        r.Languages,
        r.ContactPreference,
        [.. r.Consents.OrderBy(c => c.GivenAt).Select(c => new ConsentDto(c.Purpose, c.GivenAt, c.RecordedBy, c.Note, c.WithdrawnAt))],
        r.Home is { } home ? new LocationDto(home.Latitude, home.Longitude) : null,
        r.Version);
}
