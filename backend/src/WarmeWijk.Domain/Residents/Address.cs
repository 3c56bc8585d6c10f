using System.Text.RegularExpressions;
using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Domain.Residents;

/// <summary>A Belgian address, placed in a statistical sector (and so in a neighbourhood) by the intake.</summary>
public sealed partial record Address
{
    private Address()
    {
        Street = string.Empty;
        HouseNumber = string.Empty;
        PostalCode = string.Empty;
        Municipality = string.Empty;
        SectorCode = string.Empty;
    }

    public Address(string street, string houseNumber, string? box, string postalCode, string municipality, SectorCode sector)
    {
        Street = Guard.Required(street, "Street", 120);
        HouseNumber = Guard.Required(houseNumber, "House number", 10);
        Box = Guard.Optional(box, "Box", 10);
        PostalCode = IsPostalCode(postalCode) ? postalCode.Trim() : throw new DomainRuleException($"'{postalCode}' is not a Belgian postal code.");
        Municipality = Guard.Required(municipality, "Municipality", 100);
        SectorCode = sector.Value;
    }

    public string Street { get; private init; }

    public string HouseNumber { get; private init; }

    public string? Box { get; private init; }

    public string PostalCode { get; private init; }

    public string Municipality { get; private init; }

    public string SectorCode { get; private init; }

    /// <summary>
    /// The address without what places the person in a building: the street, house number and box go, the postal code,
    /// municipality and statistical sector (each shared by hundreds of residents or more) stay, because reports count by them.
    /// </summary>
    public Address Anonymised() => this with { Street = Common.Anonymised.Text, HouseNumber = Common.Anonymised.HouseNumber, Box = null };

    /// <summary>Belgian postal codes are four digits from 1000 to 9999.</summary>
    public static bool IsPostalCode(string? text) => text is not null && PostalCodePattern().IsMatch(text.Trim());

    [GeneratedRegex("^[1-9][0-9]{3}$")]
    private static partial Regex PostalCodePattern();
}
