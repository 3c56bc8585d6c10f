using FluentValidation;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Buurtplan;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Buurtplan.Commands.ChangeActionStatus;

/// <summary>Moves an action to another status; a move the rules do not allow is refused (409). If-Match required.</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record ChangePlanActionStatusCommand(Guid Id, int? ExpectedVersion, PlanActionStatus Status) : IRequest<PlanActionDto>;

public sealed class ChangePlanActionStatusValidator : AbstractValidator<ChangePlanActionStatusCommand>
{
    public ChangePlanActionStatusValidator() => RuleFor(c => c.Status).IsInEnum();
}

public sealed class ChangePlanActionStatusHandler(IAppDbContext db, BuurtplanStore store)
    : IRequestHandler<ChangePlanActionStatusCommand, PlanActionDto>
{
    public async Task<PlanActionDto> Handle(ChangePlanActionStatusCommand request, CancellationToken cancellationToken)
    {
        var action = await BuurtplanStore.ForChangeAsync(store.ActionAsync(request.Id, cancellationToken), a => a.Version, request.ExpectedVersion, "action");
        action.MoveTo(request.Status);
        await db.SaveChangesAsync(cancellationToken);
        return await store.ToDtoAsync(action, cancellationToken);
    }
}
