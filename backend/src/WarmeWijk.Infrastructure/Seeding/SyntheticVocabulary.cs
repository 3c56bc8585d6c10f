using System.Globalization;
using System.Text;

namespace WarmeWijk.Infrastructure.Seeding;

/// <summary>
/// The words of the synthetic history: made-up names by language background (Flemish first names of two generations,
/// and those of the larger language groups in Flemish neighbourhoods), common street names, and the short Dutch texts
/// coordinators, residents, volunteers and partners would write. No real person is meant.
/// </summary>
internal static class SyntheticVocabulary
{
    /// <summary>First names of Flemish people born before about 1965.</summary>
    public static readonly string[] FlemishOlder =
    [
        "Maria", "Jeanne", "Godelieve", "Agnes", "Paula", "Rosa", "Lutgarde", "Georgette", "Simonne", "Denise", "Irma",
        "Elza", "Germaine", "Hilda", "Rita", "Annie", "Monique", "Christiane", "Josée", "Lisette", "Margriet", "Yvonne",
        "Marcel", "Jozef", "Frans", "Leon", "Gaston", "Roger", "Julien", "Willy", "Raymond", "André", "Gustaaf", "Hendrik",
        "Karel", "Albert", "Urbain", "Omer", "Walter", "Etienne", "Eddy", "Marc", "Luc", "Jan",
    ];

    /// <summary>First names of Flemish people born after about 1965.</summary>
    public static readonly string[] FlemishYounger =
    [
        "Sofie", "Lien", "Jana", "Annelies", "Nele", "Evelien", "Katrien", "Liesbeth", "Sarah", "Elke", "Ine", "Tine",
        "Tom", "Kevin", "Sander", "Dries", "Bart", "Kristof", "Pieter", "Wouter", "Stijn", "Jens", "Koen", "Thomas",
    ];

    public static readonly string[] FlemishLastNames =
    [
        "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
        "Hermans", "Aerts", "Michiels", "Pauwels", "Van Damme", "De Vos", "Verhoeven", "Van den Broeck", "Smets",
        "Vermeulen", "Lemmens", "Cools", "Martens", "Van de Velde", "De Backer", "Segers", "Verstraeten", "Vos", "Geerts",
        "Thys", "Hendrickx", "Van Dyck", "Leysen", "Nys", "Boeckx", "Van Gorp", "Moens", "Bogaerts", "De Clercq",
        "Claessens", "Wuyts", "Verbruggen", "Van Looy", "Dierckx", "Van Hove", "Mols", "Verschueren", "Lauwers",
    ];

