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

/// <summary>
/// The weighted soft scores of an eligible pair; each normalised value is monotone in what it rewards. The score is summed
/// from the numbers alone; the sentences of the breakdown are formatted only when a breakdown is asked for.
/// </summary>
internal static class SoftScores
{
    private static readonly IReadOnlyList<SoftScore> All =
    [
        new(ScoreCodes.Distance, weights => weights.Distance, Distance, DistanceReason),
        new(ScoreCodes.AvailabilityOverlap, weights => weights.AvailabilityOverlap, Overlap, OverlapReason),
        new(ScoreCodes.LoadBalance, weights => weights.LoadBalance, Load, LoadReason),
        new(ScoreCodes.Continuity, weights => weights.Continuity, Continuity, ContinuityReason),
        new(ScoreCodes.Preferences, weights => weights.Preferences, Preferences, PreferencesReason),
    ];

    public static double Score(PairFacts facts, MatchingWeights weights)
    {
        var score = 0.0;
        foreach (var component in All)
        {
            score += component.Weight(weights) * component.Measure(facts, weights).Normalised;
        }

        return score;
    }

    public static IReadOnlyList<ScoreComponent> Breakdown(PairFacts facts, MatchingWeights weights) =>
    [
        .. All.Select(component =>
        {
            var (raw, normalised) = component.Measure(facts, weights);
            var weight = component.Weight(weights);
            return new ScoreComponent(component.Code, raw, normalised, weight, weight * normalised, component.Reason(facts));
        }),
    ];

    private static (double Raw, double Normalised) Distance(PairFacts facts, MatchingWeights weights) =>
        (facts.DistanceKm, 1 / (1 + (facts.DistanceKm / weights.DistanceHalfScoreKm)));

    private static LocalizedText DistanceReason(PairFacts facts) =>
        LocalizedText.Format($"Woont op {facts.DistanceKm:0.0} km", $"Lives {facts.DistanceKm:0.0} km away");

    private static (double Raw, double Normalised) Overlap(PairFacts facts, MatchingWeights weights) =>
        (facts.AvailableOverlapMinutes, Math.Min(1, (double)facts.AvailableOverlapMinutes / facts.WishedMinutes));

    private static LocalizedText OverlapReason(PairFacts facts) => LocalizedText.Format(
        $"Beschikbaar tijdens {facts.AvailableOverlapMinutes} van de {facts.WishedMinutes} gewenste minuten per week",
        $"Available for {facts.AvailableOverlapMinutes} of the {facts.WishedMinutes} wished minutes a week");

    private static (double Raw, double Normalised) Load(PairFacts facts, MatchingWeights weights) =>
        (facts.Volunteer.ActiveMatches, 1 - ((double)facts.Volunteer.ActiveMatches / facts.Volunteer.MaxConcurrentMatches));

    private static LocalizedText LoadReason(PairFacts facts) => LocalizedText.Format(
        $"Heeft {facts.Volunteer.ActiveMatches} van maximum {facts.Volunteer.MaxConcurrentMatches} koppelingen lopen",
        $"Has {facts.Volunteer.ActiveMatches} of at most {facts.Volunteer.MaxConcurrentMatches} matches running");

    private static (double Raw, double Normalised) Continuity(PairFacts facts, MatchingWeights weights) =>
        HelpedBefore(facts) ? (1, 1) : (0, 0);

    private static LocalizedText ContinuityReason(PairFacts facts) => HelpedBefore(facts)
        ? new LocalizedText("Hielp deze bewoner al eerder", "Helped this resident before")
        : new LocalizedText("Hielp deze bewoner nog niet", "Has not helped this resident before");

    /// <summary>Half for the wished skills the volunteer has (all, when none are wished), half for language level above the minimum.</summary>
    private static (double Raw, double Normalised) Preferences(PairFacts facts, MatchingWeights weights)
    {
        var wished = facts.Request.WishedSkills;
        var matched = MatchedSkills(facts);
        var skillShare = wished.Count == 0 ? 1 : (double)matched / wished.Count;
        var minimum = (int)facts.Request.MinimumLanguageLevel;
        var spoken = (int)facts.BestSharedLanguage!.Level;
        var languageShare = minimum == (int)LanguageLevel.Native ? 1 : (double)(spoken - minimum) / ((int)LanguageLevel.Native - minimum);
        return (matched, (skillShare + languageShare) / 2);
    }

    private static LocalizedText PreferencesReason(PairFacts facts)
    {
        var spoken = facts.BestSharedLanguage!;
        var level = LanguageSkill.Name(spoken.Level);
        var (matched, wished) = (MatchedSkills(facts), facts.Request.WishedSkills.Count);
        return LocalizedText.Format(
            $"Heeft {matched} van de {wished} gewenste vaardigheden; spreekt {spoken.Code} op niveau {level.Nl}",
            $"Has {matched} of the {wished} wished skills; speaks {spoken.Code} at {level.En} level");
    }

    private static bool HelpedBefore(PairFacts facts) => facts.Volunteer.HelpedResidents.Contains(facts.Request.ResidentId);

    private static int MatchedSkills(PairFacts facts) => facts.Request.WishedSkills.Count(facts.Volunteer.Skills.Contains);

    private sealed record SoftScore(
        string Code,
        Func<MatchingWeights, double> Weight,
        Func<PairFacts, MatchingWeights, (double Raw, double Normalised)> Measure,
        Func<PairFacts, LocalizedText> Reason);
}
