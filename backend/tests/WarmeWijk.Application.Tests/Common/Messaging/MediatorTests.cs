using WarmeWijk.Application.Tests.Support;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Tests.Common.Messaging;

public sealed class MediatorTests
{
    [Test]
    public async Task Should_return_the_result_of_the_handler()
    {
        await using var app = new TestApplication(FakeCurrentUser.SignedInAs(Role.Coordinator));

        Assert.That(await app.Send(new RepeatQuery("ab", 3)), Is.EqualTo("ababab"));
    }

    [Test]
    public async Task Should_serve_requests_with_different_response_types_concurrently()
    {
        await using var app = new TestApplication(FakeCurrentUser.SignedInAs(Role.Admin));
        var numbers = Enumerable.Range(0, 60).ToArray();

        Task<string>[] repeats = [.. numbers.Select(i => Task.Run(() => app.Send(new RepeatQuery("ab", (i % 3) + 1))))];
        Task<int>[] sums = [.. numbers.Select(i => Task.Run(() => app.Send(new AddQuery(i, i))))];

        Assert.That(await Task.WhenAll(repeats), Is.EqualTo(numbers.Select(i => string.Concat(Enumerable.Repeat("ab", (i % 3) + 1)))));
        Assert.That(await Task.WhenAll(sums), Is.EqualTo(numbers.Select(i => 2 * i)));
    }
}
