namespace WarmeWijk.Domain.Reporting;

/// <summary>The kinds of change a zorgzame buurt brings about, after the outcomes of the toolbox (Figuur 3).</summary>
public enum OutcomeType
{
    /// <summary>Buurtbewoners bereiken en betrekken: residents reached who were not reached before, who found a place, who take part.</summary>
    ResidentsReachedAndInvolved,

    /// <summary>Sociale relaties onder buurtbewoners: residents meet and help each other.</summary>
    SocialRelations,

    /// <summary>Houding tegenover de werking: trust in the network and its workers has grown.</summary>
    Trust,

    /// <summary>Weg naar zorg: residents find their way to care and services sooner and better.</summary>
    WayToCare,

    /// <summary>Partners: they get to know each other, find each other and work together, more neighbourhood-minded.</summary>
    PartnerCollaboration,
}
