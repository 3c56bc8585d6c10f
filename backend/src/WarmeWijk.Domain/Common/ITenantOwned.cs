namespace WarmeWijk.Domain.Common;

/// <summary>A row that belongs to exactly one network (the tenant). The persistence layer sets and filters it.</summary>
public interface ITenantOwned
{
    Guid NetworkId { get; }
}
