using WarmeWijk.Application.Tests.Support;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Tests.Common.Behaviours;

public sealed class LoggingBehaviourTests
{
    [Test]
    public async Task Should_log_the_request_name_and_caller_but_never_the_request_contents()
    {
        var admin = FakeCurrentUser.SignedInAs(Role.Admin);
        await using var app = new TestApplication(admin);

        await app.Send(new RepeatQuery("confidential", 1));

        Assert.That(app.Journal.Entries, Has.Member($"Debug: Handling RepeatQuery for user {admin.Id} in network {admin.NetworkId}"));
        Assert.That(app.Journal.Entries.Where(e => e.StartsWith("Debug:", StringComparison.Ordinal)), Has.None.Contains("confidential"));
    }
}
