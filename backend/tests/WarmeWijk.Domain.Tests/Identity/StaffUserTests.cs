using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Domain.Tests.Identity;

public sealed class StaffUserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly LockoutPolicy Policy = new(MaxFailedAttempts: 3, LockoutDuration: TimeSpan.FromMinutes(10));

    [Test]
    public void Should_store_the_email_address_trimmed_and_in_lower_case()
    {
        var user = new StaffUser("  An.Peeters@Example.BE ", "An Peeters", Role.Coordinator, "hash");

        Assert.That(user.Email, Is.EqualTo("an.peeters@example.be"));
    }

    [Test]
    public void Should_refuse_the_partner_role()
    {
        Assert.That(() => new StaffUser("partner@example.be", "Partner", Role.Partner, "hash"), Throws.TypeOf<DomainRuleException>());
    }

    [Test]
    public void Should_not_lock_the_account_one_failure_before_the_threshold()
    {
        var user = NewUser();

        FailSignIn(user, Policy.MaxFailedAttempts - 1);

        Assert.That(user.IsLockedOut(Now), Is.False);
    }

    [Test]
    public void Should_lock_the_account_for_the_lockout_duration_at_the_threshold()
    {
        var user = NewUser();

        FailSignIn(user, Policy.MaxFailedAttempts);

        Assert.That(user.LockedOutUntil, Is.EqualTo(Now + Policy.LockoutDuration));
        Assert.That(user.IsLockedOut(Now + Policy.LockoutDuration - TimeSpan.FromSeconds(1)), Is.True);
    }

    [Test]
    public void Should_not_be_locked_once_the_lockout_has_expired()
    {
        var user = NewUser();

        FailSignIn(user, Policy.MaxFailedAttempts);

        Assert.That(user.IsLockedOut(Now + Policy.LockoutDuration), Is.False);
        Assert.That(user.IsLockedOut(Now + Policy.LockoutDuration + TimeSpan.FromMinutes(1)), Is.False);
    }

    [Test]
    public void Should_start_counting_failures_afresh_after_a_successful_sign_in()
    {
        var user = NewUser();
        FailSignIn(user, Policy.MaxFailedAttempts - 1);

        user.RecordSuccessfulSignIn(Now, KnownSource);
        FailSignIn(user, Policy.MaxFailedAttempts - 1);

        Assert.That(user.IsLockedOut(Now), Is.False);
        Assert.That(user.LastSignInAt, Is.EqualTo(Now));
    }

    [Test]
    public void Should_keep_letting_the_owner_in_from_the_source_of_the_last_sign_in_while_paused_for_others()
    {
        var user = NewUser();
        user.RecordSuccessfulSignIn(Now, KnownSource);

        FailSignIn(user, Policy.MaxFailedAttempts);

        Assert.Multiple(() =>
        {
            Assert.That(user.IsLockedOutFor(Now, KnownSource), Is.False);
            Assert.That(user.IsLockedOutFor(Now, "another-source"), Is.True);
        });
    }

    [Test]
    public void Should_keep_a_running_pause_when_the_owner_signs_in()
    {
        var user = NewUser();
        user.RecordSuccessfulSignIn(Now, KnownSource);
        FailSignIn(user, Policy.MaxFailedAttempts);

        user.RecordSuccessfulSignIn(Now, KnownSource);

        Assert.That(user.IsLockedOutFor(Now, "another-source"), Is.True);
    }

    private const string KnownSource = "known-source";

    private static StaffUser NewUser() => new("an@example.be", "An", Role.FieldWorker, "hash");

    private static void FailSignIn(StaffUser user, int times)
    {
        for (var i = 0; i < times; i++)
        {
            user.RecordFailedSignIn(Now, Policy);
        }
    }
}
