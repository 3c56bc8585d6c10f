namespace WarmeWijk.Domain.Matching;

/// <summary>The stable codes of the hard constraints, as the API and the SPA see them.</summary>
public static class ConstraintCodes
{
    public const string Status = "status";
    public const string BuddyType = "buddy-type";
    public const string Language = "language";
    public const string Availability = "availability";
    public const string Absence = "absence";
    public const string Distance = "distance";
    public const string Capacity = "capacity";
    public const string Training = "training";
    public const string Screening = "screening";
    public const string RefusedCategory = "refused-category";
    public const string RefusedHomeCondition = "refused-home-condition";
}

/// <summary>A rule a volunteer must meet to be proposed. The reason is only formatted for a volunteer who does not meet it.</summary>
internal interface IHardConstraint
{
    string Code { get; }

    bool IsMet(PairFacts facts);

    LocalizedText Reason(PairFacts facts);
}

internal static class HardConstraints
{
    private static readonly MustBeActive Active = new();
    private static readonly BuddyTypeFitsCategory BuddyType = new();
    private static readonly SharesALanguage Language = new();
    private static readonly AvailableDuringWishedWindows Availability = new();
    private static readonly NotAbsentForThePeriod Absence = new();
    private static readonly WithinTravelDistance Distance = new();
    private static readonly HasCapacity Capacity = new();
    private static readonly HasRequiredTraining Training = new();
    private static readonly HasValidScreening Screening = new();
    private static readonly DoesNotRefuseCategory Category = new();
    private static readonly DoesNotRefuseHomeConditions HomeConditions = new();

    /// <summary>Every constraint, in the order their violations are reported.</summary>
    public static readonly IReadOnlyList<IHardConstraint> All =
        [Active, BuddyType, Language, Availability, Absence, Distance, Capacity, Training, Screening, Category, HomeConditions];

    /// <summary>The same constraints, the cheapest checks first, for a quick yes or no.</summary>
    private static readonly IHardConstraint[] CheapestFirst =
        [Active, Capacity, Distance, BuddyType, Category, HomeConditions, Screening, Training, Language, Availability, Absence];

    public static bool AreAllMet(PairFacts facts)
    {
        foreach (var constraint in CheapestFirst)
        {
            if (!constraint.IsMet(facts))
            {
                return false;
            }
        }

        return true;
    }

    public static IReadOnlyList<ConstraintViolation> Violations(PairFacts facts) =>
        [.. All.Where(constraint => !constraint.IsMet(facts)).Select(constraint => new ConstraintViolation(constraint.Code, constraint.Reason(facts)))];
}

internal sealed class MustBeActive : IHardConstraint
{
    public string Code => ConstraintCodes.Status;

    public bool IsMet(PairFacts facts) => facts.Volunteer.Status == VolunteerStatus.Active;

    public LocalizedText Reason(PairFacts facts) => LocalizedText.Format(
        $"Status is {Name(facts.Volunteer.Status).Nl}; enkel actieve vrijwilligers worden gekoppeld",
        $"Status is {Name(facts.Volunteer.Status).En}; only active volunteers are matched");

