namespace WarmeWijk.Domain.Matching;

/// <summary>Why a volunteer cannot take a request: a stable code (see <see cref="ConstraintCodes"/>) and a sentence.</summary>
public sealed record ConstraintViolation(string Code, LocalizedText Reason);

/// <summary>One soft score of a candidate: its raw value, normalised to 0..1, the weight and weight × normalised.</summary>
public sealed record ScoreComponent(string Code, double RawValue, double Normalised, double Weight, double Contribution, LocalizedText Reason);

/// <summary>A volunteer who may take the request, with the score and its breakdown (whose sentences are formatted when first read).</summary>
public sealed class MatchCandidate
{
    private readonly Lazy<IReadOnlyList<ScoreComponent>> breakdown;

    internal MatchCandidate(VolunteerCandidate volunteer, double distanceKm, double score, Func<IReadOnlyList<ScoreComponent>> breakdown)
    {
        Volunteer = volunteer;
        DistanceKm = distanceKm;
        Score = score;
        Points = Math.Max(1, (long)Math.Round(score * 1_000_000, MidpointRounding.ToEven));
        this.breakdown = new Lazy<IReadOnlyList<ScoreComponent>>(breakdown, LazyThreadSafetyMode.PublicationOnly);
    }

    public VolunteerCandidate Volunteer { get; }

    public double DistanceKm { get; }

    /// <summary>The sum of the breakdown's contributions.</summary>
    public double Score { get; }

    /// <summary>The score on the integer scale of the batch plan (micro-points), at least 1 so that every feasible match counts.</summary>
    public long Points { get; }

    public IReadOnlyList<ScoreComponent> Breakdown => breakdown.Value;
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
        return Compare((x.Score, x.DistanceKm, x.Volunteer.Id), (y.Score, y.DistanceKm, y.Volunteer.Id));
    }

    internal static int Compare((double Score, double DistanceKm, Guid VolunteerId) x, (double Score, double DistanceKm, Guid VolunteerId) y)
    {
        var byScore = y.Score.CompareTo(x.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byDistance = x.DistanceKm.CompareTo(y.DistanceKm);
        return byDistance != 0 ? byDistance : x.VolunteerId.CompareTo(y.VolunteerId);
    }
}
