using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Signals;

/// <summary>How the neighbourhood was asked.</summary>
public enum ConsultationMethod
{
    Conversation,
    Survey,
    CafeDialogue,
    HouseVisit,
}

/// <summary>
/// The themes of the buurtanalyse that a buurtbevraging is tagged with: the field-work signal themes. Signals from intakes
/// carry a help category code instead and are counted next to them.
/// </summary>
public static class ConsultationThemes
{
    public static readonly IReadOnlyList<string> All =
    [
        "Armoede", "Digitale kloof", "Eenzaamheid", "Gezondheid", "Groen en netheid", "Mobiliteit", "Ontmoeting",
        "Toegankelijkheid", "Veiligheid", "Wonen",
    ];

    public static bool IsKnown(string theme) => All.Contains(theme, StringComparer.Ordinal);
}

/// <summary>What is recorded about a buurtbevraging, as one value, for recording and correcting it.</summary>
public sealed record ConsultationContent(
    ConsultationMethod Method, DateOnly HeldOn, int? Participants, IEnumerable<string> Themes, string Summary, IEnumerable<string> Quotes);

/// <summary>
/// A buurtbevraging: a conversation, survey, café dialogue or house visits in one neighbourhood, with the themes it
/// brought up, a summary and quotes. Nothing in it may identify a person. It can be corrected and removed.
/// </summary>
public sealed class Consultation : TenantOwnedEntity
{
    public const int SummaryMax = 4000;
    public const int QuoteMax = 500;
    public const int MaxQuotes = 20;

    private Consultation()
    {
        Summary = string.Empty;
    }

    public Consultation(Guid neighbourhoodId, ConsultationContent content, Guid recordedBy, DateTimeOffset recordedAt)
    {
        NeighbourhoodId = neighbourhoodId;
        Summary = string.Empty;
        Apply(content, recordedAt);
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
        Version = 1;
    }

    public Guid NeighbourhoodId { get; private set; }

    public ConsultationMethod Method { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public int? Participants { get; private set; }

    public List<string> Themes { get; private set; } = [];

    public string Summary { get; private set; }

    public List<string> Quotes { get; private set; } = [];

    public Guid RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Raised by every correction; the ETag.</summary>
    public int Version { get; private set; }

    /// <summary>Replaces what was recorded, checked by the same rules as when it was recorded.</summary>
    public void Update(ConsultationContent content, DateTimeOffset at)
    {
        Apply(content, at);
        Version++;
    }

    private void Apply(ConsultationContent content, DateTimeOffset at)
    {
        if (!Enum.IsDefined(content.Method))
        {
            throw new DomainRuleException($"Unknown method {content.Method}.");
        }

        if (content.HeldOn > DateOnly.FromDateTime(at.UtcDateTime))
        {
            throw new DomainRuleException("A buurtbevraging cannot be held in the future.");
        }

        if (content.Participants is < 1 or > 100_000)
        {
            throw new DomainRuleException("The number of participants is between 1 and 100000.");
        }

        List<string> themes = [.. content.Themes.Select(t => t.Trim()).Distinct(StringComparer.Ordinal)];
        if (themes.Count == 0 || themes.Any(t => !ConsultationThemes.IsKnown(t)))
        {
            throw new DomainRuleException("A buurtbevraging needs at least one theme from the list.");
        }

        var summary = Guard.Required(content.Summary, "Summary", SummaryMax);
        List<string> quotes = [.. content.Quotes.Select(q => Guard.Required(q, "Quote", QuoteMax))];
        if (quotes.Count > MaxQuotes)
        {
            throw new DomainRuleException($"At most {MaxQuotes} quotes.");
        }

        if (quotes.Prepend(summary).Select(IdentifyingText.Find).FirstOrDefault(found => found is not null) is { } identifying)
        {
            throw new DomainRuleException($"The summary or a quote contains {identifying}; a buurtbevraging must not identify anyone.");
        }

        Method = content.Method;
        HeldOn = content.HeldOn;
        Participants = content.Participants;
        Themes = themes;
        Summary = summary;
        Quotes = quotes;
    }
}
