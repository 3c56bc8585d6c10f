using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Domain.Tests.Identity;

public sealed class RefreshTokenTests
{
    private static readonly DateTimeOffset CreatedAt = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ExpiresAt = CreatedAt.AddDays(14);

    [Test]
    public void Should_be_active_until_it_expires()
    {
        var token = NewToken();

        Assert.That(token.IsActive(CreatedAt), Is.True);
        Assert.That(token.IsActive(ExpiresAt.AddTicks(-1)), Is.True);
        Assert.That(token.IsActive(ExpiresAt), Is.False);
    }

    [Test]
    public void Should_not_be_active_once_revoked()
    {
        var token = NewToken();

        token.Revoke(CreatedAt.AddHours(1), RefreshTokenRevocation.SignedOut);

        Assert.That(token.IsActive(CreatedAt.AddHours(2)), Is.False);
    }

    [Test]
    public void Should_keep_the_first_revocation_when_revoked_again()
    {
        var token = NewToken();
        var firstRevocation = CreatedAt.AddHours(1);

        token.Revoke(firstRevocation, RefreshTokenRevocation.Rotated);
        token.Revoke(CreatedAt.AddHours(2), RefreshTokenRevocation.ReuseDetected);

        Assert.That(token.RevokedAt, Is.EqualTo(firstRevocation));
        Assert.That(token.RevocationReason, Is.EqualTo(RefreshTokenRevocation.Rotated));
    }

    [Test]
    public void Should_not_count_as_rotated_while_not_revoked()
    {
        Assert.That(NewToken().WasRotated, Is.False);
    }

    [TestCase(RefreshTokenRevocation.Rotated, true)]
    [TestCase(RefreshTokenRevocation.SignedOut, false)]
    [TestCase(RefreshTokenRevocation.ReuseDetected, false)]
    public void Should_count_as_rotated_only_when_revoked_for_rotation(RefreshTokenRevocation reason, bool expected)
    {
        var token = NewToken();

        token.Revoke(CreatedAt.AddHours(1), reason);

        Assert.That(token.WasRotated, Is.EqualTo(expected));
    }

    private static RefreshToken NewToken() =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), "hash", CreatedAt, ExpiresAt);
}
