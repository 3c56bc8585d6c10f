using FluentValidation;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Referrals;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.HelpRequests.Commands.Waitlist;

[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record PutOnWaitlistCommand(Guid Id, int? ExpectedVersion, int Priority, string Reason) : IRequest<HelpRequestDto>;

public sealed class PutOnWaitlistValidator : AbstractValidator<PutOnWaitlistCommand>
{
    public PutOnWaitlistValidator()
    {
        RuleFor(c => c.Priority).InclusiveBetween(1, 5);
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
    }
}

public sealed class PutOnWaitlistHandler(IAppDbContext db, HelpRequestStore store, ICurrentUser currentUser, AuditTrail audit, TimeProvider clock, PartnerReferrals referrals)
    : IRequestHandler<PutOnWaitlistCommand, HelpRequestDto>
{
    public async Task<HelpRequestDto> Handle(PutOnWaitlistCommand request, CancellationToken cancellationToken)
    {
        var (helpRequest, resident) = await store.LoadForChangeAsync(request.Id, request.ExpectedVersion, cancellationToken);
        helpRequest.PutOnWaitlist(request.Priority, clock.GetUtcNow(), currentUser.Id!.Value, request.Reason);
        audit.Record(AuditAction.Transition, nameof(HelpRequest), helpRequest.Id, $"Waitlisted with priority {request.Priority}.");
        await referrals.NotifyAsync(helpRequest, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await store.ToDtoAsync(helpRequest, resident, cancellationToken);
    }
}
