using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.Matching;

namespace WarmeWijk.Domain.HelpRequests;

/// <summary>A kind of help request a network works with; each network configures its own list.</summary>
public sealed class HelpCategory : TenantOwnedEntity
{
    private HelpCategory()
    {
        Code = string.Empty;
        NameNl = string.Empty;
        NameEn = string.Empty;
    }

    public HelpCategory(string code, string nameNl, string nameEn, TriageRoute defaultRoute, IEnumerable<BuddyType>? buddyTypes = null, bool requiresHomeVisit = false)
    {
        Code = Guard.Required(code, "Code", 40);
        NameNl = Guard.Required(nameNl, "Dutch name", 100);
        NameEn = Guard.Required(nameEn, "English name", 100);
        DefaultRoute = defaultRoute;
        IsActive = true;
        SetMatching(buddyTypes ?? [], requiresHomeVisit, []);
    }

    public string Code { get; private set; }

    public string NameNl { get; private set; }

    public string NameEn { get; private set; }

    public TriageRoute DefaultRoute { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>The buddy types that can do this help; none for help that is referred to partners.</summary>
    public List<BuddyType> BuddyTypes { get; private set; } = [];

    /// <summary>The volunteer goes into the resident's home, so needs a valid criminal-record extract (model 2).</summary>
    public bool RequiresHomeVisit { get; private set; }

    /// <summary>Training modules a volunteer must have done for this help.</summary>
    public List<string> RequiredTraining { get; private set; } = [];

    public void Change(string nameNl, string nameEn, TriageRoute defaultRoute, bool isActive)
    {
        NameNl = Guard.Required(nameNl, "Dutch name", 100);
        NameEn = Guard.Required(nameEn, "English name", 100);
        DefaultRoute = defaultRoute;
        IsActive = isActive;
    }

    public void SetMatching(IEnumerable<BuddyType> buddyTypes, bool requiresHomeVisit, IEnumerable<string> requiredTraining)
    {
        BuddyTypes = [.. buddyTypes.Distinct().Order()];
        RequiresHomeVisit = requiresHomeVisit;
        RequiredTraining = [.. requiredTraining.Select(t => Guard.Required(t, "Training module", 60)).Distinct()];
    }

    /// <summary>The categories of PRODUCT.md; networks can add, rename and deactivate their own.</summary>
    public static IEnumerable<HelpCategory> Defaults() =>
    [
        new("odd-jobs", "Klusjes in huis", "Odd jobs at home", TriageRoute.Light, [BuddyType.OddJobs], requiresHomeVisit: true),
        new("rubbish", "Vuilnis buitenzetten", "Putting the rubbish out", TriageRoute.Light, [BuddyType.OddJobs]),
        new("garden", "Kleine tuinwerken", "Small garden work", TriageRoute.Light, [BuddyType.Garden]),
        new("transport", "Vervoer (containerpark, apotheek, dokter)", "Transport (container park, pharmacy, doctor)", TriageRoute.Light, [BuddyType.Travel]),
        new("social-contact", "Sociaal contact / luisterend oor", "Social contact / listening ear", TriageRoute.Light, [BuddyType.Chat, BuddyType.Companionship], requiresHomeVisit: true),
        new("dog-walking", "Hond uitlaten", "Dog walking", TriageRoute.Light, [BuddyType.Walking]),
        new("paperwork", "Documenten en paperassen", "Documents and paperwork", TriageRoute.Light, [BuddyType.Paperwork, BuddyType.Administration], requiresHomeVisit: true),
        new("shopping", "Boodschappen", "Shopping", TriageRoute.Light, [BuddyType.Shopping]),
        new("digital-help", "Digitale hulp", "Digital help", TriageRoute.Light, [BuddyType.Digital], requiresHomeVisit: true),
        new("interpreting", "Tolken", "Interpreting", TriageRoute.Light, [BuddyType.Interpreter]),
        new("walking", "Wandelen", "Walking", TriageRoute.Light, [BuddyType.Walking, BuddyType.Companionship]),
        new("accompanying", "Begeleiden naar een activiteit", "Accompanying to an activity", TriageRoute.Light, [BuddyType.Companionship, BuddyType.Travel]),
        new("night-watch", "Ziekenbezoek / waak", "Sick-bed or night watch visit", TriageRoute.Light, [BuddyType.SickbedWatch], requiresHomeVisit: true),
        new("activate-network", "Netwerk activeren", "Activating the person's network", TriageRoute.Light, [BuddyType.Network]),
        new("material-lending", "Materiaal lenen", "Material lending", TriageRoute.Light, [BuddyType.OddJobs]),
        new("psychosocial", "Psychosociale ondersteuning", "Psychosocial support", TriageRoute.Heavy),
        new("therapeutic", "Therapeutische ondersteuning", "Therapeutic support", TriageRoute.Heavy),
        new("housing", "Woonprobleem", "Housing problem", TriageRoute.Heavy),
        new("debt", "Schulden", "Debt", TriageRoute.Heavy),
    ];
}
