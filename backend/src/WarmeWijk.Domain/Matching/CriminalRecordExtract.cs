using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Matching;

/// <summary>An extract from the criminal record, model 2 (for work with vulnerable people), needed for home visits.</summary>
public sealed record CriminalRecordExtract
{
    public CriminalRecordExtract(DateOnly issuedOn, DateOnly expiresOn)
    {
        if (expiresOn <= issuedOn)
        {
            throw new DomainRuleException($"A criminal-record extract must expire after it is issued ({issuedOn:yyyy-MM-dd}–{expiresOn:yyyy-MM-dd}).");
        }

        IssuedOn = issuedOn;
        ExpiresOn = expiresOn;
    }

    public DateOnly IssuedOn { get; private init; }

    /// <summary>The last day on which the extract is valid.</summary>
    public DateOnly ExpiresOn { get; private init; }

    public bool IsValidOn(DateOnly date) => date >= IssuedOn && date <= ExpiresOn;
}
