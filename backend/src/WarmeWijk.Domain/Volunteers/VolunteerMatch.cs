using System.Security.Cryptography;
using System.Text;
using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Volunteers;

public enum MatchStatus
{
    Proposed,
    Accepted,
    Declined,
    Expired,
    Withdrawn,
    Completed,
}

/// <summary>
/// A volunteer proposed for a help request ("koppeling"). The coordinator proposes; the volunteer answers once, through a
/// personal link whose token is stored only as a hash; no answer by the deadline counts as a decline. A completed match
/// records the hours and a few words from both sides.
/// </summary>
public sealed class VolunteerMatch : TenantOwnedEntity
{
    private VolunteerMatch()
    {
        TokenHash = string.Empty;
    }

    private VolunteerMatch(Guid helpRequestId, Guid volunteerId, Guid residentId, double score, DateTimeOffset proposedAt, Guid proposedBy, DateTimeOffset answerBy, string tokenHash)
    {
        HelpRequestId = helpRequestId;
        VolunteerId = volunteerId;
        ResidentId = residentId;
        Score = score;
        ProposedAt = proposedAt;
        ProposedBy = proposedBy;
        AnswerBy = answerBy;
        TokenHash = tokenHash;
        Status = MatchStatus.Proposed;
    }

    public Guid HelpRequestId { get; private set; }

    public Guid VolunteerId { get; private set; }

    public Guid ResidentId { get; private set; }

    public MatchStatus Status { get; private set; }

    /// <summary>The engine's score when proposed (0..1), kept to explain the choice later.</summary>
    public double Score { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public Guid ProposedBy { get; private set; }

    public DateTimeOffset AnswerBy { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public string? DeclineReason { get; private set; }

    /// <summary>SHA-256 of the link's token: a leaked database does not leak working links.</summary>
    public string TokenHash { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public decimal? Hours { get; private set; }

    public string? VolunteerFeedback { get; private set; }

    public string? ResidentFeedback { get; private set; }

    public bool IsOpen => Status is MatchStatus.Proposed or MatchStatus.Accepted;

    /// <summary>Proposes a volunteer; returns the match and the token for the volunteer's link (shown once, never stored).</summary>
    public static (VolunteerMatch Match, string Token) Propose(
        Guid helpRequestId, Guid volunteerId, Guid residentId, double score, DateTimeOffset at, Guid by, TimeSpan answerWithin)
    {
        if (answerWithin <= TimeSpan.Zero)
        {
            throw new DomainRuleException("The volunteer needs some time to answer.");
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new VolunteerMatch(helpRequestId, volunteerId, residentId, score, at, by, at + answerWithin, HashToken(token)), token);
    }

    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public bool IsExpired(DateTimeOffset now) => Status == MatchStatus.Proposed && now > AnswerBy;

    public void Accept(DateTimeOffset at)
    {
        EnsureAnswerable(at);
        Status = MatchStatus.Accepted;
        AnsweredAt = at;
    }

    public void Decline(DateTimeOffset at, string? reason)
    {
        EnsureAnswerable(at);
        Status = MatchStatus.Declined;
        AnsweredAt = at;
        DeclineReason = Guard.Optional(reason, "Reason", 500);
    }

    /// <summary>The deadline passed without an answer.</summary>
    public void Expire(DateTimeOffset at)
    {
        if (!IsExpired(at))
        {
            throw new DomainRuleException("Only an unanswered proposal past its deadline expires.");
        }

        Status = MatchStatus.Expired;
    }

    /// <summary>The coordinator takes the proposal back (the request was cancelled or someone else will help).</summary>
    public void Withdraw()
    {
        if (!IsOpen)
        {
            throw new DomainRuleException($"A {Status} match cannot be withdrawn.");
        }

        Status = MatchStatus.Withdrawn;
    }

    public void Complete(DateTimeOffset at, decimal hours, string? volunteerFeedback, string? residentFeedback)
    {
        if (Status != MatchStatus.Accepted)
        {
            throw new DomainRuleException($"Only an accepted match can be completed; this one is {Status}.");
        }

        if (hours is < 0 or > 1000)
        {
            throw new DomainRuleException($"The hours must be between 0 and 1000, not {hours}.");
        }

        Status = MatchStatus.Completed;
        CompletedAt = at;
        Hours = hours;
        VolunteerFeedback = Guard.Optional(volunteerFeedback, "Volunteer feedback", 1000);
        ResidentFeedback = Guard.Optional(residentFeedback, "Resident feedback", 1000);
    }

    /// <summary>Erasure of the resident: the decline reason and both sides' words (free text) are replaced; status, dates and hours stay.</summary>
    public void Anonymise()
    {
        DeclineReason = Anonymised.Replace(DeclineReason);
        VolunteerFeedback = Anonymised.Replace(VolunteerFeedback);
        ResidentFeedback = Anonymised.Replace(ResidentFeedback);
    }

    private void EnsureAnswerable(DateTimeOffset at)
    {
        if (Status != MatchStatus.Proposed)
        {
            throw new DomainRuleException($"This proposal was already answered ({Status}); the link works once.");
        }

        if (at > AnswerBy)
        {
            throw new DomainRuleException($"This proposal expired at {AnswerBy:yyyy-MM-dd HH:mm} UTC.");
        }
    }
}
