namespace WarmeWijk.Domain.HelpRequests;

public enum IntakeChannel
{
    PhoneLine,
    VoicemailCallBack,
    HomeVisit,
    DoorToDoorRound,
    WalkIn,
    ReferralCard,
    PartnerApi,
    WebForm,
}

public enum Urgency
{
    Low,
    Normal,
    High,

    /// <summary>Acute danger or crisis: always a heavy (professional) route.</summary>
    Crisis,
}

public enum Recurrence
{
    OneOff,
    Weekly,
    EveryTwoWeeks,
    Monthly,
}

/// <summary>Light: volunteers can help. Heavy: a professional partner is needed (doorverwijzing).</summary>
public enum TriageRoute
{
    Light,
    Heavy,
}

/// <summary>"Wij doen enkel suggesties, jij beslist": what the resident chose after hearing the advice.</summary>
public enum ResidentChoice
{
    AgreesWithAdvice,
    PrefersVolunteer,
    PrefersProfessional,
    DeclinesHelp,
}

public enum Weekday
{
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}
