using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Security;

namespace WarmeWijk.Application.Webhooks;

internal static class WebhookRules
{
    public const int MaxUrlLength = 2000;

    /// <summary>More would only multiply deliveries; a partner needs one endpoint, maybe a second while it moves.</summary>
    public const int MaxActiveSubscriptionsPerPartner = 10;

    public const string UrlMessage =
        "The URL must be absolute and use https (http only for a loopback address such as http://127.0.0.1:5000/ while testing), without user name or password, and point to a public address, not a private, loopback or link-local one.";

    /// <summary>
    /// Mirrors the domain's guard (absolute, https or loopback http) and adds what the domain leaves open: the host
    /// must be public (<see cref="WebhookAddresses"/>); loopback only where the policy says so (development, tests).
    /// </summary>
    public static bool IsAcceptableUrl(string? value, WebhookUrlPolicy policy) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
        && WebhookAddresses.MayDeliverTo(uri, policy)
        && string.IsNullOrEmpty(uri.UserInfo)
        && uri.ToString().Length <= MaxUrlLength;

    /// <summary>The partner organisation of a partner client; other callers never get this far (role check), but be explicit.</summary>
    public static Guid PartnerOrganisationOf(ICurrentUser user) =>
        user.PartnerOrganisationId ?? throw new ForbiddenException("Only a partner organisation's client manages webhook subscriptions.");
}

public sealed class WebhookUrlPolicy
{
    public const string Section = "Webhooks";

    /// <summary>Accept http://127.0.0.1-style URLs. On in Development and tests only: elsewhere it lets a partner aim the server at itself.</summary>
    public bool AllowLoopbackUrls { get; set; }
}
