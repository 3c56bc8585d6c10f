using FluentValidation;
using WarmeWijk.Application.Tests.Support;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Tests.Common.Behaviours;

public sealed class ValidationBehaviourTests
{
    [Test]
    public async Task Should_report_every_failure_of_every_validator_at_once_without_calling_the_handler()
    {
        await using var app = new TestApplication(FakeCurrentUser.SignedInAs(Role.Coordinator));

        var exception = Assert.ThrowsAsync<ValidationException>(() => app.Send(new RepeatQuery(" ", 0)));

        Assert.That(exception.Errors.Select(e => e.PropertyName), Is.EquivalentTo(new[] { "Word", "Times", "Word" }));
        Assert.That(exception.Errors.Select(e => e.ErrorMessage), Has.Member("One word, no spaces."));
        Assert.That(app.Journal.Entries, Has.None.Contains("handled"));
    }
}
