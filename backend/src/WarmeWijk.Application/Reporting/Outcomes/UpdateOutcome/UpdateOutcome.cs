using FluentValidation;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Reporting.Outcomes.UpdateOutcome;

/// <summary>Replaces an outcome's story; a stale version is refused (412), a missing one asked for (428).</summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker)]
public sealed record UpdateOutcomeCommand(Guid Id, int? ExpectedVersion, OutcomeInput Outcome) : IRequest<OutcomeDto>;

public sealed class UpdateOutcomeValidator : AbstractValidator<UpdateOutcomeCommand>
{
    public UpdateOutcomeValidator(IValidator<OutcomeInput> outcome) => RuleFor(c => c.Outcome).MustBeAValidOutcome(outcome);
}

public sealed class UpdateOutcomeHandler(IAppDbContext db, OutcomeStore store, TimeProvider clock)
    : IRequestHandler<UpdateOutcomeCommand, OutcomeDto>
{
    public async Task<OutcomeDto> Handle(UpdateOutcomeCommand request, CancellationToken cancellationToken)
    {
        var outcome = await store.LoadForChangeAsync(request.Id, request.ExpectedVersion, cancellationToken);
        outcome.Update(request.Outcome.ToStory(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await store.ToDtoAsync(outcome, cancellationToken);
    }
}
