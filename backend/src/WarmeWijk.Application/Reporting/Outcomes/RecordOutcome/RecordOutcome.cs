using FluentValidation;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Reporting;

namespace WarmeWijk.Application.Reporting.Outcomes.RecordOutcome;

/// <summary>
/// Records an outcome: a change seen in the neighbourhood, for the stories next to the numbers. Outcomes hold no personal
/// data, so unlike residents and volunteers they are not written to the audit trail.
/// </summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker)]
public sealed record RecordOutcomeCommand(OutcomeInput Outcome) : IRequest<OutcomeDto>;

public sealed class RecordOutcomeValidator : AbstractValidator<RecordOutcomeCommand>
{
    public RecordOutcomeValidator(IValidator<OutcomeInput> outcome) => RuleFor(c => c.Outcome).MustBeAValidOutcome(outcome);
}

public sealed class RecordOutcomeHandler(IAppDbContext db, OutcomeStore store, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<RecordOutcomeCommand, OutcomeDto>
{
    public async Task<OutcomeDto> Handle(RecordOutcomeCommand request, CancellationToken cancellationToken)
    {
        var outcome = new Outcome(request.Outcome.ToStory(), currentUser.Id!.Value, clock.GetUtcNow());
        db.Outcomes.Add(outcome);
        await db.SaveChangesAsync(cancellationToken);
        return await store.ToDtoAsync(outcome, cancellationToken);
    }
}
