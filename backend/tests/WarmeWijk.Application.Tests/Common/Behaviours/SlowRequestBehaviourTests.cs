using WarmeWijk.Application.Tests.Support;

namespace WarmeWijk.Application.Tests.Common.Behaviours;

public sealed class SlowRequestBehaviourTests
{
    private static readonly TimeSpan Slow = TestApplication.SlowRequestThreshold * 2.5;

    [Test]
    public async Task Should_warn_when_the_handler_exceeds_the_threshold()
    {
        Assert.That(await WarningsFor(new WaitCommand(TimeSpan.Zero, Slow)), Has.One.StartsWith("Warning: Slow request WaitCommand took "));
    }

    [Test]
    public async Task Should_count_validation_towards_the_threshold()
    {
        Assert.That(await WarningsFor(new WaitCommand(Slow, TimeSpan.Zero)), Has.One.StartsWith("Warning: Slow request WaitCommand took "));
    }

    [Test]
    public async Task Should_not_warn_when_the_request_is_fast()
    {
        Assert.That(await WarningsFor(new WaitCommand(TimeSpan.Zero, TimeSpan.Zero)), Is.Empty);
    }

    private static async Task<IEnumerable<string>> WarningsFor(WaitCommand command)
    {
        await using var app = new TestApplication(FakeCurrentUser.Anonymous);
        await app.Send(command);
        return app.Journal.Entries.Where(e => e.StartsWith("Warning:", StringComparison.Ordinal));
    }
}
