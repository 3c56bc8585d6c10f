using WarmeWijk.Infrastructure.Webhooks;

namespace WarmeWijk.Api.Tests.Webhooks;

public sealed class WebhookRetryScheduleTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Cap = TimeSpan.FromHours(1);

    [TestCase(1, 5)]
    [TestCase(2, 10)]
    [TestCase(3, 20)]
    [TestCase(9, 1280)]
    [TestCase(10, 2560)]
    [TestCase(11, 3600)]
    [TestCase(60, 3600)]
    public void Should_double_the_wait_after_each_failure_up_to_the_cap(int failedAttempts, int fullSeconds)
    {
        Assert.Multiple(() =>
        {
            Assert.That(WebhookRetrySchedule.Delay(failedAttempts, Base, Cap, random: 0.999999), Is.EqualTo(TimeSpan.FromSeconds(fullSeconds)).Within(TimeSpan.FromMilliseconds(10)));
            Assert.That(WebhookRetrySchedule.Delay(failedAttempts, Base, Cap, random: 0), Is.EqualTo(TimeSpan.FromSeconds(fullSeconds / 2.0)), "At least half of it.");
        });
    }

    [Test]
    public void Should_spread_retries_of_messages_that_failed_together()
    {
        var waits = Enumerable.Range(0, 100).Select(i => WebhookRetrySchedule.Delay(3, Base, Cap, random: i / 100.0)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(waits, Is.All.InRange(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20)));
            Assert.That(waits.Distinct().Count(), Is.EqualTo(100));
        });
    }

    [Test]
    public void Should_validate_settings_that_cannot_work()
    {
        var settings = new WebhookOptions { MaxAttempts = 0, LeaseDuration = TimeSpan.FromSeconds(30), MaxDelay = TimeSpan.FromSeconds(1), CircuitBreakDuration = TimeSpan.FromMilliseconds(300) };

        Assert.That(settings.Problems().ToList(), Has.Count.EqualTo(4));
        Assert.That(new WebhookOptions().Problems(), Is.Empty, "The defaults are valid.");
    }
}
