using FluentValidation;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Common.Validation;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Buurtplan.Commands.UpdateActivity;

/// <summary>Replaces an activity's record; If-Match required.</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record UpdateNeighbourhoodActivityCommand(Guid Id, int? ExpectedVersion, NeighbourhoodActivityInput Activity) : IRequest<NeighbourhoodActivityDto>;

public sealed class UpdateNeighbourhoodActivityValidator : AbstractValidator<UpdateNeighbourhoodActivityCommand>
{
    public UpdateNeighbourhoodActivityValidator(IValidator<NeighbourhoodActivityInput> activity) => RuleFor(c => c.Activity).MustBeValid(activity);
}

public sealed class UpdateNeighbourhoodActivityHandler(IAppDbContext db, BuurtplanStore store, TimeProvider clock)
    : IRequestHandler<UpdateNeighbourhoodActivityCommand, NeighbourhoodActivityDto>
{
    public async Task<NeighbourhoodActivityDto> Handle(UpdateNeighbourhoodActivityCommand request, CancellationToken cancellationToken)
    {
        var activity = await BuurtplanStore.ForChangeAsync(
            store.ActivityAsync(request.Id, cancellationToken), a => a.Version, request.ExpectedVersion, "activity");
        await store.CheckActionAsync(request.Activity.ActionId, activity.NeighbourhoodId, cancellationToken);
        activity.Update(request.Activity.ToRecord(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return BuurtplanStore.ToDto(activity);
    }
}
