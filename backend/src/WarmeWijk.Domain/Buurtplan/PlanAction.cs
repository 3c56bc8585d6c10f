using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Buurtplan;

public enum PlanActionStatus
{
    Planned,
    InProgress,
    Done,
    Dropped,
}

/// <summary>What is said about an action, as one value, for creating and changing it (its status changes on its own).</summary>
public sealed record ActionDetails(
    string Title,
    DateOnly StartOn,
    DateOnly DueOn,
    Guid? OwnerUserId,
    string? OwnerName,
    IReadOnlyList<Guid> PartnerIds,
    string? Notes);

/// <summary>
/// An action of a buurtplan goal: what will be done, from when until when, by whom (a user of the network or, for someone
/// outside it, a name) and with which partner organisations. Its status moves only along <see cref="AllowedTransitions"/>.
/// </summary>
public sealed class PlanAction : TenantOwnedEntity
{
    public const int MaxTitleLength = 160;
    public const int MaxOwnerNameLength = 120;
    public const int MaxNotesLength = 2000;
    public const int MaxPartners = 30;

    /// <summary>
    /// Planned may start, be done at once or be dropped; an action in progress ends done or dropped; a done action may be
    /// reopened (it turned out unfinished) and a dropped one planned again. Nothing else: a done action is not dropped and
    /// a started one does not go back to planned.
    /// </summary>
    public static readonly IReadOnlyDictionary<PlanActionStatus, PlanActionStatus[]> AllowedTransitions =
        new Dictionary<PlanActionStatus, PlanActionStatus[]>
        {
            [PlanActionStatus.Planned] = [PlanActionStatus.InProgress, PlanActionStatus.Done, PlanActionStatus.Dropped],
            [PlanActionStatus.InProgress] = [PlanActionStatus.Done, PlanActionStatus.Dropped],
            [PlanActionStatus.Done] = [PlanActionStatus.InProgress],
            [PlanActionStatus.Dropped] = [PlanActionStatus.Planned],
        };

    private PlanAction()
    {
        Title = string.Empty;
    }

    public PlanAction(PlanGoal goal, ActionDetails details, DateTimeOffset createdAt)
        : this()
    {
        GoalId = goal.Id;
        NeighbourhoodId = goal.NeighbourhoodId;
        CreatedAt = createdAt;
        Status = PlanActionStatus.Planned;
        Apply(details);
        Version = 1;
    }

    public Guid GoalId { get; private set; }

    /// <summary>The goal's neighbourhood, kept here so that a neighbourhood's actions are found without the goals.</summary>
    public Guid NeighbourhoodId { get; private set; }

    public string Title { get; private set; }

    public DateOnly StartOn { get; private set; }

    /// <summary>Never before <see cref="StartOn"/>.</summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>The user of the network who owns the action, or null when <see cref="OwnerName"/> names the owner.</summary>
    public Guid? OwnerUserId { get; private set; }

    public string? OwnerName { get; private set; }

    /// <summary>Partner organisations of the network involved in the action.</summary>
    public List<Guid> PartnerIds { get; private set; } = [];

    public PlanActionStatus Status { get; private set; }

    public string? Notes { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Raised by every change; the ETag.</summary>
    public int Version { get; private set; }

    public static bool CanMove(PlanActionStatus from, PlanActionStatus to) =>
        AllowedTransitions.TryGetValue(from, out var allowed) && allowed.Contains(to);

    public void Update(ActionDetails details)
    {
        Apply(details);
        Version++;
    }

    public void MoveTo(PlanActionStatus status)
    {
        if (!CanMove(Status, status))
        {
            throw new DomainRuleException($"An action that is {Status} cannot become {status}.");
        }

        Status = status;
        Version++;
    }

    private void Apply(ActionDetails details)
    {
        if (details.DueOn < details.StartOn)
        {
            throw new DomainRuleException("An action is due on or after the day it starts.");
        }

        var ownerName = PlanText.Clean(Guard.Optional(details.OwnerName, "Owner name", MaxOwnerNameLength), "Owner name");
        if ((details.OwnerUserId is null) == (ownerName is null))
        {
            throw new DomainRuleException("An action has one owner: a user of the network or a name.");
        }

        if (details.PartnerIds.Count > MaxPartners || details.PartnerIds.Distinct().Count() != details.PartnerIds.Count)
        {
            throw new DomainRuleException($"An action involves at most {MaxPartners} partners, each once.");
        }

        // Everything is checked before anything changes, so that a refused change leaves the action as it was.
        var title = PlanText.Clean(Guard.Required(details.Title, "Title", MaxTitleLength), "Title")!;
        var notes = PlanText.Clean(Guard.Optional(details.Notes, "Notes", MaxNotesLength), "Notes");
        Title = title;
        StartOn = details.StartOn;
        DueOn = details.DueOn;
        OwnerUserId = details.OwnerUserId;
        OwnerName = ownerName;
        PartnerIds = [.. details.PartnerIds];
        Notes = notes;
    }
}
