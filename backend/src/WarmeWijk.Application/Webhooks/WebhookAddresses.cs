using System.Net;
using System.Net.Sockets;

namespace WarmeWijk.Application.Webhooks;

/// <summary>
/// Which addresses a webhook may be delivered to. A partner chooses the URL, so without this check it could aim the
/// server at its own network: a database, a cloud metadata service (169.254.169.254), an admin interface. The check
/// runs on the URL when a subscription is made, and on every resolved address when a delivery connects, so a host name
/// that later resolves to a private address (DNS rebinding) is refused too.
/// </summary>
public static class WebhookAddresses
{
    private static readonly (IPAddress Network, int PrefixLength)[] NonPublicRanges =
    [
        (IPAddress.Parse("0.0.0.0"), 8), // "this network"
        (IPAddress.Parse("10.0.0.0"), 8),
        (IPAddress.Parse("100.64.0.0"), 10), // carrier-grade NAT
        (IPAddress.Parse("127.0.0.0"), 8),
        (IPAddress.Parse("169.254.0.0"), 16), // link-local, cloud metadata
        (IPAddress.Parse("172.16.0.0"), 12),
        (IPAddress.Parse("192.0.0.0"), 24),
        (IPAddress.Parse("192.168.0.0"), 16),
        (IPAddress.Parse("198.18.0.0"), 15), // benchmarking
        (IPAddress.Parse("224.0.0.0"), 3), // multicast and reserved, up to 255.255.255.255
        (IPAddress.Parse("::"), 128),
        (IPAddress.Parse("::1"), 128),
        (IPAddress.Parse("fc00::"), 7), // unique local
        (IPAddress.Parse("fe80::"), 10), // link-local
        (IPAddress.Parse("ff00::"), 8), // multicast
    ];

    /// <summary>True for loopback, private, link-local, carrier-grade NAT, multicast and reserved addresses.</summary>
    public static bool IsNonPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return NonPublicRanges.Any(range => range.Network.AddressFamily == address.AddressFamily && InRange(address, range.Network, range.PrefixLength));
    }

    /// <summary>May a delivery connect to this address? Loopback only where the policy allows it (development, tests).</summary>
    public static bool MayDeliverTo(IPAddress address, WebhookUrlPolicy policy) =>
        !IsNonPublic(address) || (policy.AllowLoopbackUrls && IPAddress.IsLoopback(address));

    /// <summary>
    /// For a new subscription: an IP address in the URL is checked now; a host name only when "localhost", since what
    /// it resolves to may change, every delivery checks the addresses it connects to.
    /// </summary>
    public static bool MayDeliverTo(Uri url, WebhookUrlPolicy policy) =>
        url.HostNameType switch
        {
            UriHostNameType.IPv4 or UriHostNameType.IPv6 => MayDeliverTo(IPAddress.Parse(url.DnsSafeHost), policy),
            _ => policy.AllowLoopbackUrls || !url.IsLoopback,
        };

    private static bool InRange(IPAddress address, IPAddress network, int prefixLength)
    {
        var bytes = address.GetAddressBytes();
        var networkBytes = network.GetAddressBytes();
        var fullBytes = prefixLength / 8;
        if (!bytes.AsSpan(0, fullBytes).SequenceEqual(networkBytes.AsSpan(0, fullBytes)))
        {
            return false;
        }

        var remainingBits = prefixLength % 8;
        if (remainingBits == 0)
        {
            return true;
        }

        var mask = (byte)(0xFF << (8 - remainingBits));
        return (bytes[fullBytes] & mask) == (networkBytes[fullBytes] & mask);
    }
}
