using FluentValidation;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Common.Validation;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Buurtplan.Commands.UpdateAction;

/// <summary>Replaces an action's details (not its status); If-Match required.</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record UpdatePlanActionCommand(Guid Id, int? ExpectedVersion, PlanActionInput Action) : IRequest<PlanActionDto>;

public sealed class UpdatePlanActionValidator : AbstractValidator<UpdatePlanActionCommand>
{
    public UpdatePlanActionValidator(IValidator<PlanActionInput> action) => RuleFor(c => c.Action).MustBeValid(action);
}

public sealed class UpdatePlanActionHandler(IAppDbContext db, BuurtplanStore store) : IRequestHandler<UpdatePlanActionCommand, PlanActionDto>
{
    public async Task<PlanActionDto> Handle(UpdatePlanActionCommand request, CancellationToken cancellationToken)
    {
        var action = await BuurtplanStore.ForChangeAsync(store.ActionAsync(request.Id, cancellationToken), a => a.Version, request.ExpectedVersion, "action");
        action.Update(request.Action.ToDetails());
        await db.SaveChangesAsync(cancellationToken);
        return await store.ToDtoAsync(action, cancellationToken);
    }
}
