namespace WarmeWijk.Benchmarks;

/// <summary>
/// The JSON body of POST /api/v1/help-requests. The load generator sends it to both targets; the ceiling host binds it
/// with enums as plain strings, because the bare endpoint validates nothing.
/// </summary>
internal sealed record IntakeBody(
    Guid ResidentId,
    string Channel,
    string CategoryCode,
    string Description,
    string Urgency,
    string Recurrence,
    DateOnly? WishedFrom,
    IReadOnlyList<TimeWindowBody>? TimeWindows,
    IReadOnlyList<string>? Needs)
{
    /// <summary>A common request at the door, as the intake tests send it.</summary>
    public static IntakeBody Sample(Guid residentId) => new(
        residentId,
        "HomeVisit",
        "shopping",
        "Wekelijks boodschappen doen",
        "Normal",
        "Weekly",
        null,
        [new TimeWindowBody("Tuesday", new TimeOnly(10, 0), new TimeOnly(12, 0))],
        ["no-stairs"]);
}

internal sealed record TimeWindowBody(string Day, TimeOnly From, TimeOnly Until);
