using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Partners;

/// <summary>Client credentials with which a partner organisation's software calls the API.</summary>
public sealed class PartnerApiClient : TenantOwnedEntity
{
    private PartnerApiClient()
    {
        ClientId = string.Empty;
        SecretHash = string.Empty;
    }

    public PartnerApiClient(Guid partnerOrganisationId, string clientId, string secretHash, DateTimeOffset createdAt)
    {
        PartnerOrganisationId = partnerOrganisationId;
        ClientId = clientId;
        SecretHash = secretHash;
        CreatedAt = createdAt;
    }

    public Guid PartnerOrganisationId { get; private set; }

    public string ClientId { get; private set; }

    public string SecretHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
