using WarmeWijk.Application.Common;
using WarmeWijk.Domain.Matching;
using WarmeWijk.Domain.Volunteers;

namespace WarmeWijk.Application.Matching;

public sealed record ReasonDto(string Code, string Nl, string En);

public sealed record ScoreComponentDto(string Code, double RawValue, double Normalised, double Weight, double Contribution, string Nl, string En);

/// <summary>A volunteer who may take the request, with the score (0..1 per unit of weight) and why.</summary>
public sealed record CandidateDto(Guid VolunteerId, string FirstName, double DistanceKm, double Score, IReadOnlyList<ScoreComponentDto> Breakdown)
{
    public static CandidateDto From(MatchCandidate candidate) => new(
        candidate.Volunteer.Id,
        candidate.Volunteer.FirstName,
        Math.Round(candidate.DistanceKm, 2),
        Math.Round(candidate.Score, 4),
        [.. candidate.Breakdown.Select(c => new ScoreComponentDto(c.Code, c.RawValue, c.Normalised, c.Weight, c.Contribution, c.Reason.Nl, c.Reason.En))]);
}

/// <summary>A volunteer who cannot take the request, with every constraint that excludes them.</summary>
public sealed record ExcludedVolunteerDto(Guid VolunteerId, string FirstName, double DistanceKm, IReadOnlyList<ReasonDto> Reasons)
{
    public static ExcludedVolunteerDto From(VolunteerAssessment assessment) => new(
        assessment.Volunteer.Id,
        assessment.Volunteer.FirstName,
        Math.Round(assessment.DistanceKm, 2),
        [.. assessment.Violations.Select(v => new ReasonDto(v.Code, v.Reason.Nl, v.Reason.En))]);
}

/// <summary>The candidates for a request; FromSectorCentre when the resident's own location is unknown and distances are measured from the middle of their statistical sector.</summary>
public sealed record CandidatesDto(Guid HelpRequestId, bool FromSectorCentre, IReadOnlyList<CandidateDto> Candidates, IReadOnlyList<ExcludedVolunteerDto>? Excluded);

public sealed record PlannedMatchDto(Guid HelpRequestId, CandidateDto Candidate);

public sealed record BatchAssignmentDto(string Method, IReadOnlyList<PlannedMatchDto> Matches, IReadOnlyList<Guid> UnassignedRequests, double TotalScore)
{
    public static BatchAssignmentDto From(BatchAssignment assignment) => new(
        assignment.Solver,
        [.. assignment.Matches.Select(m => new PlannedMatchDto(m.RequestId, CandidateDto.From(m.Candidate)))],
        assignment.UnassignedRequests,
        Math.Round(assignment.TotalScore, 4));
}

/// <summary>
/// The optimal plan for all requests in Matching, beside greedy one-by-one picking; requests that cannot be matched say
/// why. The places of the planned requests and of the volunteers in the plans, for a map (coordinators only).
/// </summary>
public sealed record BatchPlanDto(
    BatchAssignmentDto Optimal, BatchAssignmentDto Greedy, IReadOnlyList<SkippedRequestDto> Skipped,
    IReadOnlyList<PlacedRequestDto> Requests, IReadOnlyList<PlacedVolunteerDto> Volunteers);

public sealed record PlacedRequestDto(Guid HelpRequestId, string CategoryCode, LocationDto Location);

public sealed record PlacedVolunteerDto(Guid VolunteerId, string FirstName, LocationDto Home);

public sealed record SkippedRequestDto(Guid HelpRequestId, string Reason);

/// <summary>A proposal to a volunteer. The link (with its one-time token) is only in the answer to the proposal itself.</summary>
public sealed record VolunteerMatchDto(
    Guid Id, Guid HelpRequestId, Guid VolunteerId, MatchStatus Status, double Score, DateTimeOffset ProposedAt, DateTimeOffset AnswerBy,
    DateTimeOffset? AnsweredAt, string? DeclineReason, decimal? Hours, string? AnswerLink)
{
    public static VolunteerMatchDto From(VolunteerMatch match, string? answerLink = null) => new(
        match.Id, match.HelpRequestId, match.VolunteerId, match.Status, match.Score, match.ProposedAt, match.AnswerBy, match.AnsweredAt,
        match.DeclineReason, match.Hours, answerLink);
}
