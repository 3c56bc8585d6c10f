using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace WarmeWijk.Infrastructure.Identity;

/// <summary>
/// Access-token settings. The signing keys rotate without downtime: <see cref="SigningKeys"/> lists every key that
/// still validates; the active one (marked, or else the first) signs new tokens and names itself in the token's
/// <c>kid</c> header. A single <see cref="SigningKey"/> keeps working as the key with id <see cref="LegacyKeyId"/>.
/// </summary>
public sealed class JwtOptions : IValidatableObject
{
    public const string Section = "Auth:Jwt";

    /// <summary>The key id every token carried before there was more than one key.</summary>
    public const string LegacyKeyId = "warmewijk-1";

    private const int MinimumKeyBytes = 32;

    [Required]
    public string Issuer { get; set; } = "warmewijk";

    [Required]
    public string Audience { get; set; } = "warmewijk-api";

    /// <summary>
    /// The one HMAC-SHA256 key of before key rotation (at least 32 bytes), id <see cref="LegacyKeyId"/>. Next to
    /// <see cref="SigningKeys"/> it only validates, so a rotation can start by adding a new key to the list.
    /// Comes from configuration or the environment, never from code.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>The HMAC-SHA256 keys (each at least 32 bytes) with their ids; configuration <c>Auth:Jwt:SigningKeys:0:Id</c> etc.</summary>
    public List<JwtSigningKey> SigningKeys { get; set; } = [];

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The key new tokens are signed with.</summary>
    public SymmetricSecurityKey CreateSigningKey()
    {
        var active = SigningKeys.FirstOrDefault(k => k.Active) ?? SigningKeys.FirstOrDefault();
        return active is null ? Create(LegacyKeyId, SigningKey!) : Create(active.Id, active.Key);
    }

    /// <summary>Every key a token may be signed with: the active one and those it replaced that are still configured.</summary>
    public IReadOnlyList<SymmetricSecurityKey> CreateValidationKeys()
    {
        var keys = SigningKeys.Select(k => Create(k.Id, k.Key)).ToList();
        if (!string.IsNullOrEmpty(SigningKey) && SigningKeys.All(k => k.Id != LegacyKeyId))
        {
            keys.Add(Create(LegacyKeyId, SigningKey));
        }

        return keys;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SigningKeys.Count == 0 && string.IsNullOrEmpty(SigningKey))
        {
            yield return new ValidationResult(
                "Set Auth:Jwt:SigningKey or Auth:Jwt:SigningKeys: the API cannot sign access tokens without a key.",
                [nameof(SigningKey)]);
        }

        if (!string.IsNullOrEmpty(SigningKey) && Encoding.UTF8.GetByteCount(SigningKey) < MinimumKeyBytes)
        {
            yield return new ValidationResult($"Auth:Jwt:SigningKey must be at least {MinimumKeyBytes} bytes.", [nameof(SigningKey)]);
        }

        for (var i = 0; i < SigningKeys.Count; i++)
        {
            var key = SigningKeys[i];
            if (string.IsNullOrWhiteSpace(key.Id))
            {
                yield return new ValidationResult($"Auth:Jwt:SigningKeys:{i}:Id is missing.", [nameof(SigningKeys)]);
            }

            if (Encoding.UTF8.GetByteCount(key.Key ?? string.Empty) < MinimumKeyBytes)
            {
                yield return new ValidationResult($"Auth:Jwt:SigningKeys:{i}:Key must be at least {MinimumKeyBytes} bytes.", [nameof(SigningKeys)]);
            }
        }

        foreach (var duplicate in SigningKeys.GroupBy(k => k.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return new ValidationResult($"Auth:Jwt:SigningKeys has the id '{duplicate.Key}' more than once.", [nameof(SigningKeys)]);
        }

        if (SigningKeys.Count(k => k.Active) > 1)
        {
            yield return new ValidationResult("Auth:Jwt:SigningKeys marks more than one key Active; mark one.", [nameof(SigningKeys)]);
        }
    }

    private static SymmetricSecurityKey Create(string id, string key) => new(Encoding.UTF8.GetBytes(key)) { KeyId = id };
}

/// <summary>One signing key: its id (the token's <c>kid</c>), the secret, and whether it signs new tokens.</summary>
public sealed class JwtSigningKey
{
    public string Id { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    /// <summary>Signs new tokens. When no key is marked, the first in the list does.</summary>
    public bool Active { get; set; }
}
