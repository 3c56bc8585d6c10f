namespace WarmeWijk.Infrastructure.Identity;

/// <summary>Claim types in WarmeWijk access tokens.</summary>
public static class WarmeWijkClaims
{
    public const string NetworkId = "network_id";
    public const string Role = "role";
    public const string PartnerOrganisationId = "partner_organisation_id";
}
