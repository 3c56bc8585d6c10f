using FluentValidation;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Referrals;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.HelpRequests.Commands.Transition;

/// <summary>Moves a help request along its state machine, with a reason. Closing without an offer raises a signal.</summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker)]
public sealed record TransitionHelpRequestCommand(Guid Id, int? ExpectedVersion, HelpRequestStatus To, string Reason) : IRequest<HelpRequestDto>;

public sealed class TransitionHelpRequestValidator : AbstractValidator<TransitionHelpRequestCommand>
{
    /// <summary>These steps carry more than a reason and have their own endpoints.</summary>
    private static readonly Dictionary<HelpRequestStatus, string> OwnEndpoint = new()
    {
        [HelpRequestStatus.Triaged] = "triage",
        [HelpRequestStatus.Waitlisted] = "waitlist",
        [HelpRequestStatus.Referred] = "referrals",
        [HelpRequestStatus.AcceptedByPartner] = "the partner's answer to the referral",
    };

    public TransitionHelpRequestValidator()
    {
        RuleFor(c => c.To).IsInEnum()
            .Must(to => !OwnEndpoint.ContainsKey(to))
            .WithMessage(c => $"Use {OwnEndpoint[c.To]} to move a request to {c.To}.");
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
    }
}

public sealed class TransitionHelpRequestHandler(IAppDbContext db, HelpRequestStore store, ICurrentUser currentUser, AuditTrail audit, TimeProvider clock, PartnerReferrals referrals)
    : IRequestHandler<TransitionHelpRequestCommand, HelpRequestDto>
{
    public async Task<HelpRequestDto> Handle(TransitionHelpRequestCommand request, CancellationToken cancellationToken)
    {
        var (helpRequest, resident) = await store.LoadForChangeAsync(request.Id, request.ExpectedVersion, cancellationToken);
        var signal = helpRequest.TransitionTo(request.To, clock.GetUtcNow(), currentUser.Id!.Value, request.Reason);
        if (signal is not null)
        {
            db.Signals.Add(signal);
        }

        audit.Record(AuditAction.Transition, nameof(HelpRequest), helpRequest.Id, $"To {request.To}.");
        await referrals.NotifyAsync(helpRequest, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await store.ToDtoAsync(helpRequest, resident, cancellationToken);
    }
}
