using FluentValidation;

namespace WarmeWijk.Application.Common.Validation;

internal static class BodyRules
{
    /// <summary>
    /// Checks the input a command carries and reports its errors on the input's own fields ("maxTravelKm"), since the
    /// input is the whole request body.
    /// </summary>
    public static void MustBeAValidProfile<T, TInput>(this IRuleBuilder<T, TInput> rule, IValidator<TInput> profile) =>
        rule.NotNull().CustomAsync(async (input, context, cancellationToken) =>
        {
            foreach (var failure in (await profile.ValidateAsync(input, cancellationToken)).Errors)
            {
                context.AddFailure(failure);
            }
        });
}
