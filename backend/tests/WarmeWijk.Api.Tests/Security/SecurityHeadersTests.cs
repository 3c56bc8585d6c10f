using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Security;

/// <summary>Every answer tells the browser not to frame, sniff or leak it, and which sources the pages may use.</summary>
public sealed class SecurityHeadersTests
{
    private ApiFactory _api = null!;

    [OneTimeSetUp]
    public async Task StartApi() => _api = await ApiFactory.StartAsync(DatabaseProvider.Sqlite);

    [OneTimeTearDown]
    public async Task StopApi() => await _api.DisposeAsync();

    [TestCase("/api/v1/me")]
    [TestCase("/api/v1/no-such-endpoint")]
    [TestCase("/health/live")]
    public async Task Should_send_the_security_headers_on_every_answer(string path)
    {
        using var client = _api.CreateClient();

        using var answer = await client.GetAsync(path);

        Assert.Multiple(() =>
        {
            Assert.That(answer.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(answer.Headers.GetValues("X-Frame-Options"), Is.EqualTo(new[] { "DENY" }));
            Assert.That(answer.Headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "no-referrer" }));
            Assert.That(answer.Headers.GetValues("Content-Security-Policy").Single(),
                Does.Contain("script-src 'self';").And.Contain("frame-ancestors 'none'").And.Not.Contain("unsafe-inline"));
        });
    }

    [Test]
    public async Task Should_let_swagger_ui_use_inline_styles_but_no_inline_scripts()
    {
        using var client = _api.CreateClient();

        using var answer = await client.GetAsync("/swagger/index.html");

        var policy = answer.Headers.GetValues("Content-Security-Policy").Single();
        Assert.That(policy, Does.Contain("style-src 'self' 'unsafe-inline'").And.Contain("script-src 'self';"));
    }
}
