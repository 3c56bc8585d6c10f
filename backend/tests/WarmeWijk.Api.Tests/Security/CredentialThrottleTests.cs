using Microsoft.Extensions.Options;
using WarmeWijk.Api.Security;
using WarmeWijk.Application.Auth.Throttling;

namespace WarmeWijk.Api.Tests.Security;

/// <summary>
/// The chained failure windows, with windows of a fraction of a second. .NET's rate limiters keep their own clock (they
/// take no TimeProvider), so these tests wait for a window to pass instead of moving a fake clock.
/// </summary>
public sealed class CredentialThrottleTests
{
    private static readonly TimeSpan ShortWindow = TimeSpan.FromMilliseconds(300);
    private const string Email = "an@example.be";
    private const string Address = "198.51.100.7";

    [Test]
    public async Task Should_refuse_a_source_at_the_first_windows_limit_and_let_it_try_again_once_the_window_passed()
    {
        using var throttle = Throttle(secondWindowFailures: 10);
        Fail(throttle, 3);

        var refused = throttle.IsThrottled(CredentialKind.StaffEmail, Email, Address);
        var triesAgain = await PassesWithinAsync(throttle, TimeSpan.FromSeconds(3));

        Assert.Multiple(() =>
        {
            Assert.That(refused, Is.True);
            Assert.That(triesAgain, Is.True);
        });
    }

    [Test]
    public async Task Should_make_a_source_that_keeps_failing_wait_for_the_longer_window()
    {
        using var throttle = Throttle(secondWindowFailures: 4);
        Fail(throttle, 3);
        await PassesWithinAsync(throttle, TimeSpan.FromSeconds(3));

        Fail(throttle, 1);
        var stillRefusedAfterTheShortWindow = !await PassesWithinAsync(throttle, ShortWindow * 3);

        Assert.That(stillRefusedAfterTheShortWindow, Is.True, "four failures use up the second window, which lasts an hour here");
    }

    [Test]
    public void Should_count_failures_per_credential_source_and_kind_and_not_count_checks()
    {
        using var throttle = Throttle(secondWindowFailures: 10);
        for (var i = 0; i < 10; i++)
        {
            throttle.IsThrottled(CredentialKind.StaffEmail, Email, Address);
        }

        Fail(throttle, 3);

        Assert.Multiple(() =>
        {
            Assert.That(throttle.IsThrottled(CredentialKind.StaffEmail, Email, Address), Is.True);
            Assert.That(throttle.IsThrottled(CredentialKind.StaffEmail, Email, "198.51.100.8"), Is.False, "another address");
            Assert.That(throttle.IsThrottled(CredentialKind.StaffEmail, "bo@example.be", Address), Is.False, "another account");
            Assert.That(throttle.IsThrottled(CredentialKind.PartnerClient, Email, Address), Is.False, "a partner client of that name");
        });
    }

    [Test]
    public void Should_forget_the_failures_of_a_credential_and_address_after_a_success_there_only()
    {
        using var throttle = Throttle(secondWindowFailures: 10);
        Fail(throttle, 3);
        Fail(throttle, 3, "198.51.100.8");
        Fail(throttle, 3, kind: CredentialKind.PartnerClient);

        throttle.RecordSuccess(CredentialKind.StaffEmail, Email, Address);
        var afterSuccess = throttle.IsThrottled(CredentialKind.StaffEmail, Email, Address);
        Fail(throttle, 2);
        var afterTwoNewFailures = throttle.IsThrottled(CredentialKind.StaffEmail, Email, Address);
        Fail(throttle, 1);

        Assert.Multiple(() =>
        {
            Assert.That(afterSuccess, Is.False);
            Assert.That(afterTwoNewFailures, Is.False, "counting starts afresh after the success");
            Assert.That(throttle.IsThrottled(CredentialKind.StaffEmail, Email, Address), Is.True, "three new failures use up the window again");
            Assert.That(throttle.IsThrottled(CredentialKind.StaffEmail, Email, "198.51.100.8"), Is.True, "another address keeps its failures");
            Assert.That(throttle.IsThrottled(CredentialKind.PartnerClient, Email, Address), Is.True, "a partner client of that name keeps its failures");
        });
    }

    [Test]
    public void Should_take_a_success_without_failures_or_when_switched_off_in_its_stride()
    {
        using var throttle = Throttle(secondWindowFailures: 10);
        using var off = new CredentialThrottle(Options.Create(new CredentialThrottleOptions { Enabled = false }));

        throttle.RecordSuccess(CredentialKind.StaffEmail, Email, Address);
        off.RecordSuccess(CredentialKind.StaffEmail, Email, Address);

        Assert.Multiple(() =>
        {
            Assert.That(throttle.IsThrottled(CredentialKind.StaffEmail, Email, Address), Is.False);
            Assert.That(off.IsThrottled(CredentialKind.StaffEmail, Email, Address), Is.False);
        });
    }

    [Test]
    public async Task Should_forget_sources_whose_last_failure_is_older_than_the_longest_window()
    {
        var window = new FailureWindow { Failures = 5000, Window = ShortWindow };
        using var throttle = new CredentialThrottle(Options.Create(new CredentialThrottleOptions { First = window, Second = window, Third = window }));
        Fail(throttle, 1, "198.51.100.8");
        await Task.Delay(ShortWindow * 2);

        Fail(throttle, 1023);

        Assert.That(throttle.Remembered, Is.EqualTo(1), "the sweep after 1024 failures forgot the address that stopped failing");
    }

    [Test]
    public void Should_throttle_nothing_when_switched_off()
    {
        using var throttle = new CredentialThrottle(Options.Create(new CredentialThrottleOptions { Enabled = false }));

        Fail(throttle, 50);

        Assert.That(throttle.IsThrottled(CredentialKind.StaffEmail, Email, Address), Is.False);
    }

    private static CredentialThrottle Throttle(int secondWindowFailures) => new(Options.Create(new CredentialThrottleOptions
    {
        First = new FailureWindow { Failures = 3, Window = ShortWindow },
        Second = new FailureWindow { Failures = secondWindowFailures, Window = TimeSpan.FromHours(1) },
        Third = new FailureWindow { Failures = 100, Window = TimeSpan.FromDays(1) },
    }));

    private static void Fail(CredentialThrottle throttle, int times, string address = Address, CredentialKind kind = CredentialKind.StaffEmail)
    {
        for (var i = 0; i < times; i++)
        {
            throttle.RecordFailure(kind, Email, address);
        }
    }

    private static async Task<bool> PassesWithinAsync(CredentialThrottle throttle, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (!throttle.IsThrottled(CredentialKind.StaffEmail, Email, Address))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
