using WarmeWijk.Application.Auth.Sessions;

namespace WarmeWijk.Application.Tests.Auth.Sessions;

public sealed class SessionTokenFactoryTests
{
    [Test]
    public void Should_hash_a_refresh_token_to_the_same_value_in_every_process()
    {
        // Stored hashes must keep matching after a restart, so the value is fixed here (SHA-256 of the UTF-8 text).
        Assert.That(
            SessionTokenFactory.HashRefreshToken("Zq3-rT_9"),
            Is.EqualTo("537e88d7234172edd6998d333e210804fb5d943a839f1198007364144b904ad9"));
    }

    [TestCase("")]
    [TestCase("K7pUo2Xv-ZQ_4dYhN0sAeB9cLmRtWf3gHjIk1lOq5xE")]
    public void Should_hash_to_64_lower_case_hex_characters(string token)
    {
        Assert.That(SessionTokenFactory.HashRefreshToken(token), Does.Match("^[0-9a-f]{64}$"));
    }

    [Test]
    public void Should_hash_different_refresh_tokens_to_different_values()
    {
        Assert.That(SessionTokenFactory.HashRefreshToken("Zq3-rT_9"), Is.Not.EqualTo(SessionTokenFactory.HashRefreshToken("Zq3-rT_8")));
    }
}