    /// <summary>First and last names by the resident's first language.</summary>
    public static readonly Dictionary<string, (string[] First, string[] Last)> Others = new(StringComparer.Ordinal)
    {
        ["fr"] = (["Jean", "Marie", "Françoise", "Michel", "Claudine", "Pierre", "Nicole", "Jacques", "Fatou", "Aminata"],
            ["Dubois", "Lambert", "Dupont", "Leroy", "Lejeune", "Renard", "Diallo", "Mbuyi", "Simon", "Laurent"]),
        ["ar"] = (["Mohamed", "Fatima", "Aicha", "Ahmed", "Khadija", "Youssef", "Rachid", "Naima", "Said", "Malika", "Hassan", "Samira"],
            ["El Amrani", "Benali", "Bakkali", "Ouali", "El Idrissi", "Azzouzi", "Haddouchi", "Boukhari", "El Khattabi", "Tahiri"]),
        ["tr"] = (["Mehmet", "Ayşe", "Fatma", "Mustafa", "Emine", "Hasan", "Zeynep", "Ali", "Hatice", "İbrahim"],
            ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Koç"]),
        ["ro"] = (["Ion", "Elena", "Gheorghe", "Vasile", "Ioana", "Mihai", "Andreea", "Florin"],
            ["Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Munteanu"]),
        ["uk"] = (["Olena", "Oksana", "Iryna", "Mykola", "Serhiy", "Tetiana", "Nataliia", "Andrii"],
            ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk"]),
        ["pl"] = (["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Anna", "Krzysztof", "Magdalena", "Paweł"],
            ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski"]),
        ["en"] = (["John", "Sarah", "David", "Emma", "James", "Grace"], ["Smith", "Brown", "Taylor", "Wilson", "Evans"]),
    };

    /// <summary>A resident's first language, with its weight among residents of an average Flemish neighbourhood.</summary>
    public static readonly (string Code, double Weight)[] Languages =
        [("nl", 78), ("fr", 5), ("ar", 6), ("tr", 4), ("ro", 2), ("uk", 2), ("pl", 2), ("en", 1)];

    /// <summary>Street names found in many Flemish municipalities.</summary>
    public static readonly string[] Streets =
    [
        "Kerkstraat", "Stationsstraat", "Dorpstraat", "Molenstraat", "Schoolstraat", "Nieuwstraat", "Kapelstraat",
        "Veldstraat", "Beekstraat", "Lindenlaan", "Kouter", "Markt", "Processiestraat", "Hoogstraat", "Bergstraat",
        "Kloosterstraat", "Meersstraat", "Parklaan", "Brouwerijstraat", "Heidestraat", "Bosstraat", "Zandstraat",
        "Groenstraat", "Pastorijstraat", "Vijverstraat", "Koning Albertlaan", "Leopoldstraat", "Sint-Jansplein",
    ];

    /// <summary>What residents ask, by the default categories; other categories get their Dutch name.</summary>
    public static readonly Dictionary<string, string[]> Descriptions = new(StringComparer.Ordinal)
    {
        ["odd-jobs"] = ["Een lamp vervangen in de keuken; mevrouw kan niet meer op een ladder.", "Een kastje ophangen en een lekkende kraan bekijken.",
            "Gordijnen ophangen na de verhuis.", "De rookmelder piept al dagen en moet vervangen worden."],
        ["rubbish"] = ["Elke week de vuilniszakken en het pmd buitenzetten.", "Hulp om de container op dinsdagavond buiten te zetten."],
        ["garden"] = ["Het gras maaien en de haag snoeien.", "Bladeren ruimen in de voortuin.", "Onkruid wieden tussen de tegels van het terras."],
        ["transport"] = ["Vervoer naar het ziekenhuis voor een controle.", "Een rit naar de apotheek en de huisarts.",
            "Naar het containerpark met oud materiaal.", "Vervoer naar de tandarts."],
        ["social-contact"] = ["Mevrouw zit veel alleen en zou graag een wekelijkse babbel hebben.",
            "Meneer is sinds het overlijden van zijn vrouw eenzaam; een luisterend oor zou deugd doen.",
            "Af en toe een bezoekje om eens bij te praten."],
        ["dog-walking"] = ["De hond uitlaten tijdens het herstel na een heupoperatie.", "Twee keer per week een wandeling met de hond."],
        ["paperwork"] = ["Hulp bij het invullen van de belastingaangifte.", "Brieven van het ziekenfonds en de energieleverancier begrijpen.",
            "Papieren ordenen en een tegemoetkoming aanvragen."],
        ["shopping"] = ["Wekelijks boodschappen doen; mevrouw kan niet meer zelf dragen.", "Boodschappen bij de supermarkt om de hoek, het lijstje ligt klaar.",
            "Hulp bij de boodschappen tijdens het herstel na een val."],
        ["digital-help"] = ["Leren videobellen met de kleinkinderen.", "Hulp met itsme en de app van de bank.", "De smartphone instellen en online een afspraak maken."],
        ["interpreting"] = ["Tolken bij een gesprek met de huisarts.", "Hulp bij een gesprek op school over de kinderen.", "Vertalen bij een afspraak met de huisbaas."],
        ["walking"] = ["Samen een wandeling maken in de buurt; alleen durft mevrouw niet meer.", "Een vaste wandelpartner om in beweging te blijven."],
        ["accompanying"] = ["Begeleiding naar de seniorennamiddag in het dienstencentrum.", "Samen naar de markt of het buurtrestaurant gaan.",
            "Begeleiding naar een activiteit in de bibliotheek."],
        ["night-watch"] = ["Een bezoekje tijdens een lange ziekteperiode.", "Aanwezig zijn in de namiddag zodat de mantelzorger even kan rusten."],
        ["activate-network"] = ["Samen bekijken wie uit de familie en de buurt kan helpen.", "Contact leggen met buren en familie om de zorg te verdelen."],
        ["material-lending"] = ["Een rolstoel lenen voor enkele weken.", "Een ladder en een boormachine lenen."],
        ["psychosocial"] = ["Mevrouw voelt zich somber en heeft nood aan professionele ondersteuning.", "Veel zorgen en stress na een scheiding.",
            "Ernstige vereenzaming en zelfverwaarlozing."],
        ["therapeutic"] = ["Nood aan begeleiding na een ingrijpende gebeurtenis.", "Vraag naar therapie bij angstklachten."],
        ["housing"] = ["Vocht en schimmel in de woning; de huisbaas reageert niet.", "Dreigende uithuiszetting.",
            "De woning is niet meer aangepast: een traplift of een verhuis is nodig."],
        ["debt"] = ["Achterstallige facturen stapelen zich op.", "Vraag naar schuldbemiddeling.", "De energiefactuur kan niet betaald worden."],
    };

    public static readonly string[] DeclineReasons = ["Geen tijd deze week.", "Te ver van mijn huis.", "Ik ben zelf ziek.", "Past niet in mijn agenda."];

    public static readonly string[] VolunteerFeedback =
        ["Fijne babbel gehad.", "Alles verliep vlot.", "Mevrouw was heel dankbaar.", "Goed gelukt, volgende keer graag opnieuw."];

    public static readonly string[] ResidentFeedback =
        ["Heel blij mee!", "Super vriendelijke vrijwilliger.", "Dank je wel, dat was een grote hulp.", "Het deed deugd om eens buiten te komen."];

    public static readonly string[] ReferralNotes =
        ["Graag contact opnemen; mevrouw is 's ochtends thuis.", "De bewoner is op de hoogte en verwacht jullie telefoon.", "Liefst een huisbezoek."];

    public static readonly string[] PartnerAcceptances = ["We nemen contact op met de bewoner.", "Intakegesprek ingepland."];

    public static readonly string[] PartnerClosings =
        ["Begeleiding afgerond.", "Dossier afgesloten na drie gesprekken.", "Verder opgevolgd door onze dienst schuldbemiddeling."];

    public static readonly string[] PartnerDeclines = ["Valt buiten onze doelgroep.", "Onze wachtlijst is te lang.", "Niet ons werkgebied."];

    public static readonly string[] CancelledInNew = ["Bewoner niet bereikbaar na drie pogingen.", "De bewoner vond intussen zelf hulp."];

    public static readonly string[] CancelledWhileHelped =
        ["De bewoner verhuisde naar een woonzorgcentrum.", "De hulp is niet meer nodig.", "De bewoner werd opgenomen in het ziekenhuis."];

    public static readonly string[] CardHolders =
        ["Huisarts dr. {0}", "Thuisverpleging, {0}", "Maatschappelijk werker OCMW, {0}", "Apotheek {0}", "Wijkagent {0}"];

    /// <summary>Field-work signals: a theme and what was seen, without personal data.</summary>
    public static readonly (string Theme, string Description)[] FieldSignals =
    [
        ("Eenzaamheid", "Meerdere oudere buren komen nauwelijks nog buiten."),
        ("Mobiliteit", "De bushalte in de straat is geschrapt; ouderen raken moeilijk bij de dokter."),
        ("Toegankelijkheid", "Losliggende stoeptegels zorgen voor valpartijen."),
        ("Wonen", "Verschillende woningen in de blok hebben vochtproblemen."),
        ("Armoede", "Meer vragen naar voedselhulp dan vorig seizoen."),
        ("Digitale kloof", "Bewoners raken niet wegwijs in de nieuwe digitale loketten."),
        ("Veiligheid", "Slechte straatverlichting op het pleintje."),
        ("Groen en netheid", "Sluikstort aan de containers bij het park."),
    ];

    /// <summary>A lower-case ASCII local part for a made-up e-mail address.</summary>
    public static string MailName(string first, string last)
    {
        var text = $"{first}.{last}".Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == 'ı' || c == 'İ')
            {
                builder.Append('i');
            }
            else if (c == 'ł')
            {
                builder.Append('l');
            }
        }

        return builder.ToString();
    }

    public static string Format(string template, string value) => string.Format(CultureInfo.InvariantCulture, template, value);
}
