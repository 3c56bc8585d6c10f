using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Partners;

/// <summary>An organisation in the network's sociale kaart that can refer residents and receive referrals.</summary>
public sealed class PartnerOrganisation : TenantOwnedEntity
{
    private PartnerOrganisation()
    {
        Name = string.Empty;
    }

    public PartnerOrganisation(string name)
    {
        Name = name;
    }

    public string Name { get; private set; }
}
