using WarmeWijk.Domain.HelpRequests;

namespace WarmeWijk.Domain.Reporting;

/// <summary>What a report needs to know of one help request: where it came from and when it reached each milestone.</summary>
public sealed record RequestFact(
    Guid NetworkId,
    Guid ResidentId,
    DateTimeOffset CreatedAt,
    IntakeChannel Channel,
    string CategoryCode,
    string SectorCode,
    HelpRequestStatus Status,
    TriageRoute? DecidedRoute,
    DateTimeOffset? FirstContactAt,
    DateTimeOffset? TriagedAt,
    DateTimeOffset? MatchedAt,
    DateTimeOffset? ReferredAt,
    DateTimeOffset? PartnerAcceptedAt,
    DateTimeOffset? ClosedAt);
