using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace WarmeWijk.Infrastructure.Identity;

public sealed class JwtOptions
{
    public const string Section = "Auth:Jwt";

    [Required]
    public string Issuer { get; set; } = "warmewijk";

    [Required]
    public string Audience { get; set; } = "warmewijk-api";

    /// <summary>HMAC-SHA256 key of at least 32 bytes. Comes from configuration or the environment, never from code.</summary>
    [Required]
    [MinLength(32)]
    public string SigningKey { get; set; } = string.Empty;

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public SymmetricSecurityKey CreateSigningKey() => new(Encoding.UTF8.GetBytes(SigningKey)) { KeyId = "warmewijk-1" };
}
