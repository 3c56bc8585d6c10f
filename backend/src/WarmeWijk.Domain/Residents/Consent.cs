namespace WarmeWijk.Domain.Residents;

/// <summary>What the resident agreed to: each purpose is consented to (and withdrawn) separately.</summary>
public enum ConsentPurpose
{
    /// <summary>Record and follow up the help request.</summary>
    Intake,

    /// <summary>Share what the task needs with a volunteer.</summary>
    VolunteerMatching,

    /// <summary>Share what a referral needs with a partner organisation.</summary>
    PartnerReferral,

    /// <summary>Be contacted later (follow-up calls, activities).</summary>
    FollowUpContact,
}

public sealed class Consent
{
    private Consent()
    {
    }

    public Consent(ConsentPurpose purpose, DateTimeOffset givenAt, Guid recordedBy, string? note)
    {
        Id = Guid.CreateVersion7();
        Purpose = purpose;
        GivenAt = givenAt;
        RecordedBy = recordedBy;
        Note = note;
    }

    public Guid Id { get; private set; }

    public ConsentPurpose Purpose { get; private set; }

    public DateTimeOffset GivenAt { get; private set; }

    public Guid RecordedBy { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public Guid? WithdrawnBy { get; private set; }

    public bool IsActive => WithdrawnAt is null;

    /// <summary>Erasure: the note (which may identify someone) goes; what was agreed, when and by whom stays as proof.</summary>
    internal void Erase(DateTimeOffset at, Guid by)
    {
        Note = Common.Anonymised.Replace(Note);
        Withdraw(at, by);
    }

    internal void Withdraw(DateTimeOffset at, Guid by)
    {
        WithdrawnAt ??= at;
        WithdrawnBy ??= by;
    }
}
