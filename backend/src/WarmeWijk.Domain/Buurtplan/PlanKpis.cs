namespace WarmeWijk.Domain.Buurtplan;

/// <summary>
/// The report KPIs a buurtplan can follow besides the buurtanalyse indicators: figures of the network's own work, for the
/// neighbourhood and a period, as the reporting dashboard counts them.
/// </summary>
public static class PlanKpis
{
    /// <summary>Help requests received.</summary>
    public const string RequestsReceived = "requests_received";

    /// <summary>Residents reached: residents with a help request.</summary>
    public const string ResidentsReached = "residents_reached";

    /// <summary>Help requests closed without an offer: unmet needs.</summary>
    public const string RequestsWithoutOffer = "requests_without_offer";

    /// <summary>Signals raised.</summary>
    public const string Signals = "signals";

    /// <summary>Hours of volunteering.</summary>
    public const string VolunteerHours = "volunteer_hours";

    /// <summary>Activities (ontmoeting) held.</summary>
    public const string Activities = "activities";

    /// <summary>Participants in activities, added up over the activities.</summary>
    public const string ActivityParticipants = "activity_participants";

    public static IReadOnlyList<string> All { get; } =
        [RequestsReceived, ResidentsReached, RequestsWithoutOffer, Signals, VolunteerHours, Activities, ActivityParticipants];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);
}
