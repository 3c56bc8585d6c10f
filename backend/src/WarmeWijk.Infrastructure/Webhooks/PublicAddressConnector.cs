using System.Net;
using System.Net.Sockets;
using WarmeWijk.Application.Webhooks;

namespace WarmeWijk.Infrastructure.Webhooks;

/// <summary>
/// Connects a webhook delivery only to public addresses. The host name is resolved here, once, and the connection
/// goes to the addresses that were checked, so a name that resolves to a private address, now or after a change of
/// its DNS record, never reaches the server's own network.
/// </summary>
public static class PublicAddressConnector
{
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, WebhookUrlPolicy policy, CancellationToken cancellationToken)
    {
        var endPoint = context.DnsEndPoint;
        var addresses = IPAddress.TryParse(endPoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken);
        // One private address among public ones is reason enough to refuse: that mix is how DNS rebinding works.
        if (addresses.Length == 0 || !addresses.All(address => WebhookAddresses.MayDeliverTo(address, policy)))
        {
            throw new HttpRequestException(
                $"Refused to deliver to {endPoint.Host}: it resolves to a private, loopback or link-local address.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
