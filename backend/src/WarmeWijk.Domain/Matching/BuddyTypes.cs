namespace WarmeWijk.Domain.Matching;

/// <summary>The family and the names of each buddy type, as the training and the coordinators call them.</summary>
public static class BuddyTypes
{
    public static BuddyFamily Family(BuddyType type) => type switch
    {
        BuddyType.Garden or BuddyType.Event or BuddyType.Editorial or BuddyType.Administration => BuddyFamily.Project,
        BuddyType.Companionship or BuddyType.Walking or BuddyType.Travel or BuddyType.Shopping => BuddyFamily.Activity,
        _ => BuddyFamily.Supporting,
    };

    public static LocalizedText Name(BuddyType type) => type switch
    {
        BuddyType.Garden => new("tuin", "garden"),
        BuddyType.Event => new("evenement", "event"),
        BuddyType.Editorial => new("redactie", "editorial"),
        BuddyType.Administration => new("administratie", "administration"),
        BuddyType.Companionship => new("gezelschap", "companionship"),
        BuddyType.Walking => new("wandel", "walking"),
        BuddyType.Travel => new("reis", "travel"),
        BuddyType.Shopping => new("winkel", "shopping"),
        BuddyType.OddJobs => new("klus", "odd jobs"),
        BuddyType.Network => new("netwerk", "network"),
        BuddyType.Digital => new("IT", "IT"),
        BuddyType.Chat => new("(warme) babbel", "chat"),
        BuddyType.Paperwork => new("paperassen", "paperwork"),
        BuddyType.SickbedWatch => new("waak/zieken", "sick-bed/night watch"),
        BuddyType.Interpreter => new("tolk", "interpreter"),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
