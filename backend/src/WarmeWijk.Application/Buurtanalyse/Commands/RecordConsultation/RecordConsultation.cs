using FluentValidation;
using WarmeWijk.Application.Buurtanalyse.Queries.GetNeighbourhoodSignals;
using WarmeWijk.Application.Buurtanalyse.Queries.ListConsultations;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Signals;

namespace WarmeWijk.Application.Buurtanalyse.Commands.RecordConsultation;

/// <summary>
/// Records a buurtbevraging in a neighbourhood: how and when it was held, the themes it raised, a summary and quotes.
/// Neither the summary nor a quote may hold an e-mail address, a phone number or a national register number.
/// </summary>
[RequiresRole(Role.Coordinator, Role.FieldWorker)]
public sealed record RecordConsultationCommand(
    Guid NeighbourhoodId, ConsultationMethod Method, DateOnly HeldOn, int? Participants, IReadOnlyList<string> Themes, string Summary,
    IReadOnlyList<string>? Quotes) : IRequest<ConsultationDto>;

public sealed class RecordConsultationValidator : AbstractValidator<RecordConsultationCommand>
{
    public RecordConsultationValidator(TimeProvider clock)
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

public sealed class RecordConsultationHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RecordConsultationCommand, ConsultationDto>
{
    public async Task<ConsultationDto> Handle(RecordConsultationCommand request, CancellationToken cancellationToken)
    {
        await NeighbourhoodSectors.CodesAsync(db, request.NeighbourhoodId, cancellationToken);
        var consultation = new Consultation(
            request.NeighbourhoodId, request.Method, request.HeldOn, request.Participants, request.Themes, request.Summary, request.Quotes ?? [],
            user.Id!.Value, clock.GetUtcNow());
        db.Consultations.Add(consultation);
        await db.SaveChangesAsync(cancellationToken);
        return ConsultationDto.From(consultation);
    }
}
