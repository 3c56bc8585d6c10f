using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Validation;
using WarmeWijk.Domain.Reporting;

namespace WarmeWijk.Application.Reporting.Outcomes;

/// <summary>An outcome as a coordinator or field worker tells it, for recording and for changing it.</summary>
public sealed record OutcomeInput(
    DateOnly ObservedOn,
    Guid? NeighbourhoodId,
    IReadOnlyList<OutcomeType> Types,
    string Title,
    string Change,
    string? Significance,
    string? Contribution,
    string Source)
{
    public OutcomeStory ToStory() => new(ObservedOn, NeighbourhoodId, Types, Title, Change, Significance, Contribution, Source);
}

/// <summary>Every rule an outcome must meet, each reported on its own field, so nothing reaches the domain half-checked.</summary>
public sealed class OutcomeInputValidator : AbstractValidator<OutcomeInput>
{
    private static readonly DateOnly Earliest = new(2000, 1, 1);

    public OutcomeInputValidator(IAppDbContext db, TimeProvider clock)
    {
        RuleFor(o => o.ObservedOn)
            .LessThanOrEqualTo(_ => Outcome.LatestObservedOn(clock.GetUtcNow())).WithMessage("An outcome cannot be observed on a day that has not come yet.")
            .GreaterThanOrEqualTo(Earliest).WithMessage("An outcome is observed in 2000 or later.");
        RuleFor(o => o.NeighbourhoodId)
            .MustAsync((id, ct) => db.Neighbourhoods.AnyAsync(n => n.Id == id, ct)).When(o => o.NeighbourhoodId is not null)
            .WithMessage("There is no such neighbourhood in your network.");
        RuleFor(o => o.Types).NotEmpty().WithMessage("Choose at least one outcome type.");
        RuleForEach(o => o.Types).IsInEnum();
        RuleFor(o => o.Title).NotEmpty().MaximumLength(Outcome.MaxTitleLength).IdentifiesNoOne();
        RuleFor(o => o.Change).NotEmpty().MaximumLength(Outcome.MaxChangeLength).IdentifiesNoOne();
        RuleFor(o => o.Significance).MaximumLength(Outcome.MaxSignificanceLength).IdentifiesNoOne();
        RuleFor(o => o.Contribution).MaximumLength(Outcome.MaxContributionLength).IdentifiesNoOne();
        RuleFor(o => o.Source).NotEmpty().MaximumLength(Outcome.MaxSourceLength).IdentifiesNoOne();
    }
}

internal static class OutcomeRules
{
    /// <summary>Stories go to analysts and funders: text with an e-mail address, a phone or a national register number is refused.</summary>
    public static void IdentifiesNoOne<T>(this IRuleBuilderOptions<T, string?> rule) =>
        rule.IdentifiesNoOne("Tell the story without names or contact data, so that it never identifies a resident.");

    /// <summary>Checks the outcome a command carries and reports its errors on the outcome's own fields ("title"), since it is the whole request body.</summary>
    public static void MustBeAValidOutcome<T>(this IRuleBuilder<T, OutcomeInput> rule, IValidator<OutcomeInput> outcome) => rule.MustBeValid(outcome);
}
