using System.Collections.Frozen;
using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.HelpRequests;

namespace WarmeWijk.Domain.Matching;

/// <summary>What the matching engine knows of a volunteer; the persistence layer maps its profile to this.</summary>
public sealed record VolunteerCandidate
{
    public required Guid Id { get; init; }

    public required string FirstName { get; init => field = Guard.Required(value, "First name", 100); }

    public required VolunteerStatus Status { get; init => field = CodeSet.Defined(value, "Status"); }

    public required IReadOnlySet<BuddyType> BuddyTypes { get; init => field = CodeSet.Defined(value, "Buddy types"); }

    public IReadOnlySet<string> Skills { get; init => field = CodeSet.Of(value, "Skill"); } = FrozenSet<string>.Empty;

    public required IReadOnlyList<LanguageSkill> Languages
    {
        get;
        init => field = value.DistinctBy(l => l.Code).Count() == value.Count
            ? [.. value]
            : throw new DomainRuleException("A language is listed twice for the volunteer.");
    }

    /// <summary>Weekly availability; slots may not overlap.</summary>
    public required IReadOnlyList<TimeWindow> Availability
    {
        get;
        init
        {
            field = WeeklyTimes.NonOverlapping(value, "Availability slots");
            AvailableDays = WeeklyTimes.DaysMask(field);
        }
    }

    internal int AvailableDays { get; private init; }

    public IReadOnlyList<DateRange> Absences { get; init => field = [.. value]; } = [];

    public required GeoPoint Home { get; init; }

    public required double MaxTravelKm
    {
        get;
        init => field = double.IsFinite(value) && value >= 0
            ? value
            : throw new DomainRuleException($"The maximum travel distance must be zero or more kilometres, not {value}.");
    }

    public required int MaxConcurrentMatches { get; init => field = NotNegative(value, "The maximum number of concurrent matches"); }

    public int ActiveMatches { get; init => field = NotNegative(value, "The number of active matches"); }

    /// <summary>Boundary: help-request category codes the volunteer will not do.</summary>
    public IReadOnlySet<string> RefusedCategories { get; init => field = CodeSet.Of(value, "Refused category"); } = FrozenSet<string>.Empty;

    /// <summary>Boundary: circumstances at home the volunteer will not work in (no pets, no stairs…).</summary>
    public IReadOnlySet<HomeCondition> RefusedHomeConditions { get; init => (field, RefusedHomeConditionsMask) = CodeSet.DefinedWithMask(value, "Refused home conditions"); } = FrozenSet<HomeCondition>.Empty;

    internal int RefusedHomeConditionsMask { get; private init; }

    public IReadOnlySet<string> CompletedTraining { get; init => field = CodeSet.Of(value, "Training module"); } = FrozenSet<string>.Empty;

    public CriminalRecordExtract? Screening { get; init; }

    /// <summary>Residents this volunteer helped before, for continuity.</summary>
    public IReadOnlySet<Guid> HelpedResidents { get; init => field = value.ToFrozenSet(); } = FrozenSet<Guid>.Empty;

    public int RemainingCapacity => Math.Max(0, MaxConcurrentMatches - ActiveMatches);

    private static int NotNegative(int value, string name) =>
        value >= 0 ? value : throw new DomainRuleException($"{name} must be zero or more, not {value}.");
}
