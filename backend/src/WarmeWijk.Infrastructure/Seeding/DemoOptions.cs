namespace WarmeWijk.Infrastructure.Seeding;

/// <summary>The <c>Demo</c> settings of the run configuration (never used in production).</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>
    /// Give each new demo network more volunteers and two years of synthetic history (residents, requests through every
    /// status, matches, referrals, signals, volunteer hours), so the inbox, the waiting list and the reports have something
    /// to show. On by
    /// default; the API tests switch it off (it adds a few seconds per start) unless a fixture asks for it.
    /// </summary>
    public bool History { get; set; } = true;
}
