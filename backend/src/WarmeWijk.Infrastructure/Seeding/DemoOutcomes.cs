using WarmeWijk.Domain.Reporting;

namespace WarmeWijk.Infrastructure.Seeding;

/// <summary>
/// Synthetic outcomes for a demo network: the kinds of change the toolbox lists, told without names, spread over the last
/// eighteen months and over every outcome type. Each source starts with "Demo:". Deterministic per network.
/// </summary>
internal static class DemoOutcomes
{
    private sealed record Template(OutcomeType[] Types, bool NetworkWide, string Title, string Change, string? Significance, string? Contribution, string Source);

    /// <summary>The first five cover every type, so each network gets all of them; the others are added by turn.</summary>
    private static readonly Template[] Templates =
    [
        new([OutcomeType.ResidentsReachedAndInvolved], false,
            "Nieuwe gezichten op de koffieochtend",
            "Sinds de koffieochtend naar het plein verhuisde, komen er elke week vijf tot acht bewoners die het netwerk voordien niet kende, onder wie enkele alleenwonende mannen van boven de zeventig.",
            "Een groep die het netwerk tot nu toe nauwelijks bereikte, vindt een plek om elkaar te ontmoeten.",
            "De veldwerker ging twee maanden deur aan deur met een uitnodiging in eenvoudige taal.",
            "Demo: aanwezigheidslijst van de koffieochtend en gesprek met de vrijwilligers"),
        new([OutcomeType.SocialRelations], false,
            "Buren doen samen boodschappen",
            "Drie buren uit hetzelfde appartementsblok gaan nu samen naar de markt; een van hen kwam sinds de winter nauwelijks buiten.",
            "Buren helpen elkaar, zonder dat er een vrijwilliger of hulpverlener aan te pas komt.",
            "Ze leerden elkaar kennen op het buurtfeest dat het netwerk mee organiseerde.",
            "Demo: verteld door een bewoonster aan de veldwerker"),
        new([OutcomeType.Trust], false,
            "Bewoners stappen zelf op de veldwerker af",
            "Bewoners die vorig jaar de deur niet openden, spreken de veldwerker nu zelf aan op straat, met vragen over hun energiefactuur of een brief die ze niet begrijpen.",
            "Het vertrouwen in de werking groeit: vragen komen vroeger, voor ze een crisis worden.",
            "Een vast gezicht: dezelfde veldwerker staat elke dinsdag op het plein.",
            "Demo: notities van de veldwerker, besproken op het teamoverleg"),
        new([OutcomeType.WayToCare], false,
            "Sneller thuisverpleging na een doorverwijzing",
            "Een oudere bewoner met een wonde die niet genas, kreeg binnen een week thuisverpleging; vroeger bleef zo'n vraag maanden liggen omdat niemand ze doorgaf.",
            "Zorg komt er voor de situatie escaleert, en de bewoner kan thuis blijven wonen.",
            "De huisartsenpraktijk en het netwerk spraken een vaste doorverwijsroute af.",
            "Demo: bevestigd door de thuisverpleging op het partneroverleg"),
        new([OutcomeType.PartnerCollaboration], true,
            "Partners aan één tafel",
            "Het OCMW, het CAW en de thuiszorgdienst bespreken nu elke maand samen de situaties die bij geen van hen goed passen.",
            "Minder bewoners vallen tussen twee stoelen.",
            "Het netwerk nodigt uit, zit het overleg voor en houdt de afspraken bij.",
            "Demo: verslag van het partneroverleg"),
        new([OutcomeType.ResidentsReachedAndInvolved, OutcomeType.SocialRelations], false,
            "Bewoners trekken de buurtmoestuin",
            "Vier bewoners namen de zorg voor de moestuin over en spreken nieuwe buren zelf aan om mee te doen.",
            "Bewoners nemen zelf een actieve rol op in de werking.",
            "Het netwerk zocht het stuk grond en betaalde het eerste materiaal.",
            "Demo: gesprek met de bewoners bij de oogst"),
        new([OutcomeType.WayToCare, OutcomeType.Trust], false,
            "Gezinnen vragen de energiepremie aan",
            "Gezinnen die anders geen aanvraag deden, kwamen naar het spreekuur over de energiepremie; twaalf aanvragen werden ingediend.",
            null,
            "Een spreekuur in het buurthuis, met een tolk en zonder afspraak.",
            "Demo: telling van het spreekuur"),
        new([OutcomeType.PartnerCollaboration, OutcomeType.WayToCare], true,
            "De apotheek geeft signalen door",
            "De apotheek in de buurt laat het netwerk nu weten wanneer een vaste klant niet meer langskomt of verward lijkt.",
            "Een partner die eerst buiten het netwerk stond, werkt nu buurtgericht.",
            "Een kennismaking op de netwerkdag en een korte afsprakenfiche.",
            "Demo: verteld door de apotheker op de netwerkdag"),
    ];

    /// <summary>How long ago each outcome was observed, in days: spread over the last eighteen months.</summary>
    private static readonly int[] DaysAgo = [18, 75, 140, 215, 290, 365, 440, 520];

    public static IEnumerable<Outcome> For(string slug, Guid neighbourhoodId, Guid coordinatorId, Guid fieldWorkerId, DateTimeOffset now)
    {
        var today = Outcome.LatestObservedOn(now);
        var count = 6 + (slug.Length % 3);
        var shift = slug.Sum(c => c) % 12;
        for (var i = 0; i < count; i++)
        {
            var template = Templates[i];
            var observedOn = today.AddDays(-(DaysAgo[(i + shift) % DaysAgo.Length] + shift));
            var story = new OutcomeStory(
                observedOn,
                template.NetworkWide ? null : neighbourhoodId,
                template.Types,
                template.Title,
                template.Change,
                template.Significance,
                template.Contribution,
                template.Source);
            var recordedAt = new DateTimeOffset(observedOn.AddDays(3).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
            yield return new Outcome(story, i % 2 == 0 ? fieldWorkerId : coordinatorId, recordedAt < now ? recordedAt : now);
        }
    }
}
