using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Signals;

namespace WarmeWijk.Application.Buurtanalyse;

/// <summary>A buurtbevraging as it is recorded or corrected: how, when, how many, the themes, a summary and quotes.</summary>
public sealed record ConsultationInput(
    ConsultationMethod Method, DateOnly HeldOn, int? Participants, IReadOnlyList<string> Themes, string Summary, IReadOnlyList<string>? Quotes)
{
    public ConsultationContent ToContent() => new(Method, HeldOn, Participants, Themes, Summary, Quotes ?? []);
}

/// <summary>
/// The rules for recording and for correcting a buurtbevraging. Neither the summary nor a quote may hold an e-mail address,
/// a phone number or a national register number.
/// </summary>
public sealed class ConsultationInputValidator : AbstractValidator<ConsultationInput>
{
    public ConsultationInputValidator(TimeProvider clock)
    {
        RuleFor(c => c.Method).IsInEnum();
        RuleFor(c => c.HeldOn).LessThanOrEqualTo(_ => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .WithMessage("A buurtbevraging cannot be held in the future.");
        RuleFor(c => c.Participants).InclusiveBetween(1, 100_000);
        RuleFor(c => c.Themes).NotEmpty().WithMessage("Choose at least one theme.");
        RuleForEach(c => c.Themes).Must(ConsultationThemes.IsKnown)
            .WithMessage(_ => $"'{{PropertyValue}}' is not a theme; choose from: {string.Join(", ", ConsultationThemes.All)}.");
        RuleFor(c => c.Summary).NotEmpty().MaximumLength(Consultation.SummaryMax).MustNotIdentifyAnyone();
        RuleFor(c => c.Quotes).Must(q => q!.Count <= Consultation.MaxQuotes).When(c => c.Quotes is not null)
            .WithMessage($"At most {Consultation.MaxQuotes} quotes.");
        RuleForEach(c => c.Quotes).NotEmpty().MaximumLength(Consultation.QuoteMax).MustNotIdentifyAnyone();
    }
}

internal static class IdentifyingTextRules
{
    public static IRuleBuilderOptions<T, string> MustNotIdentifyAnyone<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(text => IdentifyingText.Find(text) is null)
            .WithMessage((_, text) => $"This holds {IdentifyingText.Find(text)}; leave out anything that identifies a person.");
}

/// <summary>
/// Loads a buurtbevraging of the caller's network to show, correct or remove. A field worker may correct or remove only
/// the buurtbevragingen they recorded (403), as with outcomes: the summary is in the words of whoever recorded it; a
/// coordinator or admin may change any in the network.
/// </summary>
internal static class Consultations
{
    /// <summary>
    /// If-Match is required (428), the buurtbevraging must be of the network (404), the caller must be allowed to change
    /// it (403) and the version must be current (412).
    /// </summary>
    public static async Task<Consultation> ForChangeAsync(
        IAppDbContext db, ICurrentUser caller, Guid id, int? expectedVersion, CancellationToken cancellationToken)
    {
        if (expectedVersion is null)
        {
            throw new PreconditionRequiredException("buurtbevraging");
        }

        var consultation = await LoadAsync(db, id, cancellationToken);
        if (!MayChange(consultation, caller))
        {
            throw new ForbiddenException("A field worker may change or delete only the buurtbevragingen they recorded themselves; ask a coordinator.");
        }

        return consultation.Version == expectedVersion ? consultation : throw new PreconditionFailedException("buurtbevraging", consultation.Version);
    }

    public static async Task<Consultation> LoadAsync(IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Consultations.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("Consultation", id);

    public static bool MayChange(Consultation consultation, ICurrentUser caller) =>
        caller.Role is Role.Admin or Role.Coordinator || (caller.Role == Role.FieldWorker && consultation.RecordedBy == caller.Id);
}
