using FluentValidation;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Common.Validation;
using WarmeWijk.Domain.Buurtplan;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Buurtplan.Commands.CreateAction;

/// <summary>Adds an action to a goal; it starts Planned.</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record CreatePlanActionCommand(Guid GoalId, PlanActionInput Action) : IRequest<PlanActionDto>;

public sealed class CreatePlanActionValidator : AbstractValidator<CreatePlanActionCommand>
{
    public CreatePlanActionValidator(IValidator<PlanActionInput> action) => RuleFor(c => c.Action).MustBeValid(action);
}

public sealed class CreatePlanActionHandler(IAppDbContext db, BuurtplanStore store, TimeProvider clock)
    : IRequestHandler<CreatePlanActionCommand, PlanActionDto>
{
    public async Task<PlanActionDto> Handle(CreatePlanActionCommand request, CancellationToken cancellationToken)
    {
        var goal = await store.GoalAsync(request.GoalId, cancellationToken);
        var action = new PlanAction(goal, request.Action.ToDetails(), clock.GetUtcNow());
        db.PlanActions.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        return await store.ToDtoAsync(action, cancellationToken);
    }
}
