using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.HelpRequests.Commands.Assign;

/// <summary>Gives a request to a field worker (or coordinator) of the network for follow-up, or takes it back (null).</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record AssignHelpRequestCommand(Guid Id, int? ExpectedVersion, Guid? AssigneeId) : IRequest<HelpRequestDto>;

public sealed class AssignHelpRequestValidator : AbstractValidator<AssignHelpRequestCommand>
{
    public AssignHelpRequestValidator(IAppDbContext db) =>
        RuleFor(c => c.AssigneeId)
            .MustAsync((id, ct) => db.StaffUsers.AnyAsync(u => u.Id == id && (u.Role == Role.FieldWorker || u.Role == Role.Coordinator), ct))
            .When(c => c.AssigneeId is not null)
            .WithMessage("There is no field worker or coordinator with this id in your network.");
}

public sealed class AssignHelpRequestHandler(IAppDbContext db, HelpRequestStore store, AuditTrail audit) : IRequestHandler<AssignHelpRequestCommand, HelpRequestDto>
{
    public async Task<HelpRequestDto> Handle(AssignHelpRequestCommand request, CancellationToken cancellationToken)
    {
        var (helpRequest, resident) = await store.LoadForChangeAsync(request.Id, request.ExpectedVersion, cancellationToken);
        helpRequest.AssignFieldWorker(request.AssigneeId);
        audit.Record(AuditAction.Update, nameof(HelpRequest), helpRequest.Id, request.AssigneeId is null ? "Assignee removed." : "Assigned for follow-up.");
        await db.SaveChangesAsync(cancellationToken);
        return await store.ToDtoAsync(helpRequest, resident, cancellationToken);
    }
}
