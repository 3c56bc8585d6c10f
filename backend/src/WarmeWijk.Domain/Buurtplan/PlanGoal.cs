using WarmeWijk.Domain.Buurtanalyse;
using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Buurtplan;

public enum GoalStatus
{
    Active,
    Achieved,
    Dropped,
}

/// <summary>What motivated a goal: a flagged buurtanalyse indicator or a signal theme.</summary>
public enum FindingKind
{
    Indicator,
    SignalTheme,
}

/// <summary>
/// One finding behind a goal: the indicator code (see <see cref="Indicators"/>) or the signal theme, and in a sentence
/// what was found ("twice the Flemish share of 80-plussers living alone").
/// </summary>
public sealed record GoalFinding(FindingKind Kind, string Code, string Note)
{
    public const int MaxCodeLength = 80;
    public const int MaxNoteLength = 300;
}

/// <summary>An indicator the plan follows: a buurtanalyse indicator or a report KPI (<see cref="PlanKpis"/>), from a baseline to a target.</summary>
public sealed record PlanIndicator(string Code, decimal Baseline, decimal Target)
{
    public bool IsBuurtanalyseIndicator() => Indicators.All.Any(i => i.Id == Code);
}

/// <summary>Everything that is said about a goal, as one value, for creating and changing it.</summary>
public sealed record GoalContent(
    string Title,
    string? Description,
    GoalStatus Status,
    IReadOnlyList<GoalFinding> Findings,
    IReadOnlyList<PlanIndicator> Indicators);

/// <summary>
/// A goal of a neighbourhood's buurtplan, motivated by findings of the buurtanalyse, followed by indicators and reached
/// through actions (<see cref="PlanAction"/>). It holds no personal data: free text with contact data is refused.
/// </summary>
public sealed class PlanGoal : TenantOwnedEntity
{
    public const int MaxTitleLength = 120;
    public const int MaxDescriptionLength = 2000;
    public const int MaxFindings = 20;
    public const int MaxIndicators = 20;

    private PlanGoal()
    {
        Title = string.Empty;
    }

    public PlanGoal(Guid neighbourhoodId, GoalContent content, DateTimeOffset createdAt)
        : this()
    {
        NeighbourhoodId = neighbourhoodId;
        CreatedAt = createdAt;
        Apply(content);
        Version = 1;
    }

    public Guid NeighbourhoodId { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    public GoalStatus Status { get; private set; }

    public List<GoalFinding> Findings { get; private set; } = [];

    public List<PlanIndicator> Indicators { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Raised by every change; the ETag.</summary>
    public int Version { get; private set; }

    public void Update(GoalContent content)
    {
        Apply(content);
        Version++;
    }

    private void Apply(GoalContent content)
    {
        if (!Enum.IsDefined(content.Status))
        {
            throw new DomainRuleException($"{(int)content.Status} is not a goal status.");
        }

        if (content.Findings.Count is 0 or > MaxFindings)
        {
            throw new DomainRuleException($"A goal is motivated by one to {MaxFindings} findings.");
        }

        if (content.Indicators.Count > MaxIndicators)
        {
            throw new DomainRuleException($"A goal follows at most {MaxIndicators} indicators.");
        }

        if (content.Indicators.Select(i => i.Code).Distinct().Count() != content.Indicators.Count)
        {
            throw new DomainRuleException("A goal follows each indicator once.");
        }

        // Everything is checked before anything changes, so that a refused change leaves the goal as it was.
        var title = PlanText.Clean(Guard.Required(content.Title, "Title", MaxTitleLength), "Title")!;
        var description = PlanText.Clean(Guard.Optional(content.Description, "Description", MaxDescriptionLength), "Description");
        List<GoalFinding> findings = [.. content.Findings.Select(Checked)];
        List<PlanIndicator> indicators = [.. content.Indicators.Select(Checked)];
        Title = title;
        Description = description;
        Status = content.Status;
        Findings = findings;
        Indicators = indicators;
    }

    private static GoalFinding Checked(GoalFinding finding)
    {
        if (!Enum.IsDefined(finding.Kind))
        {
            throw new DomainRuleException($"{(int)finding.Kind} is not a kind of finding.");
        }

        var code = PlanText.Clean(Guard.Required(finding.Code, "A finding's code", GoalFinding.MaxCodeLength), "A finding's code")!;
        if (finding.Kind == FindingKind.Indicator && !Buurtanalyse.Indicators.All.Any(i => i.Id == code))
        {
            throw new DomainRuleException($"'{code}' is not a buurtanalyse indicator.");
        }

        var note = PlanText.Clean(Guard.Required(finding.Note, "A finding's note", GoalFinding.MaxNoteLength), "A finding's note")!;
        return new GoalFinding(finding.Kind, code, note);
    }

    private static PlanIndicator Checked(PlanIndicator indicator) =>
        indicator.IsBuurtanalyseIndicator() || PlanKpis.IsKnown(indicator.Code)
            ? indicator
            : throw new DomainRuleException($"'{indicator.Code}' is neither a buurtanalyse indicator nor a report KPI.");
}
