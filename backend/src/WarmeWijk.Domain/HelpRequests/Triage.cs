namespace WarmeWijk.Domain.HelpRequests;

/// <summary>The triage of a request: what the rules suggested, what the coordinator decided and what the resident chose.</summary>
public sealed record Triage(
    TriageRoute SuggestedRoute,
    string SuggestionReason,
    TriageRoute DecidedRoute,
    string? OverrideReason,
    ResidentChoice ResidentChoice,
    Guid DecidedBy,
    DateTimeOffset DecidedAt)
{
    public bool IsOverride => SuggestedRoute != DecidedRoute;
}

/// <summary>A network's triage rules: which categories need a professional by default, and urgency that overrides that.</summary>
public sealed record TriageRules(IReadOnlySet<string> HeavyCategories, Urgency HeavyFromUrgency = Urgency.Crisis)
{
    public (TriageRoute Route, string Reason) Suggest(string categoryCode, Urgency urgency)
    {
        if (urgency >= HeavyFromUrgency)
        {
            return (TriageRoute.Heavy, $"Urgency {urgency} needs a professional partner.");
        }

        return HeavyCategories.Contains(categoryCode)
            ? (TriageRoute.Heavy, $"Category '{categoryCode}' is referred to a professional partner in this network.")
            : (TriageRoute.Light, $"Category '{categoryCode}' can be picked up by volunteers.");
    }
}
