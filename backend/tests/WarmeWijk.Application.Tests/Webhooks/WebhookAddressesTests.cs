using System.Net;
using Microsoft.Extensions.Options;
using WarmeWijk.Application.Webhooks;
using WarmeWijk.Application.Webhooks.Commands.CreateWebhookSubscription;

namespace WarmeWijk.Application.Tests.Webhooks;

/// <summary>A partner chooses where webhooks go, so they may never go to the server's own network.</summary>
public sealed class WebhookAddressesTests
{
    [TestCase("10.1.2.3")]
    [TestCase("172.31.255.255")]
    [TestCase("192.168.0.10")]
    [TestCase("169.254.169.254")]
    [TestCase("100.64.0.1")]
    [TestCase("127.0.0.1")]
    [TestCase("0.0.0.0")]
    [TestCase("224.0.0.251")]
    [TestCase("255.255.255.255")]
    [TestCase("::1")]
    [TestCase("::")]
    [TestCase("fd12:3456::1")]
    [TestCase("fe80::1")]
    [TestCase("ff02::1")]
    [TestCase("::ffff:192.168.1.1")]
    public void Should_call_an_address_of_a_private_or_special_range_non_public(string address) =>
        Assert.That(WebhookAddresses.IsNonPublic(IPAddress.Parse(address)), Is.True);

    [TestCase("8.8.8.8")]
    [TestCase("172.32.0.1")]
    [TestCase("100.128.0.1")]
    [TestCase("193.191.245.10")]
    [TestCase("2001:4860:4860::8888")]
    [TestCase("::ffff:8.8.4.4")]
    public void Should_call_an_ordinary_internet_address_public(string address) =>
        Assert.That(WebhookAddresses.IsNonPublic(IPAddress.Parse(address)), Is.False);

    [TestCase("https://10.0.0.5/hooks")]
    [TestCase("https://169.254.169.254/latest/meta-data")]
    [TestCase("https://[fd00::1]/hooks")]
    [TestCase("https://[::ffff:192.168.1.1]/hooks")]
    public void Should_refuse_a_subscription_to_a_private_address_even_where_loopback_is_allowed(string url)
    {
        var forTests = new CreateWebhookSubscriptionValidator(Options.Create(new WebhookUrlPolicy { AllowLoopbackUrls = true }));

        Assert.That(forTests.Validate(new CreateWebhookSubscriptionCommand(url)).IsValid, Is.False);
    }

    [TestCase("https://193.191.245.10/hooks")]
    [TestCase("https://[2001:4860:4860::8888]/hooks")]
    public void Should_accept_a_subscription_to_a_public_address(string url)
    {
        var strict = new CreateWebhookSubscriptionValidator(Options.Create(new WebhookUrlPolicy()));

        Assert.That(strict.Validate(new CreateWebhookSubscriptionCommand(url)).IsValid, Is.True);
    }
}
