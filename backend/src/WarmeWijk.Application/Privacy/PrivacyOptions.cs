namespace WarmeWijk.Application.Privacy;

/// <summary>How long personal data is kept once the work for a resident is done (see docs/privacy.md).</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>
    /// A resident whose help requests are all closed this long ago (or who never had one, counted from registration) is
    /// anonymised. Five years: long enough for a resident who comes back with a new question to find their history, and for
    /// a subsidy period's reports and their comparison with the period before; see docs/privacy.md.
    /// </summary>
    public TimeSpan RetainClosedCasesFor { get; set; } = TimeSpan.FromDays(5 * 365 + 1);

    /// <summary>How often the retention job looks for residents due for anonymisation.</summary>
    public TimeSpan RetentionCheckInterval { get; set; } = TimeSpan.FromHours(6);
}
