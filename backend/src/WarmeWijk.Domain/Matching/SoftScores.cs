namespace WarmeWijk.Domain.Matching;

/// <summary>The stable codes of the soft score components.</summary>
public static class ScoreCodes
{
    public const string Distance = "distance";
    public const string AvailabilityOverlap = "availability-overlap";
    public const string LoadBalance = "load-balance";
    public const string Continuity = "continuity";
    public const string Preferences = "preferences";
}

/// <summary>The weighted soft scores of an eligible pair; each normalised value is monotone in what it rewards.</summary>
internal static class SoftScores
{
    public static IReadOnlyList<ScoreComponent> Breakdown(PairFacts facts, MatchingWeights weights) =>
    [
        DistanceScore(facts, weights), OverlapScore(facts, weights), LoadScore(facts, weights),
        ContinuityScore(facts, weights), PreferenceScore(facts, weights),
    ];

    private static ScoreComponent DistanceScore(PairFacts facts, MatchingWeights weights) => Component(
        ScoreCodes.Distance, facts.DistanceKm, 1 / (1 + (facts.DistanceKm / weights.DistanceHalfScoreKm)), weights.Distance,
        LocalizedText.Format($"Woont op {facts.DistanceKm:0.0} km", $"Lives {facts.DistanceKm:0.0} km away"));

    private static ScoreComponent OverlapScore(PairFacts facts, MatchingWeights weights) => Component(
        ScoreCodes.AvailabilityOverlap, facts.AvailableOverlapMinutes,
        Math.Min(1, (double)facts.AvailableOverlapMinutes / facts.WishedMinutes), weights.AvailabilityOverlap,
        LocalizedText.Format(
            $"Beschikbaar tijdens {facts.AvailableOverlapMinutes} van de {facts.WishedMinutes} gewenste minuten per week",
            $"Available for {facts.AvailableOverlapMinutes} of the {facts.WishedMinutes} wished minutes a week"));

    private static ScoreComponent LoadScore(PairFacts facts, MatchingWeights weights)
    {
        var volunteer = facts.Volunteer;
        return Component(
            ScoreCodes.LoadBalance, volunteer.ActiveMatches, 1 - ((double)volunteer.ActiveMatches / volunteer.MaxConcurrentMatches), weights.LoadBalance,
            LocalizedText.Format(
                $"Heeft {volunteer.ActiveMatches} van maximum {volunteer.MaxConcurrentMatches} koppelingen lopen",
                $"Has {volunteer.ActiveMatches} of at most {volunteer.MaxConcurrentMatches} matches running"));
    }

    private static ScoreComponent ContinuityScore(PairFacts facts, MatchingWeights weights)
    {
        var helpedBefore = facts.Volunteer.HelpedResidents.Contains(facts.Request.ResidentId);
        return Component(
            ScoreCodes.Continuity, helpedBefore ? 1 : 0, helpedBefore ? 1 : 0, weights.Continuity,
            helpedBefore
                ? new LocalizedText("Hielp deze bewoner al eerder", "Helped this resident before")
                : new LocalizedText("Hielp deze bewoner nog niet", "Has not helped this resident before"));
    }

    /// <summary>Half for the wished skills the volunteer has (all, when none are wished), half for language level above the minimum.</summary>
    private static ScoreComponent PreferenceScore(PairFacts facts, MatchingWeights weights)
    {
        var wished = facts.Request.WishedSkills;
        var matched = wished.Count(facts.Volunteer.Skills.Contains);
        var skillShare = wished.Count == 0 ? 1 : (double)matched / wished.Count;
        var minimum = (int)facts.Request.MinimumLanguageLevel;
        var spoken = facts.BestSharedLanguage!;
        var languageShare = minimum == (int)LanguageLevel.Native ? 1 : (double)((int)spoken.Level - minimum) / ((int)LanguageLevel.Native - minimum);
        var level = LanguageSkill.Name(spoken.Level);
        return Component(
            ScoreCodes.Preferences, matched, (skillShare + languageShare) / 2, weights.Preferences,
            LocalizedText.Format(
                $"Heeft {matched} van de {wished.Count} gewenste vaardigheden; spreekt {spoken.Code} op niveau {level.Nl}",
                $"Has {matched} of the {wished.Count} wished skills; speaks {spoken.Code} at {level.En} level"));
    }

    private static ScoreComponent Component(string code, double raw, double normalised, double weight, LocalizedText reason) =>
        new(code, raw, normalised, weight, weight * normalised, reason);
}
