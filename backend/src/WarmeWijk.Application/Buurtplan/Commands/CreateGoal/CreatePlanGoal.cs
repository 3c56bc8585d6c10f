using FluentValidation;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Common.Validation;
using WarmeWijk.Domain.Buurtplan;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Buurtplan.Commands.CreateGoal;

/// <summary>Adds a goal to a neighbourhood's buurtplan, with the findings that motivate it and the indicators it follows.</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record CreatePlanGoalCommand(Guid NeighbourhoodId, PlanGoalInput Goal) : IRequest<PlanGoalDto>;

public sealed class CreatePlanGoalValidator : AbstractValidator<CreatePlanGoalCommand>
{
    public CreatePlanGoalValidator(IValidator<PlanGoalInput> goal) => RuleFor(c => c.Goal).MustBeValid(goal);
}

public sealed class CreatePlanGoalHandler(IAppDbContext db, BuurtplanStore store, TimeProvider clock)
    : IRequestHandler<CreatePlanGoalCommand, PlanGoalDto>
{
    public async Task<PlanGoalDto> Handle(CreatePlanGoalCommand request, CancellationToken cancellationToken)
    {
        var neighbourhood = await store.NeighbourhoodAsync(request.NeighbourhoodId, cancellationToken);
        var goal = new PlanGoal(neighbourhood.Id, request.Goal.ToContent(), clock.GetUtcNow());
        db.PlanGoals.Add(goal);
        await db.SaveChangesAsync(cancellationToken);
        return BuurtplanStore.ToDto(goal);
    }
}
