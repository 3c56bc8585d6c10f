using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WarmeWijk.Infrastructure.Webhooks;

/// <summary>
/// Signs messages per the Standard Webhooks specification (https://www.standardwebhooks.com):
/// <c>v1,</c> + base64(HMAC-SHA256(key, "{webhook-id}.{webhook-timestamp}.{body}")), where the key is the
/// base64-decoded part of the secret after its <c>whsec_</c> prefix.
/// </summary>
public static class WebhookSignature
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";
    public const string SecretPrefix = "whsec_";

    public static string Sign(string secret, string messageId, long unixTimestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var key = Convert.FromBase64String(secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret);
        var content = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{messageId}.{unixTimestamp}.{body}"));
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }
}
