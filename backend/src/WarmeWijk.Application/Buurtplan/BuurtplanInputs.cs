using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Validation;
using WarmeWijk.Domain.Buurtanalyse;
using WarmeWijk.Domain.Buurtplan;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Buurtplan;

/// <summary>A goal as a coordinator writes it, for creating and changing it.</summary>
public sealed record PlanGoalInput(
    string Title,
    string? Description,
    GoalStatus Status,
    IReadOnlyList<GoalFinding> Findings,
    IReadOnlyList<PlanIndicator> Indicators)
{
    public GoalContent ToContent() => new(Title, Description, Status, Findings, Indicators);
}

/// <summary>An action as a coordinator writes it; its status changes through its own endpoint.</summary>
public sealed record PlanActionInput(
    string Title,
    DateOnly StartOn,
    DateOnly DueOn,
    Guid? OwnerUserId,
    string? OwnerName,
    IReadOnlyList<Guid>? PartnerIds,
    string? Notes)
{
    public ActionDetails ToDetails() => new(Title, StartOn, DueOn, OwnerUserId, OwnerName, PartnerIds ?? [], Notes);
}

public sealed record PlanActionStatusInput(PlanActionStatus Status);

/// <summary>An activity as it is recorded: numbers and groups, never who took part.</summary>
public sealed record NeighbourhoodActivityInput(
    DateOnly HeldOn,
    ActivityType Type,
    int Participants,
    IReadOnlyList<ResidentGroup>? GroupsReached,
    Guid? ActionId,
    string? Description)
{
    public ActivityRecord ToRecord() => new(HeldOn, Type, Participants, GroupsReached ?? [], ActionId, Description);
}

internal static class PlanRules
{
    public const string Advice = "A buurtplan is shared with partners: write it without names or contact data of residents.";

    public static bool IsIndicator(string? code) => Indicators.All.Any(i => i.Id == code);
}

public sealed class PlanGoalInputValidator : AbstractValidator<PlanGoalInput>
{
    public PlanGoalInputValidator()
    {
        RuleFor(g => g.Title).NotEmpty().MaximumLength(PlanGoal.MaxTitleLength).IdentifiesNoOne(PlanRules.Advice);
        RuleFor(g => g.Description).MaximumLength(PlanGoal.MaxDescriptionLength).IdentifiesNoOne(PlanRules.Advice);
        RuleFor(g => g.Status).IsInEnum();
        RuleFor(g => g.Findings).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Name at least one finding that motivates the goal.")
            .Must(f => f.Count <= PlanGoal.MaxFindings).WithMessage($"A goal has at most {PlanGoal.MaxFindings} findings.");
        RuleForEach(g => g.Findings).NotNull().ChildRules(finding =>
        {
            finding.RuleFor(f => f.Kind).IsInEnum();
            finding.RuleFor(f => f.Code).NotEmpty().MaximumLength(GoalFinding.MaxCodeLength).IdentifiesNoOne(PlanRules.Advice);
            finding.RuleFor(f => f.Code).Must(PlanRules.IsIndicator).When(f => f.Kind == FindingKind.Indicator && !string.IsNullOrWhiteSpace(f.Code))
                .WithMessage(f => $"'{f.Code}' is not a buurtanalyse indicator code.");
            finding.RuleFor(f => f.Note).NotEmpty().MaximumLength(GoalFinding.MaxNoteLength).IdentifiesNoOne(PlanRules.Advice);
        });
        RuleFor(g => g.Indicators).Cascade(CascadeMode.Stop).NotNull()
            .Must(i => i.Count <= PlanGoal.MaxIndicators).WithMessage($"A goal follows at most {PlanGoal.MaxIndicators} indicators.")
            .Must(i => i.Where(x => x is not null).Select(x => x.Code).Distinct().Count() == i.Count(x => x is not null))
            .WithMessage("Follow each indicator once.");
        RuleForEach(g => g.Indicators).NotNull().ChildRules(indicator =>
            indicator.RuleFor(i => i.Code).Cascade(CascadeMode.Stop).NotEmpty()
                .Must(code => PlanRules.IsIndicator(code) || PlanKpis.IsKnown(code))
                .WithMessage(i => $"'{i.Code}' is neither a buurtanalyse indicator nor a report KPI ({string.Join(", ", PlanKpis.All)})."));
    }
}

public sealed class PlanActionInputValidator : AbstractValidator<PlanActionInput>
{
    public PlanActionInputValidator(IAppDbContext db)
    {
        RuleFor(a => a.Title).NotEmpty().MaximumLength(PlanAction.MaxTitleLength).IdentifiesNoOne(PlanRules.Advice);
        RuleFor(a => a.StartOn).NotEmpty();
        RuleFor(a => a.DueOn).NotEmpty().GreaterThanOrEqualTo(a => a.StartOn).WithMessage("An action is due on or after the day it starts.");
        RuleFor(a => a.OwnerName).MaximumLength(PlanAction.MaxOwnerNameLength).IdentifiesNoOne(PlanRules.Advice);
        RuleFor(a => a.OwnerUserId)
            .Must((a, id) => (id is null) != string.IsNullOrWhiteSpace(a.OwnerName))
            .WithMessage("Give one owner: a user of the network (ownerUserId) or a name (ownerName), not both.");
        RuleFor(a => a.OwnerUserId)
            .MustAsync((id, ct) => db.StaffUsers.AnyAsync(u => u.Id == id && u.Role != Role.Analyst, ct)).When(a => a.OwnerUserId is not null)
            .WithMessage("There is no coordinator, field worker or admin with this id in your network.");
        RuleFor(a => a.PartnerIds).Cascade(CascadeMode.Stop)
            .Must(ids => ids!.Count <= PlanAction.MaxPartners).WithMessage($"An action involves at most {PlanAction.MaxPartners} partners.")
            .Must(ids => ids!.Distinct().Count() == ids!.Count).WithMessage("Name each partner once.")
            .MustAsync(async (ids, ct) => await db.PartnerOrganisations.CountAsync(p => ids!.Contains(p.Id), ct) == ids!.Distinct().Count())
            .WithMessage("Each partner must be a partner organisation of your network.")
            .When(a => a.PartnerIds is { Count: > 0 });
        RuleFor(a => a.Notes).MaximumLength(PlanAction.MaxNotesLength).IdentifiesNoOne(PlanRules.Advice);
    }
}

public sealed class NeighbourhoodActivityInputValidator : AbstractValidator<NeighbourhoodActivityInput>
{
    private static readonly DateOnly Earliest = new(2000, 1, 1);

    public NeighbourhoodActivityInputValidator(TimeProvider clock)
    {
        RuleFor(a => a.HeldOn)
            .LessThanOrEqualTo(_ => NeighbourhoodActivity.LatestHeldOn(clock.GetUtcNow())).WithMessage("Record an activity once it has been held, not before.")
            .GreaterThanOrEqualTo(Earliest).WithMessage("An activity is held in 2000 or later.");
        RuleFor(a => a.Type).IsInEnum();
        RuleFor(a => a.Participants).InclusiveBetween(0, NeighbourhoodActivity.MaxParticipants);
        RuleForEach(a => a.GroupsReached).IsInEnum();
        RuleFor(a => a.Description).MaximumLength(NeighbourhoodActivity.MaxDescriptionLength).IdentifiesNoOne(PlanRules.Advice);
    }
}
