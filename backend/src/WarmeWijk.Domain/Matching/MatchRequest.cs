using System.Collections.Frozen;
using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.HelpRequests;

namespace WarmeWijk.Domain.Matching;

/// <summary>A help request that is ready to be matched to a volunteer, as the matching engine sees it.</summary>
public sealed record MatchRequest
{
    public required Guid Id { get; init; }

    public required Guid ResidentId { get; init; }

    public required string CategoryCode { get; init => field = Guard.Required(value, "Category code", 40); }

    /// <summary>The buddy types that fit the category; a volunteer needs at least one of them.</summary>
    public required IReadOnlySet<BuddyType> AcceptedBuddyTypes { get; init => field = CodeSet.NonEmpty(CodeSet.Defined(value, "The accepted buddy types"), "The accepted buddy types"); }

    /// <summary>The languages the resident speaks; a volunteer needs one of them at <see cref="MinimumLanguageLevel"/>.</summary>
    public required IReadOnlySet<string> Languages
    {
        get;
        init => field = CodeSet.NonEmpty(value.Select(LanguageSkill.LanguageCode), "The resident's languages");
    }

    public LanguageLevel MinimumLanguageLevel { get; init => field = CodeSet.Defined(value, "Minimum language level"); } = LanguageLevel.Conversational;

    public IReadOnlySet<HomeCondition> HomeConditions { get; init => (field, HomeConditionsMask) = CodeSet.DefinedWithMask(value, "Home conditions"); } = FrozenSet<HomeCondition>.Empty;

    internal int HomeConditionsMask { get; private init; }

    /// <summary>The wished weekly moments; they may not overlap.</summary>
    public required IReadOnlyList<TimeWindow> WishedWindows
    {
        get;
        init
        {
            field = value.Count > 0
                ? WeeklyTimes.NonOverlapping(value, "Wished time windows")
                : throw new DomainRuleException("A request to match needs at least one wished time window.");
            WishedDays = WeeklyTimes.DaysMask(field);
            WishedMinutes = WeeklyTimes.TotalMinutes(field);
        }
    }

    internal int WishedDays { get; private init; }

    internal int WishedMinutes { get; private init; }

    /// <summary>The dates on which the help is wanted (one day for a one-off request); screening must be valid on its first day.</summary>
    public required DateRange Period { get; init; }

    public required GeoPoint Location { get; init; }

    /// <summary>Home visits need a valid criminal-record extract (model 2).</summary>
    public bool RequiresHomeVisit { get; init; }

    public IReadOnlySet<string> RequiredTraining { get; init => field = CodeSet.Of(value, "Training module"); } = FrozenSet<string>.Empty;

    /// <summary>Skills that would help (a preference, not a constraint).</summary>
    public IReadOnlySet<string> WishedSkills { get; init => field = CodeSet.Of(value, "Skill"); } = FrozenSet<string>.Empty;
}
