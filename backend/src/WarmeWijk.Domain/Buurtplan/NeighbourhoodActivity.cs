using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Buurtplan;

/// <summary>The kinds of ontmoeting (meeting activity) a network records.</summary>
public enum ActivityType
{
    /// <summary>Buurtfeest.</summary>
    NeighbourhoodParty,

    /// <summary>Koffiemoment.</summary>
    CoffeeMoment,

    /// <summary>Wandeling.</summary>
    Walk,

    Workshop,

    /// <summary>Infosessie.</summary>
    InfoSession,

    /// <summary>Buurtmaaltijd.</summary>
    SharedMeal,

    Other,
}

/// <summary>The groups of residents an activity reached, as the field worker saw them (no one is registered).</summary>
public enum ResidentGroup
{
    OlderResidents,
    Families,
    Newcomers,
    YoungPeople,
    Children,
    PeopleLivingAlone,
    ResidentsWithMigrationBackground,
}

/// <summary>What is recorded about an activity, as one value, for recording and changing it.</summary>
public sealed record ActivityRecord(
    DateOnly HeldOn,
    ActivityType Type,
    int Participants,
    IReadOnlyCollection<ResidentGroup> GroupsReached,
    Guid? ActionId,
    string? Description);

/// <summary>
/// An activity (ontmoeting) held in a neighbourhood: when, what kind, how many took part and which groups came, optionally
/// as part of a buurtplan action. Only numbers and groups: no one who took part is named, and free text with contact data
/// is refused.
/// </summary>
public sealed class NeighbourhoodActivity : TenantOwnedEntity
{
    public const int MaxParticipants = 10_000;
    public const int MaxDescriptionLength = 500;

    private NeighbourhoodActivity()
    {
    }

    public NeighbourhoodActivity(Guid neighbourhoodId, ActivityRecord record, Guid recordedBy, DateTimeOffset recordedAt)
    {
        NeighbourhoodId = neighbourhoodId;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
        Apply(record, recordedAt);
        Version = 1;
    }

    public Guid NeighbourhoodId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public ActivityType Type { get; private set; }

    public int Participants { get; private set; }

    /// <summary>Each group once, in the order of <see cref="ResidentGroup"/>.</summary>
    public List<ResidentGroup> GroupsReached { get; private set; } = [];

    /// <summary>The buurtplan action the activity is part of, one of the same neighbourhood.</summary>
    public Guid? ActionId { get; private set; }

    public string? Description { get; private set; }

    public Guid RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Raised by every change; the ETag.</summary>
    public int Version { get; private set; }

    /// <summary>An activity is recorded once it has been held: today in Belgium at the latest (UTC+2 at most).</summary>
    public static DateOnly LatestHeldOn(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime.AddHours(2));

    public void Update(ActivityRecord record, DateTimeOffset at)
    {
        Apply(record, at);
        Version++;
    }

    private void Apply(ActivityRecord record, DateTimeOffset at)
    {
        if (record.HeldOn > LatestHeldOn(at))
        {
            throw new DomainRuleException($"An activity is recorded once held; {record.HeldOn:yyyy-MM-dd} has not come yet.");
        }

        if (!Enum.IsDefined(record.Type))
        {
            throw new DomainRuleException($"{(int)record.Type} is not an activity type.");
        }

        if (record.Participants is < 0 or > MaxParticipants)
        {
            throw new DomainRuleException($"An activity has from 0 to {MaxParticipants} participants.");
        }

        if (record.GroupsReached.Where(g => !Enum.IsDefined(g)).Select(g => (int)g).ToList() is [var unknown, ..])
        {
            throw new DomainRuleException($"{unknown} is not a group of residents.");
        }

        var description = PlanText.Clean(Guard.Optional(record.Description, "Description", MaxDescriptionLength), "Description");
        HeldOn = record.HeldOn;
        Type = record.Type;
        Participants = record.Participants;
        GroupsReached = [.. record.GroupsReached.Distinct().Order()];
        ActionId = record.ActionId;
        Description = description;
    }
}
