using System.Security.Cryptography;
using System.Text;
using WarmeWijk.Infrastructure.Webhooks;

namespace WarmeWijk.Api.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    [Test]
    public void Should_match_the_example_of_the_standard_webhooks_reference_libraries()
    {
        // The vector of the Standard Webhooks reference libraries' tests
        // (github.com/standard-webhooks/standard-webhooks, libraries/*: "sign works").
        var signature = WebhookSignature.Sign(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            1614265330,
            """{"test": 2432232314}""");

        Assert.That(signature, Is.EqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
    }

    [Test]
    public void Should_sign_the_id_the_timestamp_and_the_body_with_the_decoded_secret()
    {
        var key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var secret = "whsec_" + Convert.ToBase64String(key);
        const string id = "0193a5b2-7c1e-7d4f-9a2b-3c4d5e6f7a8b";
        const string body = """{"type":"referral.status_changed","timestamp":"2026-11-22T10:00:00Z","data":{"status":"Closed","note":"één"}}""";

        // By hand: HMAC-SHA256 over the UTF-8 bytes of "{id}.{timestamp}.{body}" with the 32 key bytes, base64, "v1," in front.
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.1795860000.{body}")));

        Assert.Multiple(() =>
        {
            Assert.That(WebhookSignature.Sign(secret, id, 1795860000, body), Is.EqualTo(expected));
            Assert.That(WebhookSignature.Sign(secret, id, 1795860001, body), Is.Not.EqualTo(expected), "The timestamp is signed.");
            Assert.That(WebhookSignature.Sign(secret, id + "x", 1795860000, body), Is.Not.EqualTo(expected), "The id is signed.");
        });
    }

    [Test]
    public void Should_accept_a_secret_without_its_prefix()
    {
        Assert.That(
            WebhookSignature.Sign("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, """{"test": 2432232314}"""),
            Is.EqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
    }
}
