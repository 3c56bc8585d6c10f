using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Referrals;

public enum ReferralDirection
{
    /// <summary>A partner refers a resident to the network (starts an intake).</summary>
    FromPartner,

    /// <summary>The network refers a resident to a partner (heavy triage).</summary>
    ToPartner,
}

public enum ReferralStatus
{
    /// <summary>Waiting for the partner (to partner) or received by the network (from partner).</summary>
    Open,
    Accepted,
    Declined,
    Closed,
}

/// <summary>A doorverwijzing between the network and one partner organisation, about one help request.</summary>
public sealed class Referral : TenantOwnedEntity
{
    private Referral()
    {
    }

    public Referral(Guid helpRequestId, Guid partnerOrganisationId, ReferralDirection direction, string? note, DateTimeOffset createdAt)
    {
        HelpRequestId = helpRequestId;
        PartnerOrganisationId = partnerOrganisationId;
        Direction = direction;
        Note = Guard.Optional(note, "Note", 2000);
        CreatedAt = createdAt;
        Status = direction == ReferralDirection.FromPartner ? ReferralStatus.Accepted : ReferralStatus.Open;
        UpdatedAt = createdAt;
    }

    public const string DeclineNeedsFeedback = "Say why the referral is declined, so the coordinator can look further.";

    public Guid HelpRequestId { get; private set; }

    public Guid PartnerOrganisationId { get; private set; }

    public ReferralDirection Direction { get; private set; }

    public ReferralStatus Status { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The partner's feedback when accepting, declining or closing.</summary>
    public string? Feedback { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Erasure: the note and the partner's feedback (free text about the resident) are replaced; status and dates stay.</summary>
    public void Anonymise()
    {
        Note = Anonymised.Replace(Note);
        Feedback = Anonymised.Replace(Feedback);
    }

    /// <summary>The partner answers a referral to it: accept, decline (with a reason) or close after working on it.</summary>
    public void Answer(ReferralStatus answer, string? feedback, DateTimeOffset at)
    {
        if (Direction != ReferralDirection.ToPartner)
        {
            throw new DomainRuleException("Only a referral to your organisation can be answered; this one came from it. Follow its helpRequestStatus instead.");
        }

        var allowed = (Status, answer) is (ReferralStatus.Open, ReferralStatus.Accepted or ReferralStatus.Declined) or (ReferralStatus.Accepted, ReferralStatus.Closed);
        if (!allowed)
        {
            throw new DomainRuleException($"A referral that is {Status} cannot become {answer}.");
        }

        if (answer is ReferralStatus.Declined && string.IsNullOrWhiteSpace(feedback))
        {
            throw new DomainRuleException(DeclineNeedsFeedback);
        }

        Status = answer;
        Feedback = Guard.Optional(feedback, "Feedback", 2000);
        UpdatedAt = at;
    }
}
