using Microsoft.AspNetCore.Identity;
using WarmeWijk.Application.Common.Security;

namespace WarmeWijk.Infrastructure.Identity;

/// <summary>ASP.NET Core's PasswordHasher (PBKDF2 with HMAC-SHA512, salted, versioned) for passwords and client secrets.</summary>
internal sealed class SecretHasher : ISecretHasher
{
    private static readonly PasswordHasher<object> Hasher = new();
    private static readonly object Owner = new();

    public string Hash(string secret) => Hasher.HashPassword(Owner, secret);

    public SecretVerification Verify(string hash, string providedSecret) =>
        Hasher.VerifyHashedPassword(Owner, hash, providedSecret) switch
        {
            PasswordVerificationResult.Success => SecretVerification.Success,
            PasswordVerificationResult.SuccessRehashNeeded => SecretVerification.SuccessRehashNeeded,
            _ => SecretVerification.Failed,
        };
}
