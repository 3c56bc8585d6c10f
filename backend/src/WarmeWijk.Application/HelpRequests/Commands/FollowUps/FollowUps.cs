using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Residents;

namespace WarmeWijk.Application.HelpRequests.Commands.FollowUps;

/// <summary>Plans a follow-up ("weekly phone contact") for the caller.</summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker)]
public sealed record AddFollowUpCommand(Guid HelpRequestId, string Description, DateOnly DueOn, Recurrence Recurrence) : IRequest<HelpRequestDto>;

public sealed class AddFollowUpValidator : AbstractValidator<AddFollowUpCommand>
{
    public AddFollowUpValidator(TimeProvider clock)
    {
        RuleFor(c => c.Description).NotEmpty().MaximumLength(300);
        RuleFor(c => c.DueOn).Must(d => d >= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(-1))).WithMessage("The due date lies in the past.");
        RuleFor(c => c.Recurrence).IsInEnum();
    }
}

public sealed class AddFollowUpHandler(IAppDbContext db, HelpRequestStore store, ICurrentUser currentUser) : IRequestHandler<AddFollowUpCommand, HelpRequestDto>
{
    public async Task<HelpRequestDto> Handle(AddFollowUpCommand request, CancellationToken cancellationToken)
    {
        var (helpRequest, resident) = await store.LoadCurrentForChangeAsync(request.HelpRequestId, cancellationToken);
        var person = await db.Residents.AsNoTracking().SingleAsync(r => r.Id == resident.Id, cancellationToken);
        if (person.WithdrewConsentFor(ConsentPurpose.FollowUpContact))
        {
            throw new ConflictException("The resident withdrew consent for follow-up contact; no follow-up task can be planned.");
        }

        helpRequest.AddFollowUp(request.Description, request.DueOn, currentUser.Id!.Value, request.Recurrence);
        await db.SaveChangesAsync(cancellationToken);
        return await store.ToDtoAsync(helpRequest, resident, cancellationToken);
    }
}

/// <summary>Marks a follow-up done; a recurring one comes back with its next due date.</summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker)]
public sealed record CompleteFollowUpCommand(Guid HelpRequestId, Guid TaskId) : IRequest<HelpRequestDto>;

public sealed class CompleteFollowUpHandler(IAppDbContext db, HelpRequestStore store, TimeProvider clock) : IRequestHandler<CompleteFollowUpCommand, HelpRequestDto>
{
    public async Task<HelpRequestDto> Handle(CompleteFollowUpCommand request, CancellationToken cancellationToken)
    {
        var (helpRequest, resident) = await store.LoadCurrentForChangeAsync(request.HelpRequestId, cancellationToken);
        helpRequest.CompleteFollowUp(request.TaskId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await store.ToDtoAsync(helpRequest, resident, cancellationToken);
    }
}
