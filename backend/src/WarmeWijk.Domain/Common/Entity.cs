namespace WarmeWijk.Domain.Common;

/// <summary>Base for entities: identity by a time-ordered GUID (v7) for index locality.</summary>
public abstract class Entity
{
    public Guid Id { get; protected init; } = Guid.CreateVersion7();
}
