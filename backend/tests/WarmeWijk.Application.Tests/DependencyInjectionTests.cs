using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Tests.Support;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Tests;

public sealed class DependencyInjectionTests
{
    [Test]
    public async Task Should_log_then_authorise_then_validate_before_calling_the_handler()
    {
        var coordinator = FakeCurrentUser.SignedInAs(Role.Coordinator);
        await using var app = new TestApplication(coordinator);

        await app.Send(new RepeatQuery("ab", 2));

        Assert.That(app.Journal.Entries, Is.EqualTo(new[]
        {
            HandlingEntry(coordinator),
            "RepeatRangeValidator validated RepeatQuery",
            "RepeatWordValidator validated RepeatQuery",
            "RepeatHandler handled RepeatQuery",
        }));
    }

    [Test]
    public async Task Should_log_a_refused_request_but_never_validate_it()
    {
        var fieldWorker = FakeCurrentUser.SignedInAs(Role.FieldWorker);
        await using var app = new TestApplication(fieldWorker);

        Assert.That(() => app.Send(new RepeatQuery("ab", 2)), Throws.TypeOf<ForbiddenException>());
        Assert.That(app.Journal.Entries, Is.EqualTo(new[] { HandlingEntry(fieldWorker) }));
    }

    private static string HandlingEntry(FakeCurrentUser caller) =>
        $"Debug: Handling RepeatQuery for user {caller.Id} in network {caller.NetworkId}";
}
