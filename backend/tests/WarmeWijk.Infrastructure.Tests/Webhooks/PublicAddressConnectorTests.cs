using System.Net;
using System.Net.Sockets;
using System.Text;
using WarmeWijk.Application.Webhooks;
using WarmeWijk.Infrastructure.Webhooks;

namespace WarmeWijk.Infrastructure.Tests.Webhooks;

/// <summary>A delivery to a host name is checked on the addresses it resolves to, against a real local receiver.</summary>
public sealed class PublicAddressConnectorTests
{
    private TcpListener receiver = null!;

    [SetUp]
    public void StartReceiver()
    {
        receiver = new TcpListener(IPAddress.Loopback, 0);
        receiver.Start();
        _ = AnswerAsync(receiver);
    }

    [TearDown]
    public void StopReceiver() => receiver.Dispose();

    [Test]
    public void Should_refuse_a_host_name_that_resolves_to_loopback_where_loopback_is_not_allowed()
    {
        using var client = ClientWith(new WebhookUrlPolicy());

        var refused = Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync(Url("localhost"), new StringContent("{}")));

        Assert.That(refused!.Message, Does.Contain("private, loopback or link-local"));
    }

    [TestCase("localhost")]
    [TestCase("127.0.0.1")]
    public async Task Should_deliver_to_loopback_where_the_policy_allows_it(string host)
    {
        using var client = ClientWith(new WebhookUrlPolicy { AllowLoopbackUrls = true });

        using var response = await client.PostAsync(Url(host), new StringContent("{}"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    private Uri Url(string host) => new($"http://{host}:{((IPEndPoint)receiver.LocalEndpoint).Port}/hooks");

    private static HttpClient ClientWith(WebhookUrlPolicy policy) => new(new SocketsHttpHandler
    {
        ConnectCallback = (context, cancellationToken) => PublicAddressConnector.ConnectAsync(context, policy, cancellationToken),
    });

    /// <summary>A minimal HTTP receiver: reads a request's head and answers 204, for as long as the listener runs.</summary>
    private static async Task AnswerAsync(TcpListener listener)
    {
        try
        {
            while (true)
            {
                using var connection = await listener.AcceptTcpClientAsync();
                var stream = connection.GetStream();
                var buffer = new byte[8192];
                var read = 0;
                while (!Encoding.ASCII.GetString(buffer, 0, read).Contains("\r\n\r\n", StringComparison.Ordinal) && read < buffer.Length)
                {
                    var n = await stream.ReadAsync(buffer.AsMemory(read));
                    if (n == 0)
                    {
                        break;
                    }

                    read += n;
                }

                await stream.WriteAsync("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"u8.ToArray());
            }
        }
        catch (ObjectDisposedException)
        {
        }
        catch (SocketException)
        {
        }
    }
}
