using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Reporting;

/// <summary>
/// A harvested outcome (outcome harvesting): a change someone saw in the neighbourhood, for whom, why it matters and how
/// the network contributed, told next to the numbers in reports for funders. It goes to analysts and funders, so it
/// holds no personal data: no names, and text with contact data or a national register number is refused.
/// </summary>
public sealed class Outcome : TenantOwnedEntity
{
    public const int MaxTitleLength = 120;
    public const int MaxChangeLength = 2000;
    public const int MaxSignificanceLength = 1000;
    public const int MaxContributionLength = 1000;
    public const int MaxSourceLength = 300;

    private Outcome()
    {
        Title = string.Empty;
        Change = string.Empty;
        Source = string.Empty;
    }

    public Outcome(OutcomeStory story, Guid recordedBy, DateTimeOffset recordedAt)
        : this()
    {
        Apply(story, recordedAt);
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
        Version = 1;
    }

    /// <summary>The day the change was seen or told; never after today.</summary>
    public DateOnly ObservedOn { get; private set; }

    /// <summary>One of the network's neighbourhoods, or null for a change across the network.</summary>
    public Guid? NeighbourhoodId { get; private set; }

    /// <summary>One or more kinds of change, each once, in the order of <see cref="OutcomeType"/>.</summary>
    public List<OutcomeType> Types { get; private set; } = [];

    public string Title { get; private set; }

    /// <summary>What changed, for whom, described without names.</summary>
    public string Change { get; private set; }

    /// <summary>Why the change matters.</summary>
    public string? Significance { get; private set; }

    /// <summary>How the network contributed to it.</summary>
    public string? Contribution { get; private set; }

    /// <summary>Who told it, or how it was verified (a role, never a name: "a resident at the coffee morning").</summary>
    public string Source { get; private set; }

    public Guid RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Raised by every change; the ETag.</summary>
    public int Version { get; private set; }

    /// <summary>
    /// The latest day that may be observed at <paramref name="now"/>: today in Belgium. Belgian time is UTC+1 or UTC+2,
    /// so a day counts as begun once it has begun in UTC+2.
    /// </summary>
    public static DateOnly LatestObservedOn(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime.AddHours(2));

    public void Update(OutcomeStory story, DateTimeOffset at)
    {
        Apply(story, at);
        Version++;
    }

    private void Apply(OutcomeStory story, DateTimeOffset at)
    {
        if (story.ObservedOn > LatestObservedOn(at))
        {
            throw new DomainRuleException($"An outcome cannot be observed on {story.ObservedOn:yyyy-MM-dd}, a day that has not come yet.");
        }

        if (story.Types.Count == 0)
        {
            throw new DomainRuleException("An outcome needs at least one outcome type.");
        }

        if (story.Types.Where(t => !Enum.IsDefined(t)).Select(t => (int)t).ToList() is [var unknown, ..])
        {
            throw new DomainRuleException($"{unknown} is not an outcome type.");
        }

        ObservedOn = story.ObservedOn;
        NeighbourhoodId = story.NeighbourhoodId;
        Types = [.. story.Types.Distinct().Order()];
        Title = WithoutContactData(Guard.Required(story.Title, "Title", MaxTitleLength), "Title")!;
        Change = WithoutContactData(Guard.Required(story.Change, "Change", MaxChangeLength), "Change")!;
        Significance = WithoutContactData(Guard.Optional(story.Significance, "Significance", MaxSignificanceLength), "Significance");
        Contribution = WithoutContactData(Guard.Optional(story.Contribution, "Contribution", MaxContributionLength), "Contribution");
        Source = WithoutContactData(Guard.Required(story.Source, "Source", MaxSourceLength), "Source")!;
    }

    private static string? WithoutContactData(string? text, string field) =>
        IdentifyingText.Find(text) is { } found
            ? throw new DomainRuleException($"{field} holds {found}; a story must never identify a resident.")
            : text;
}

/// <summary>Everything that is told about an outcome, as one value, for recording and for changing it.</summary>
public sealed record OutcomeStory(
    DateOnly ObservedOn,
    Guid? NeighbourhoodId,
    IReadOnlyCollection<OutcomeType> Types,
    string Title,
    string Change,
    string? Significance,
    string? Contribution,
    string Source);
