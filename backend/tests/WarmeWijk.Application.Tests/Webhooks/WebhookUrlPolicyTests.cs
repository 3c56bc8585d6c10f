using Microsoft.Extensions.Options;
using WarmeWijk.Application.Webhooks;
using WarmeWijk.Application.Webhooks.Commands.CreateWebhookSubscription;

namespace WarmeWijk.Application.Tests.Webhooks;

public sealed class WebhookUrlPolicyTests
{
    [TestCase("http://127.0.0.1:5000/hooks")]
    [TestCase("https://localhost/hooks")]
    public void Should_refuse_a_loopback_url_unless_the_policy_allows_it(string url)
    {
        var strict = new CreateWebhookSubscriptionValidator(Options.Create(new WebhookUrlPolicy()));
        var forTests = new CreateWebhookSubscriptionValidator(Options.Create(new WebhookUrlPolicy { AllowLoopbackUrls = true }));

        Assert.Multiple(() =>
        {
            Assert.That(strict.Validate(new CreateWebhookSubscriptionCommand(url)).IsValid, Is.False);
            Assert.That(forTests.Validate(new CreateWebhookSubscriptionCommand(url)).IsValid, Is.True);
        });
    }

    [TestCase("https://partner.example.org/hooks", true)]
    [TestCase("http://partner.example.org/hooks", false)]
    [TestCase("https://user:secret@partner.example.org/hooks", false)]
    public void Should_accept_only_plain_https_urls_elsewhere(string url, bool valid)
    {
        var strict = new CreateWebhookSubscriptionValidator(Options.Create(new WebhookUrlPolicy()));

        Assert.That(strict.Validate(new CreateWebhookSubscriptionCommand(url)).IsValid, Is.EqualTo(valid));
    }
}
