using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Referrals;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.HelpRequests.Commands.Triage;

/// <summary>The coordinator's triage decision, beside the rules' suggestion and the resident's own choice.</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record TriageHelpRequestCommand(Guid Id, int? ExpectedVersion, TriageRoute DecidedRoute, string? OverrideReason, ResidentChoice ResidentChoice)
    : IRequest<HelpRequestDto>;

public sealed class TriageHelpRequestValidator : AbstractValidator<TriageHelpRequestCommand>
{
    public TriageHelpRequestValidator()
    {
        RuleFor(c => c.DecidedRoute).IsInEnum();
        RuleFor(c => c.ResidentChoice).IsInEnum();
        RuleFor(c => c.OverrideReason).MaximumLength(500);
    }
}

public sealed class TriageHelpRequestHandler(IAppDbContext db, HelpRequestStore store, ICurrentUser currentUser, AuditTrail audit, TimeProvider clock, PartnerReferrals referrals)
    : IRequestHandler<TriageHelpRequestCommand, HelpRequestDto>
{
    public async Task<HelpRequestDto> Handle(TriageHelpRequestCommand request, CancellationToken cancellationToken)
    {
        var (helpRequest, resident) = await store.LoadForChangeAsync(request.Id, request.ExpectedVersion, cancellationToken);
        var (route, reason) = (await NetworkTriageRules.LoadAsync(db, cancellationToken)).Suggest(helpRequest.CategoryCode, helpRequest.Urgency);
        helpRequest.RecordTriage(
            new Domain.HelpRequests.Triage(route, reason, request.DecidedRoute, request.OverrideReason, request.ResidentChoice, currentUser.Id!.Value, clock.GetUtcNow()));
        audit.Record(AuditAction.Transition, nameof(HelpRequest), helpRequest.Id, $"Triage: {request.DecidedRoute}.");
        await referrals.NotifyAsync(helpRequest, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await store.ToDtoAsync(helpRequest, resident, cancellationToken);
    }
}

public static class NetworkTriageRules
{
    /// <summary>The triage rules of the caller's network: its categories marked heavy, plus crisis urgency.</summary>
    public static async Task<TriageRules> LoadAsync(IAppDbContext db, CancellationToken cancellationToken) =>
        new((await db.HelpCategories.Where(c => c.DefaultRoute == TriageRoute.Heavy).Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet());
}
