using FluentValidation;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Common.Validation;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Buurtplan.Commands.UpdateGoal;

/// <summary>Replaces a goal (its status included); a stale version is refused (412), a missing one asked for (428).</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record UpdatePlanGoalCommand(Guid Id, int? ExpectedVersion, PlanGoalInput Goal) : IRequest<PlanGoalDto>;

public sealed class UpdatePlanGoalValidator : AbstractValidator<UpdatePlanGoalCommand>
{
    public UpdatePlanGoalValidator(IValidator<PlanGoalInput> goal) => RuleFor(c => c.Goal).MustBeValid(goal);
}

public sealed class UpdatePlanGoalHandler(IAppDbContext db, BuurtplanStore store) : IRequestHandler<UpdatePlanGoalCommand, PlanGoalDto>
{
    public async Task<PlanGoalDto> Handle(UpdatePlanGoalCommand request, CancellationToken cancellationToken)
    {
        var goal = await BuurtplanStore.ForChangeAsync(store.GoalAsync(request.Id, cancellationToken), g => g.Version, request.ExpectedVersion, "goal");
        goal.Update(request.Goal.ToContent());
        await db.SaveChangesAsync(cancellationToken);
        return BuurtplanStore.ToDto(goal);
    }
}
