using WarmeWijk.Domain.Common;

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

    public HelpCategory(string code, string nameNl, string nameEn, TriageRoute defaultRoute)
    {
        Code = Guard.Required(code, "Code", 40);
        NameNl = Guard.Required(nameNl, "Dutch name", 100);
        NameEn = Guard.Required(nameEn, "English name", 100);
        DefaultRoute = defaultRoute;
        IsActive = true;
    }

    public string Code { get; private set; }

    public string NameNl { get; private set; }

    public string NameEn { get; private set; }

    public TriageRoute DefaultRoute { get; private set; }

    public bool IsActive { get; private set; }

    public void Change(string nameNl, string nameEn, TriageRoute defaultRoute, bool isActive)
    {
        NameNl = Guard.Required(nameNl, "Dutch name", 100);
        NameEn = Guard.Required(nameEn, "English name", 100);
        DefaultRoute = defaultRoute;
        IsActive = isActive;
    }

    /// <summary>The categories of PRODUCT.md; networks can add, rename and deactivate their own.</summary>
    public static IEnumerable<HelpCategory> Defaults() =>
    [
        new("odd-jobs", "Klusjes in huis", "Odd jobs at home", TriageRoute.Light),
        new("rubbish", "Vuilnis buitenzetten", "Putting the rubbish out", TriageRoute.Light),
        new("garden", "Kleine tuinwerken", "Small garden work", TriageRoute.Light),
        new("transport", "Vervoer (containerpark, apotheek, dokter)", "Transport (container park, pharmacy, doctor)", TriageRoute.Light),
        new("social-contact", "Sociaal contact / luisterend oor", "Social contact / listening ear", TriageRoute.Light),
        new("dog-walking", "Hond uitlaten", "Dog walking", TriageRoute.Light),
        new("paperwork", "Documenten en paperassen", "Documents and paperwork", TriageRoute.Light),
        new("shopping", "Boodschappen", "Shopping", TriageRoute.Light),
        new("digital-help", "Digitale hulp", "Digital help", TriageRoute.Light),
        new("interpreting", "Tolken", "Interpreting", TriageRoute.Light),
        new("walking", "Wandelen", "Walking", TriageRoute.Light),
        new("accompanying", "Begeleiden naar een activiteit", "Accompanying to an activity", TriageRoute.Light),
        new("night-watch", "Ziekenbezoek / waak", "Sick-bed or night watch visit", TriageRoute.Light),
        new("activate-network", "Netwerk activeren", "Activating the person's network", TriageRoute.Light),
        new("material-lending", "Materiaal lenen", "Material lending", TriageRoute.Light),
        new("psychosocial", "Psychosociale ondersteuning", "Psychosocial support", TriageRoute.Heavy),
        new("therapeutic", "Therapeutische ondersteuning", "Therapeutic support", TriageRoute.Heavy),
        new("housing", "Woonprobleem", "Housing problem", TriageRoute.Heavy),
        new("debt", "Schulden", "Debt", TriageRoute.Heavy),
    ];
}
