using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Volunteers.Commands.LogVolunteerHours;

/// <summary>Hours a volunteer gave on a day, optionally for one help request.</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record LogVolunteerHoursCommand(Guid VolunteerId, DateOnly On, decimal Hours, Guid? HelpRequestId, string? Note) : IRequest<LoggedHoursDto>;

public sealed class LogVolunteerHoursValidator : AbstractValidator<LogVolunteerHoursCommand>
{
    public LogVolunteerHoursValidator(IAppDbContext db, TimeProvider clock)
    {
        RuleFor(c => c.On).LessThanOrEqualTo(_ => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1)))
            .WithMessage("Hours cannot be logged for a day that has not come yet.");
        RuleFor(c => c.Hours).GreaterThan(0).LessThanOrEqualTo(24).PrecisionScale(4, 2, ignoreTrailingZeros: true);
        RuleFor(c => c.HelpRequestId)
            .MustAsync((id, ct) => db.HelpRequests.AnyAsync(r => r.Id == id, ct)).When(c => c.HelpRequestId is not null)
            .WithMessage("There is no such help request in your network.");
        RuleFor(c => c.Note).MaximumLength(500);
    }
}

public sealed class LogVolunteerHoursHandler(IAppDbContext db, VolunteerStore store, ICurrentUser currentUser)
    : IRequestHandler<LogVolunteerHoursCommand, LoggedHoursDto>
{
    public async Task<LoggedHoursDto> Handle(LogVolunteerHoursCommand request, CancellationToken cancellationToken)
    {
        var volunteer = await store.LoadAsync(request.VolunteerId, cancellationToken);
        var logged = volunteer.LogHours(request.On, request.Hours, request.HelpRequestId, request.Note, currentUser.Id!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return new LoggedHoursDto(logged.Id, logged.On, logged.Hours, logged.HelpRequestId, logged.Note);
    }
}
