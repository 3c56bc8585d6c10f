namespace WarmeWijk.Application.Common.Security;

public enum SecretVerification
{
    Failed,
    Success,

    /// <summary>Correct, but hashed with an older algorithm or work factor: store a new hash.</summary>
    SuccessRehashNeeded,
}

/// <summary>Hashes passwords and client secrets with a slow, salted algorithm.</summary>
public interface ISecretHasher
{
    string Hash(string secret);

    SecretVerification Verify(string hash, string providedSecret);
}
