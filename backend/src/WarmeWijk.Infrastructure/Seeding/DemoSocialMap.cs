using WarmeWijk.Domain.Partners;

namespace WarmeWijk.Infrastructure.Seeding;

/// <summary>
/// A sociale kaart for each demo network: the kinds of organisations a Flemish Warme Wijk works with. Everything is
/// synthetic: names of services are generic, contact data made up (phone numbers from the unassigned 03 999 range,
/// addresses and e-mail under the demo domain).
/// </summary>
internal static class DemoSocialMap
{
    /// <summary>The network's own partner (with the partner login) as a formal actor for the heavier categories.</summary>
    public static ActorProfile Partner(DemoNetwork demo) => new(
        demo.PartnerName,
        demo.PartnerName.StartsWith("OCMW", StringComparison.Ordinal) ? ActorKind.Policy : ActorKind.Formal,
        "Vaste partner van de Warme Wijk; neemt doorverwijzingen op voor zwaardere hulpvragen. (synthetisch)",
        ["psychosocial", "housing", "debt"],
        "Onthaal, begeleiding en doorverwijzing.",
        "03 999 10 00",
        $"onthaal@partner.{demo.Slug}.demo.warmewijk.be",
        null,
        null,
        [],
        AcceptsReferrals: true,
        IsActive: true);

    /// <summary>The other actors; <paramref name="neighbourhoodId"/> is the demo neighbourhood.</summary>
    public static IEnumerable<ActorProfile> Others(DemoNetwork demo, Guid neighbourhoodId)
    {
        var mail = $"{demo.Slug}.demo.warmewijk.be";
        yield return new(
            "Sociaal huis (OCMW) – zitdag " + demo.NeighbourhoodName, ActorKind.Policy,
            "Zitdag van de sociale dienst in de buurt: leefloon, budgetbegeleiding, huurpremie. (synthetisch)",
            ["debt", "housing", "paperwork"], "Budgetbegeleiding, schuldbemiddeling, aanvraag huurpremie.", "03 999 20 00",
            $"sociaalhuis@{mail}", "https://sociaalhuis.example.org", $"Dorpsplein 1, {demo.PostalCode}", [neighbourhoodId], true, true);
        yield return new(
            "CAW – onthaal " + demo.NeighbourhoodName, ActorKind.Formal,
            "Centrum Algemeen Welzijnswerk: vrij onthaal voor elke vraag over welzijn. (synthetisch)",
            ["psychosocial", "housing"], "Onthaal zonder afspraak, begeleiding bij relatie-, woon- en geldproblemen.", "03 999 30 00",
            $"caw@{mail}", "https://caw.example.org", null, [], true, true);
        yield return new(
            "Thuiszorgdienst regio " + demo.NeighbourhoodName, ActorKind.Formal,
            "Gezinszorg, poetshulp en karweidienst aan huis. (synthetisch)",
            ["odd-jobs", "shopping"], "Gezinszorg, poetsdienst, karweidienst.", "03 999 40 00", $"thuiszorg@{mail}", null, null, [], true, true);
        yield return new(
            "Mutualiteit – dienst maatschappelijk werk", ActorKind.Formal,
            "Sociale dienst van het ziekenfonds: zorgbudget, mantelzorg, hulpmiddelen. (synthetisch)",
            ["paperwork", "therapeutic"], "Zorgbudget, hulpmiddelen, vervangvervoer.", "03 999 50 00", $"mutualiteit@{mail}", null, null, [], true, true);
        yield return new(
            "Lokaal dienstencentrum – ontmoetingsruimte", ActorKind.Formal,
            "Cafetaria, activiteiten en digitale zitdagen voor buurtbewoners. (synthetisch)",
            ["social-contact", "digital-help", "accompanying"], "Middagmaal, digitale hulp, activiteiten.", "03 999 60 00", null, null,
            $"Kerkstraat 10, {demo.PostalCode}", [neighbourhoodId], true, true);
        yield return new(
            "Buurtcomité " + demo.NeighbourhoodName, ActorKind.Informal,
            "Bewoners die buurtfeesten en een babbelbank organiseren; geen doorverwijzingen. (synthetisch)",
            ["social-contact", "walking"], "Buurtfeest, babbelbank, wandelgroep op zondag.", null, $"buurtcomite@{mail}", null, null,
            [neighbourhoodId], false, true);
        yield return new(
            "Soepbar van de parochie", ActorKind.Informal,
            "Vrijwilligers schenken elke vrijdag soep en een babbel. (synthetisch)",
            ["social-contact"], "Soep en ontmoeting op vrijdagmiddag.", null, null, null, null, [neighbourhoodId], false, true);
        yield return new(
            "Repair café (gestopt)", ActorKind.Informal,
            "Herstelde toestellen; ligt stil sinds de vrijwilligers stopten. (synthetisch)",
            ["material-lending"], null, null, null, null, null, [], false, false);
    }
}