    private static LocalizedText Name(VolunteerStatus status) => status switch
    {
        VolunteerStatus.Intake => new("intake", "intake"),
        VolunteerStatus.Training => new("in vorming", "in training"),
        VolunteerStatus.Active => new("actief", "active"),
        VolunteerStatus.Paused => new("gepauzeerd", "paused"),
        VolunteerStatus.Stopped => new("gestopt", "stopped"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}

internal sealed class BuddyTypeFitsCategory : IHardConstraint
{
    public string Code => ConstraintCodes.BuddyType;

    public bool IsMet(PairFacts facts) => facts.Request.AcceptedBuddyTypes.Overlaps(facts.Volunteer.BuddyTypes);

    public LocalizedText Reason(PairFacts facts)
    {
        var accepted = facts.Request.AcceptedBuddyTypes.Order().Select(BuddyTypes.Name).ToArray();
        return LocalizedText.Format(
            $"Is geen buddy van een type dat bij deze vraag past ({string.Join(", ", accepted.Select(n => n.Nl))})",
            $"Is no buddy of a type this request needs ({string.Join(", ", accepted.Select(n => n.En))})");
    }
}

internal sealed class SharesALanguage : IHardConstraint
{
    public string Code => ConstraintCodes.Language;

    public bool IsMet(PairFacts facts) => facts.BestSharedLanguage is { } spoken && spoken.Level >= facts.Request.MinimumLanguageLevel;

    public LocalizedText Reason(PairFacts facts)
    {
        var minimum = LanguageSkill.Name(facts.Request.MinimumLanguageLevel);
        return facts.BestSharedLanguage is { } spoken
            ? LocalizedText.Format(
                $"Spreekt {spoken.Code} op niveau {LanguageSkill.Name(spoken.Level).Nl}; minimum is {minimum.Nl}",
                $"Speaks {spoken.Code} at {LanguageSkill.Name(spoken.Level).En} level; minimum is {minimum.En}")
            : LocalizedText.Format(
                $"Spreekt geen taal van de bewoner ({CodeSet.List(facts.Request.Languages)})",
                $"Speaks none of the resident's languages ({CodeSet.List(facts.Request.Languages)})");
    }
}

internal sealed class AvailableDuringWishedWindows : IHardConstraint
{
    public string Code => ConstraintCodes.Availability;

    public bool IsMet(PairFacts facts) => facts.OverlapMinutes > 0;

    public LocalizedText Reason(PairFacts facts) => new(
        "Is op geen enkel gewenst moment beschikbaar",
        "Is not available at any of the wished times");
}

/// <summary>Broken only when the weekly slots do meet the wished windows, but every such day falls in an absence.</summary>
internal sealed class NotAbsentForThePeriod : IHardConstraint
{
    public string Code => ConstraintCodes.Absence;

    public bool IsMet(PairFacts facts) => facts.OverlapMinutes == 0 || facts.AvailableOverlapMinutes > 0;

    public LocalizedText Reason(PairFacts facts) => LocalizedText.Format(
        $"Is afwezig op alle gewenste dagen van {facts.Request.Period.From:d MMMM yyyy} tot {facts.Request.Period.Until:d MMMM yyyy}",
        $"Is away on every wished day from {facts.Request.Period.From:d MMMM yyyy} to {facts.Request.Period.Until:d MMMM yyyy}");
}

internal sealed class WithinTravelDistance : IHardConstraint
{
    public string Code => ConstraintCodes.Distance;

    public bool IsMet(PairFacts facts) => facts.DistanceKm <= facts.Volunteer.MaxTravelKm;

    public LocalizedText Reason(PairFacts facts) => LocalizedText.Format(
        $"Woont {facts.DistanceKm:0.0} km ver; maximum is {facts.Volunteer.MaxTravelKm:0.#} km",
        $"Lives {facts.DistanceKm:0.0} km away; maximum is {facts.Volunteer.MaxTravelKm:0.#} km");
}

internal sealed class HasCapacity : IHardConstraint
{
    public string Code => ConstraintCodes.Capacity;

    public bool IsMet(PairFacts facts) => facts.Volunteer.RemainingCapacity > 0;

    public LocalizedText Reason(PairFacts facts) => LocalizedText.Format(
        $"Heeft al {facts.Volunteer.ActiveMatches} van maximum {facts.Volunteer.MaxConcurrentMatches} koppelingen",
        $"Already has {facts.Volunteer.ActiveMatches} of at most {facts.Volunteer.MaxConcurrentMatches} matches");
}

internal sealed class HasRequiredTraining : IHardConstraint
{
    public string Code => ConstraintCodes.Training;

    public bool IsMet(PairFacts facts) => facts.Volunteer.CompletedTraining.IsSupersetOf(facts.Request.RequiredTraining);

    public LocalizedText Reason(PairFacts facts)
    {
        var missing = CodeSet.List(facts.Request.RequiredTraining.Where(module => !facts.Volunteer.CompletedTraining.Contains(module)));
        return LocalizedText.Format($"Mist de vorming {missing}", $"Lacks the training {missing}");
    }
}

internal sealed class HasValidScreening : IHardConstraint
{
    public string Code => ConstraintCodes.Screening;

    public bool IsMet(PairFacts facts) => !facts.Request.RequiresHomeVisit || facts.Volunteer.Screening?.IsValidOn(facts.Request.Period.From) == true;

    public LocalizedText Reason(PairFacts facts)
    {
        var startsOn = facts.Request.Period.From;
        return facts.Volunteer.Screening switch
        {
            null => new LocalizedText(
                "Heeft geen uittreksel uit het strafregister (model 2), nodig voor huisbezoeken",
                "Has no criminal-record extract (model 2), needed for home visits"),
            { } extract when startsOn < extract.IssuedOn => LocalizedText.Format(
                $"Uittreksel uit het strafregister (model 2) is pas uitgereikt op {extract.IssuedOn:d MMMM yyyy}, na de start op {startsOn:d MMMM yyyy}",
                $"Criminal-record extract (model 2) was only issued on {extract.IssuedOn:d MMMM yyyy}, after the start on {startsOn:d MMMM yyyy}"),
            { } extract => LocalizedText.Format(
                $"Uittreksel uit het strafregister (model 2) verliep op {extract.ExpiresOn:d MMMM yyyy}, vóór de start op {startsOn:d MMMM yyyy}",
                $"Criminal-record extract (model 2) expired on {extract.ExpiresOn:d MMMM yyyy}, before the start on {startsOn:d MMMM yyyy}"),
        };
    }
}

internal sealed class DoesNotRefuseCategory : IHardConstraint
{
    public string Code => ConstraintCodes.RefusedCategory;

    public bool IsMet(PairFacts facts) => !facts.Volunteer.RefusedCategories.Contains(facts.Request.CategoryCode);

    public LocalizedText Reason(PairFacts facts) => LocalizedText.Format(
        $"Wil geen vragen van de categorie {facts.Request.CategoryCode} doen",
        $"Does not want requests of the category {facts.Request.CategoryCode}");
}

internal sealed class DoesNotRefuseHomeConditions : IHardConstraint
{
    public string Code => ConstraintCodes.RefusedHomeCondition;

    public bool IsMet(PairFacts facts) => !facts.Request.HomeConditions.Overlaps(facts.Volunteer.RefusedHomeConditions);

    public LocalizedText Reason(PairFacts facts)
    {
        var refused = facts.Request.HomeConditions.Where(facts.Volunteer.RefusedHomeConditions.Contains).Order().Select(Name).ToArray();
        return LocalizedText.Format(
            $"Wil niet werken waar er {string.Join(" of ", refused.Select(n => n.Nl))} zijn",
            $"Will not work where there are {string.Join(" or ", refused.Select(n => n.En))}");
    }

    private static LocalizedText Name(HomeCondition condition) => condition switch
    {
        HomeCondition.Pets => new("huisdieren", "pets"),
        HomeCondition.Stairs => new("trappen", "stairs"),
        HomeCondition.Smoking => new("rokers", "smokers"),
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, null),
    };
}
