using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WarmeWijk.Api.Tests.Webhooks;

/// <summary>
/// Verifies a webhook the way a partner would, following only docs/api.md and the Standard Webhooks spec
/// (deliberately not calling the API's own signing code).
/// </summary>
public static class PartnerVerifier
{
    public static bool Verify(string secret, ReceivedWebhook webhook, TimeSpan? tolerance = null)
    {
        if (webhook.Id is null || webhook.Signature is null
            || !long.TryParse(webhook.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return false;
        }

        // Refuse old or future timestamps (replay protection).
        var age = DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeSeconds(timestamp);
        if (age.Duration() > (tolerance ?? TimeSpan.FromMinutes(5)))
        {
            return false;
        }

        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{webhook.Id}.{webhook.Timestamp}.{webhook.Body}"));

        // The header may hold several space-separated signatures ("v1,<base64>"); one match is enough.
        return webhook.Signature.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => s.StartsWith("v1,", StringComparison.Ordinal))
            .Select(s => TryBase64(s[3..]))
            .Any(candidate => candidate is not null && CryptographicOperations.FixedTimeEquals(candidate, expected));
    }

    private static byte[]? TryBase64(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) ? buffer[..written] : null;
    }
}
