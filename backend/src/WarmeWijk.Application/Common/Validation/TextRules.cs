using FluentValidation;
using WarmeWijk.Domain.Common;

namespace WarmeWijk.Application.Common.Validation;

public static class TextRules
{
    /// <summary>Refuses text with an e-mail address, a phone or a national register number, telling what it holds and then <paramref name="advice"/>.</summary>
    public static void IdentifiesNoOne<T>(this IRuleBuilderOptions<T, string?> rule, string advice) =>
        rule.Custom((text, context) =>
        {
            if (IdentifyingText.Find(text) is { } found)
            {
                context.AddFailure($"This holds {found}. {advice}");
            }
        });

    /// <summary>
    /// Checks an input a command carries as its whole request body and reports its errors on the input's own fields
    /// ("title", not "goal.title").
    /// </summary>
    public static void MustBeValid<T, TInput>(this IRuleBuilder<T, TInput> rule, IValidator<TInput> input) =>
        rule.NotNull().CustomAsync(async (value, context, cancellationToken) =>
        {
            foreach (var failure in (await input.ValidateAsync(value, cancellationToken)).Errors)
            {
                context.AddFailure(failure);
            }
        });
}
