using FluentValidation;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Common.Validation;
using WarmeWijk.Domain.Buurtplan;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Buurtplan.Commands.RecordActivity;

/// <summary>Records an activity held in a neighbourhood; field workers record them too.</summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker)]
public sealed record RecordNeighbourhoodActivityCommand(Guid NeighbourhoodId, NeighbourhoodActivityInput Activity) : IRequest<NeighbourhoodActivityDto>;

public sealed class RecordNeighbourhoodActivityValidator : AbstractValidator<RecordNeighbourhoodActivityCommand>
{
    public RecordNeighbourhoodActivityValidator(IValidator<NeighbourhoodActivityInput> activity) => RuleFor(c => c.Activity).MustBeValid(activity);
}

public sealed class RecordNeighbourhoodActivityHandler(IAppDbContext db, BuurtplanStore store, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<RecordNeighbourhoodActivityCommand, NeighbourhoodActivityDto>
{
    public async Task<NeighbourhoodActivityDto> Handle(RecordNeighbourhoodActivityCommand request, CancellationToken cancellationToken)
    {
        var neighbourhood = await store.NeighbourhoodAsync(request.NeighbourhoodId, cancellationToken);
        await store.CheckActionAsync(request.Activity.ActionId, neighbourhood.Id, cancellationToken);
        var activity = new NeighbourhoodActivity(neighbourhood.Id, request.Activity.ToRecord(), currentUser.Id!.Value, clock.GetUtcNow());
        db.NeighbourhoodActivities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return BuurtplanStore.ToDto(activity);
    }
}
