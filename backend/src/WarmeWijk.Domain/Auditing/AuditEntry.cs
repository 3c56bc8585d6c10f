using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Auditing;

public enum AuditAction
{
    Read,
    Create,
    Update,
    Transition,
    ConsentChange,

    /// <summary>A resident's personal data was erased (anonymised); the entry holds the reason, not the data.</summary>
    Erasure,

    /// <summary>A record was removed (a buurtbevraging recorded by mistake); the entry keeps its id, not its content.</summary>
    Deletion,

    /// <summary>A sign-in or partner token request with a wrong password or secret (the entry never holds what was tried).</summary>
    SignInFailed,

    /// <summary>Too many failed sign-ins from all sources: the account accepts only its last known source for a while.</summary>
    SignInPaused,
}

/// <summary>Who read or changed personal data, when, what, and why; also failed sign-ins. Written by the use cases, never edited.</summary>
public sealed class AuditEntry : TenantOwnedEntity
{
    private AuditEntry()
    {
        EntityType = string.Empty;
        Purpose = string.Empty;
    }

    public AuditEntry(DateTimeOffset at, Guid actorId, string actorRole, AuditAction action, string entityType, Guid entityId, string purpose)
    {
        At = at;
        ActorId = actorId;
        ActorRole = actorRole;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Purpose = purpose;
    }

    public DateTimeOffset At { get; private set; }

    public Guid ActorId { get; private set; }

    public string ActorRole { get; private set; } = string.Empty;

    public AuditAction Action { get; private set; }

    public string EntityType { get; private set; }

    public Guid EntityId { get; private set; }

    public string Purpose { get; private set; }
}
