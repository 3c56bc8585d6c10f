using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Matching;
using WarmeWijk.Domain.Residents;

namespace WarmeWijk.Application.Residents.Commands.PlaceResidentHome;

/// <summary>Sets (or with null, removes) where the resident lives, so volunteers nearby can be found.</summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker)]
public sealed record PlaceResidentHomeCommand(Guid ResidentId, LocationDto? Home) : IRequest<ResidentDto>;

public sealed class PlaceResidentHomeValidator : AbstractValidator<PlaceResidentHomeCommand>
{
    public PlaceResidentHomeValidator()
    {
        RuleFor(c => c.Home!.Latitude).InclusiveBetween(-90, 90).When(c => c.Home is not null);
        RuleFor(c => c.Home!.Longitude).InclusiveBetween(-180, 180).When(c => c.Home is not null);
    }
}

public sealed class PlaceResidentHomeHandler(IAppDbContext db, AuditTrail audit) : IRequestHandler<PlaceResidentHomeCommand, ResidentDto>
{
    public async Task<ResidentDto> Handle(PlaceResidentHomeCommand request, CancellationToken cancellationToken)
    {
        var resident = await db.Residents.SingleOrDefaultAsync(r => r.Id == request.ResidentId, cancellationToken)
            ?? throw new NotFoundException("Resident", request.ResidentId);
        resident.PlaceHome(request.Home is { } home ? new GeoPoint(home.Latitude, home.Longitude) : null);
        audit.Record(AuditAction.Update, nameof(Resident), resident.Id, request.Home is null ? "Home location removed." : "Home location set.");
        await db.SaveChangesAsync(cancellationToken);
        return ResidentDto.From(resident);
    }
}
