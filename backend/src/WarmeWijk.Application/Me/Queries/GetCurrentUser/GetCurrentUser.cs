using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Me.Queries.GetCurrentUser;

[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker, Role.Analyst)]
public sealed record GetCurrentUserQuery : IRequest<CurrentUserDto>;

public sealed record CurrentUserDto(Guid Id, string Email, string DisplayName, Role Role, NetworkDto Network);

public sealed record NetworkDto(Guid Id, string Name, string Slug);

public sealed class GetCurrentUserHandler(IAppDbContext db, ICurrentUser currentUser) : IRequestHandler<GetCurrentUserQuery, CurrentUserDto>
{
    public async Task<CurrentUserDto> Handle(GetCurrentUserQuery request, CancellationToken cancellationToken)
    {
        var query =
            from user in db.StaffUsers.AsNoTracking()
            join network in db.Networks.AsNoTracking() on user.NetworkId equals network.Id
            where user.Id == currentUser.Id
            select new CurrentUserDto(user.Id, user.Email, user.DisplayName, user.Role, new NetworkDto(network.Id, network.Name, network.Slug));

        return await query.SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("User", currentUser.Id!);
    }
}
