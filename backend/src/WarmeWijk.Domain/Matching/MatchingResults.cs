namespace WarmeWijk.Domain.Matching;

/// <summary>Why a volunteer cannot take a request: a stable code (see <see cref="ConstraintCodes"/>) and a sentence.</summary>
public sealed record ConstraintViolation(string Code, LocalizedText Reason);

/// <summary>One soft score of a candidate: its raw value, normalised to 0..1, the weight and weight × normalised.</summary>
public sealed record ScoreComponent(string Code, double RawValue, double Normalised, double Weight, double Contribution, LocalizedText Reason);

/// <summary>A volunteer who may take the request, with the score and its breakdown.</summary>
public sealed record MatchCandidate(VolunteerCandidate Volunteer, double DistanceKm, double Score, IReadOnlyList<ScoreComponent> Breakdown)
{
    /// <summary>The score on the integer scale of the batch plan (micro-points), at least 1 so that every feasible match counts.</summary>
    public long Points { get; } = Math.Max(1, (long)Math.Round(Score * 1_000_000, MidpointRounding.ToEven));
}

/// <summary>The verdict on one volunteer for one request: eligible (a <see cref="Candidate"/>) or excluded by all its <see cref="Violations"/>.</summary>
public sealed record VolunteerAssessment(VolunteerCandidate Volunteer, double DistanceKm, IReadOnlyList<ConstraintViolation> Violations, MatchCandidate? Candidate)
{
    public bool IsEligible => Candidate is not null;
}

/// <summary>Every volunteer of the set for one request: the eligible ones in rank order, the excluded ones by id.</summary>
public sealed record MatchingOverview(IReadOnlyList<MatchCandidate> Candidates, IReadOnlyList<VolunteerAssessment> Excluded);

/// <summary>Rank order: score descending, then distance ascending, then volunteer id ascending.</summary>
public sealed class CandidateOrder : IComparer<MatchCandidate>
{
    public static readonly CandidateOrder Instance = new();

    private CandidateOrder()
    {
    }

    public int Compare(MatchCandidate? x, MatchCandidate? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var byScore = y.Score.CompareTo(x.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byDistance = x.DistanceKm.CompareTo(y.DistanceKm);
        return byDistance != 0 ? byDistance : x.Volunteer.Id.CompareTo(y.Volunteer.Id);
    }
}
