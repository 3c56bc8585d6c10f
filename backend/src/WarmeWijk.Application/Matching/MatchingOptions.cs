namespace WarmeWijk.Application.Matching;

public sealed class MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>How long a volunteer has to answer a proposal; without an answer it expires and the next candidate is up.</summary>
    public TimeSpan AnswerWithin { get; set; } = TimeSpan.FromHours(48);

    /// <summary>How often unanswered proposals past their deadline are expired.</summary>
    public TimeSpan ExpiryCheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
