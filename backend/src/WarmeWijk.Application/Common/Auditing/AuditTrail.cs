using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Auditing;

namespace WarmeWijk.Application.Common.Auditing;

/// <summary>Adds audit entries to the current unit of work, so they are saved with the change (or read) they describe.</summary>
public sealed class AuditTrail(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    public void Record(AuditAction action, string entityType, Guid entityId, string purpose) =>
        Add(currentUser.NetworkId, action, entityType, entityId, purpose);

    /// <summary>For a request without a signed-in user, e.g. a failed sign-in: the entry goes to the network of the account concerned.</summary>
    public void RecordInNetwork(Guid networkId, AuditAction action, string entityType, Guid entityId, string purpose) =>
        Add(networkId, action, entityType, entityId, purpose);

    private void Add(Guid? networkId, AuditAction action, string entityType, Guid entityId, string purpose)
    {
        var entry = new AuditEntry(clock.GetUtcNow(), currentUser.Id ?? Guid.Empty, currentUser.Role?.ToString() ?? "Anonymous", action, entityType, entityId, purpose);
        if (networkId is { } network)
        {
            entry.AssignToNetwork(network);
        }

        db.AuditEntries.Add(entry);
    }
}
