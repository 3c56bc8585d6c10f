using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.Residents;

namespace WarmeWijk.Domain.Partners;

/// <summary>What kind of actor of the sociale kaart an organisation or group is.</summary>
public enum ActorKind
{
    /// <summary>A professional organisation (CAW, thuiszorgdienst, mutualiteit, dienstencentrum …).</summary>
    Formal,

    /// <summary>A group of neighbours, a buurtcomité, a church's soup kitchen: no professional referral desk.</summary>
    Informal,

    /// <summary>A municipal service or the OCMW / sociaal huis.</summary>
    Policy,
}

/// <summary>
/// What the sociale kaart says of an actor. <paramref name="Categories"/> are codes of the network's help categories;
/// <paramref name="NeighbourhoodIds"/> the neighbourhoods it serves, none meaning the whole network.
/// </summary>
public sealed record ActorProfile(
    string Name,
    ActorKind Kind,
    string? Description,
    IReadOnlyList<string> Categories,
    string? Services,
    string? Phone,
    string? Email,
    string? Website,
    string? Address,
    IReadOnlyList<Guid> NeighbourhoodIds,
    bool AcceptsReferrals,
    bool IsActive);

/// <summary>
/// An actor of the network's sociale kaart: a partner organisation, an informal group or a policy service. The active
/// actors that accept referrals are the referral targets of the intake; partner logins belong to one of them.
/// </summary>
public sealed class PartnerOrganisation : TenantOwnedEntity
{
    public const int NameMax = 200;
    public const int TextMax = 2000;
    public const int AddressMax = 300;
    public const int ContactMax = 254;

    private PartnerOrganisation()
    {
        Name = string.Empty;
    }

    /// <summary>A formal organisation that accepts referrals, with nothing else known yet.</summary>
    public PartnerOrganisation(string name)
    {
        Name = Guard.Required(name, "Name", NameMax);
        AcceptsReferrals = true;
        IsActive = true;
        Version = 1;
    }

    public PartnerOrganisation(ActorProfile profile)
        : this(profile.Name)
    {
        Apply(profile);
    }

    public string Name { get; private set; }

    public ActorKind Kind { get; private set; }

    public string? Description { get; private set; }

    /// <summary>Codes of the network's help categories the actor offers help in.</summary>
    public List<string> Categories { get; private set; } = [];

    /// <summary>What the actor offers in its own words, beyond the categories.</summary>
    public string? Services { get; private set; }

    /// <summary>E.164, e.g. +3232345678.</summary>
    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public string? Website { get; private set; }

    public string? Address { get; private set; }

    /// <summary>The neighbourhoods served; empty for the whole network.</summary>
    public List<Guid> NeighbourhoodIds { get; private set; } = [];

    public bool AcceptsReferrals { get; private set; }

    public bool IsActive { get; private set; }

    public int Version { get; private set; }

    /// <summary>Whether a help request can be referred to this actor.</summary>
    public bool IsReferralTarget => IsActive && AcceptsReferrals;

    public void Update(ActorProfile profile)
    {
        Apply(profile);
        Version++;
    }

    /// <summary>Whether the actor serves a neighbourhood (an actor without neighbourhoods serves the whole network).</summary>
    public bool Serves(Guid neighbourhoodId) => NeighbourhoodIds.Count == 0 || NeighbourhoodIds.Contains(neighbourhoodId);

    private void Apply(ActorProfile profile)
    {
        if (!Enum.IsDefined(profile.Kind))
        {
            throw new DomainRuleException($"Unknown kind of actor {profile.Kind}.");
        }

        if (profile.Kind == ActorKind.Informal && profile.AcceptsReferrals)
        {
            throw new DomainRuleException("An informal actor cannot take referrals; only formal and policy actors can.");
        }

        Name = Guard.Required(profile.Name, "Name", NameMax);
        Kind = profile.Kind;
        Description = Guard.Optional(profile.Description, "Description", TextMax);
        Categories = [.. profile.Categories.Select(c => Guard.Required(c, "Category", 40)).Distinct(StringComparer.Ordinal)];
        Services = Guard.Optional(profile.Services, "Services", TextMax);
        Phone = NormalisedPhone(profile.Phone);
        Email = Guard.Optional(profile.Email, "E-mail", ContactMax);
        Website = Guard.Optional(profile.Website, "Website", ContactMax);
        Address = Guard.Optional(profile.Address, "Address", AddressMax);
        NeighbourhoodIds = [.. profile.NeighbourhoodIds.Distinct()];
        AcceptsReferrals = profile.AcceptsReferrals;
        IsActive = profile.IsActive;
    }

    private static string? NormalisedPhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        return PhoneNumber.TryParse(phone, out var parsed) ? parsed.Value : throw new DomainRuleException($"'{phone}' is not a phone number.");
    }
}
