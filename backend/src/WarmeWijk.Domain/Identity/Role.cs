namespace WarmeWijk.Domain.Identity;

public enum Role
{
    Admin,
    Coordinator,
    FieldWorker,
    Analyst,

    /// <summary>A partner organisation's software, signed in with client credentials.</summary>
    Partner,
}
