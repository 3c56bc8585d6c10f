using System.Security.Cryptography;
using System.Text;

namespace WarmeWijk.Application.Auth.Throttling;

/// <summary>What a throttled attempt is about: a staff e-mail address or a partner client id.</summary>
public enum CredentialKind
{
    StaffEmail,
    PartnerClient,
}

/// <summary>
/// Counts failed sign-ins and partner secrets per credential and source address; a source that failed too often is
/// refused for a while (docs/decisions/0015-sign-in-guessing.md). Only failures count, and a success clears them for that
/// credential and address.
/// </summary>
public interface ICredentialThrottle
{
    /// <summary>Whether this source has used up its failures for this credential; it is then refused whatever it sends.</summary>
    bool IsThrottled(CredentialKind kind, string credential, string address);

    void RecordFailure(CredentialKind kind, string credential, string address);

    /// <summary>
    /// Forgets the failures of this credential from this address after a success, so whoever mistyped a few times and then
    /// got in starts afresh. Other addresses' failures for the credential stay.
    /// </summary>
    void RecordSuccess(CredentialKind kind, string credential, string address);
}

public static class SourceFingerprint
{
    /// <summary>
    /// A SHA-256 fingerprint of an address, stored with an account instead of the address itself. It keeps the address out
    /// of sight, not secret: IPv4 addresses are few enough to try them all.
    /// </summary>
    public static string Of(string address) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(address)));
}
