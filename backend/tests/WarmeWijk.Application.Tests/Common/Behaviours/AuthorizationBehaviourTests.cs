using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Tests.Support;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Tests.Common.Behaviours;

public sealed class AuthorizationBehaviourTests
{
    [Test]
    public async Task Should_refuse_a_request_that_declares_no_access_attribute()
    {
        await using var app = new TestApplication(FakeCurrentUser.SignedInAs(Role.Admin));

        Assert.That(() => app.Send(new UndeclaredCommand()), Throws.InvalidOperationException.With.Message.Contains(nameof(UndeclaredCommand)));
        Assert.That(app.Journal.Entries, Has.None.Contains("handled"));
    }

    [Test]
    public async Task Should_let_an_anonymous_caller_send_a_public_request()
    {
        await using var app = new TestApplication(FakeCurrentUser.Anonymous);

        Assert.That(await app.Send(new AddQuery(2, 3)), Is.EqualTo(5));
    }

    [Test]
    public async Task Should_ask_an_anonymous_caller_to_sign_in_for_a_role_restricted_request()
    {
        await using var app = new TestApplication(FakeCurrentUser.Anonymous);

        Assert.That(() => app.Send(new RepeatQuery("ab", 2)), Throws.TypeOf<AuthenticationFailedException>());
        Assert.That(app.Journal.Entries, Has.None.Contains("handled"));
    }

    [Test]
    public async Task Should_forbid_a_caller_whose_role_is_not_listed()
    {
        await using var app = new TestApplication(FakeCurrentUser.SignedInAs(Role.FieldWorker));

        Assert.That(() => app.Send(new RepeatQuery("ab", 2)), Throws.TypeOf<ForbiddenException>());
        Assert.That(app.Journal.Entries, Has.None.Contains("handled"));
    }
}
