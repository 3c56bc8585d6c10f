namespace WarmeWijk.Domain.Common;

public abstract class TenantOwnedEntity : Entity, ITenantOwned
{
    /// <summary>Assigned from the signed-in user when the row is first saved; never taken from a request body.</summary>
    public Guid NetworkId { get; private set; }

    /// <summary>For seeding and tests that create rows outside a signed-in request.</summary>
    public void AssignToNetwork(Guid networkId)
    {
        if (NetworkId != Guid.Empty && NetworkId != networkId)
        {
            throw new DomainRuleException("A row cannot move to another network.");
        }

        NetworkId = networkId;
    }
}
