using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Signals;

public enum SignalSource
{
    /// <summary>A help request was closed because nothing could be offered.</summary>
    IntakeClosedNoOffer,
    FieldWork,
}

/// <summary>
/// A signal (signaal) for the buurtanalyse: an unmet need or a problem in the neighbourhood. It holds no
/// personal data: a theme, where, when and a short description.
/// </summary>
public sealed class Signal : TenantOwnedEntity
{
    private Signal()
    {
        Theme = string.Empty;
        SectorCode = string.Empty;
        Description = string.Empty;
    }

    public Signal(SignalSource source, string theme, string sectorCode, string description, DateTimeOffset raisedAt, Guid raisedBy, Guid? helpRequestId)
    {
        Source = source;
        Theme = Guard.Required(theme, "Theme", 80);
        SectorCode = sectorCode;
        Description = Guard.Required(description, "Description", 1000);
        RaisedAt = raisedAt;
        RaisedBy = raisedBy;
        HelpRequestId = helpRequestId;
    }

    public SignalSource Source { get; private set; }

    public string Theme { get; private set; }

    public string SectorCode { get; private set; }

    public string Description { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public Guid RaisedBy { get; private set; }

    public Guid? HelpRequestId { get; private set; }

    /// <summary>Erasure of the request's resident: the description may quote the reason they were told; theme and sector stay.</summary>
    public void Anonymise() => Description = Anonymised.Text;
}
