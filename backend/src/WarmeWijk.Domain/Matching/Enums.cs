namespace WarmeWijk.Domain.Matching;

/// <summary>The volunteer pipeline: intake → training → active → paused → stopped. Only Active volunteers are matched.</summary>
public enum VolunteerStatus
{
    Intake,
    Training,
    Active,
    Paused,
    Stopped,
}

/// <summary>How well someone speaks a language, from least to most.</summary>
public enum LanguageLevel
{
    Basic,
    Conversational,
    Fluent,
    Native,
}

/// <summary>Circumstances at the resident's home that a volunteer may refuse as a boundary.</summary>
public enum HomeCondition
{
    Pets,
    Stairs,
    Smoking,
}

/// <summary>The buddy families of the Warme Wijk training.</summary>
public enum BuddyFamily
{
    Project,
    Activity,
    Supporting,
}

/// <summary>The buddy types of the Warme Wijk training (Dutch names in <see cref="BuddyTypes"/>).</summary>
public enum BuddyType
{
    Garden,
    Event,
    Editorial,
    Administration,
    Companionship,
    Walking,
    Travel,
    Shopping,
    OddJobs,
    Network,
    Digital,
    Chat,
    Paperwork,
    SickbedWatch,
    Interpreter,
}
