using System.Security.Cryptography;
using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Webhooks;

/// <summary>Where a partner wants to hear about its referrals, and the secret to sign the messages with.</summary>
public sealed class WebhookSubscription : TenantOwnedEntity
{
    private WebhookSubscription()
    {
        Url = string.Empty;
        Secret = string.Empty;
    }

    public WebhookSubscription(Guid partnerOrganisationId, Uri url, DateTimeOffset createdAt)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && !url.IsLoopback))
        {
            throw new DomainRuleException("A webhook URL must be absolute and use https (http only on loopback for testing).");
        }

        PartnerOrganisationId = partnerOrganisationId;
        Url = url.ToString();
        Secret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        CreatedAt = createdAt;
        IsActive = true;
    }

    public Guid PartnerOrganisationId { get; private set; }

    public string Url { get; private set; }

    /// <summary>Standard Webhooks secret: "whsec_" + base64 of 32 random bytes.</summary>
    public string Secret { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsActive { get; private set; }

    public void Deactivate() => IsActive = false;
}
