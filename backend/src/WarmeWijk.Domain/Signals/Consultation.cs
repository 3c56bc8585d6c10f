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

/// <summary>
/// A buurtbevraging: a conversation, survey, café dialogue or house visits in one neighbourhood, with the themes it
/// brought up, a summary and quotes. Nothing in it may identify a person.
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

    public Consultation(
        Guid neighbourhoodId, ConsultationMethod method, DateOnly heldOn, int? participants, IEnumerable<string> themes, string summary,
        IEnumerable<string> quotes, Guid recordedBy, DateTimeOffset recordedAt)
    {
        if (!Enum.IsDefined(method))
        {
            throw new DomainRuleException($"Unknown method {method}.");
        }

        if (heldOn > DateOnly.FromDateTime(recordedAt.UtcDateTime))
        {
            throw new DomainRuleException("A buurtbevraging cannot be held in the future.");
        }

        if (participants is < 1 or > 100_000)
        {
            throw new DomainRuleException("The number of participants is between 1 and 100000.");
        }

        NeighbourhoodId = neighbourhoodId;
        Method = method;
        HeldOn = heldOn;
        Participants = participants;
        Themes = [.. themes.Select(t => t.Trim()).Distinct(StringComparer.Ordinal)];
        if (Themes.Count == 0 || Themes.Any(t => !ConsultationThemes.IsKnown(t)))
        {
            throw new DomainRuleException("A buurtbevraging needs at least one theme from the list.");
        }

        Summary = Guard.Required(summary, "Summary", SummaryMax);
        Quotes = [.. quotes.Select(q => Guard.Required(q, "Quote", QuoteMax))];
        if (Quotes.Count > MaxQuotes)
        {
            throw new DomainRuleException($"At most {MaxQuotes} quotes.");
        }

        if (Quotes.Prepend(Summary).Select(IdentifyingText.Find).FirstOrDefault(found => found is not null) is { } identifying)
        {
            throw new DomainRuleException($"The summary or a quote contains {identifying}; a buurtbevraging must not identify anyone.");
        }

        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
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
}
