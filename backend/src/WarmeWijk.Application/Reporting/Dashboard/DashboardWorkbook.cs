using System.Globalization;
using WarmeWijk.Application.Reporting.Exports;
using WarmeWijk.Domain.Reporting;

namespace WarmeWijk.Application.Reporting.Dashboard;

/// <summary>The dashboard as a spreadsheet for funders, in Dutch: the same figures, the same protection.</summary>
public static class DashboardWorkbook
{
    private static readonly (string Header, Func<RequestFiguresDto, ReportCell> Cell)[] Columns =
    [
        ("Hulpvragen", f => Count(f.RequestsIn)),
        ("Eerste contact", f => Count(f.FirstContacted)),
        ("Getrieerd", f => Count(f.Triaged)),
        ("Licht (vrijwilligers)", f => Count(f.TriagedLight)),
        ("Zwaar (doorverwijzing)", f => Count(f.TriagedHeavy)),
        ("Gekoppeld", f => Count(f.Matched)),
        ("Doorverwezen", f => Count(f.Referred)),
        ("Aanvaard door partner", f => Count(f.AcceptedByPartner)),
        ("Afgerond", f => Count(f.Completed)),
        ("Afgesloten na doorverwijzing", f => Count(f.ClosedAfterReferral)),
        ("Geen aanbod", f => Count(f.ClosedNoOffer)),
        ("Geannuleerd", f => Count(f.Cancelled)),
        ("Nog open", f => Count(f.StillOpen)),
        ("Mediaan tot eerste contact (dagen)", f => Days(f.TimeToFirstContact.MedianHours)),
        ("P90 tot eerste contact (dagen)", f => Days(f.TimeToFirstContact.P90Hours)),
        ("Mediaan tot triage (dagen)", f => Days(f.TimeToTriage.MedianHours)),
        ("Mediaan tot koppeling (dagen)", f => Days(f.TimeToMatch.MedianHours)),
        ("P90 tot koppeling (dagen)", f => Days(f.TimeToMatch.P90Hours)),
        ("Koppelingsgraad", f => Rate(f.MatchRate)),
        ("Doorverwijsgraad", f => Rate(f.ReferralRate)),
        ("Aanvaard door partner (aandeel)", f => Rate(f.PartnerAcceptanceRate)),
        ("Afgerond (aandeel van gekoppeld)", f => Rate(f.CompletionRate)),
    ];

    public static readonly string SuppressionNote =
        $"Aantallen kleiner dan {SmallCountProtection.Threshold} staan er als \"{ReportCell.Suppressed.SmallLabel}\"; \"{ReportCell.Suppressed.WithheldLabel}\" is een groter aantal dat verborgen blijft zodat een klein aantal niet uit een totaal kan worden afgeleid.";

    public static ReportWorkbook From(DashboardDto dashboard, DateTimeOffset madeAt) => new(
        $"WarmeWijk — rapport {dashboard.NetworkName}",
        [
            $"Periode: {Day(dashboard.Period.From)} tot en met {Day(dashboard.Period.To)}; vergeleken met {Day(dashboard.PreviousPeriod.From)} tot en met {Day(dashboard.PreviousPeriod.To)}.",
            Filters(dashboard.Filters),
            $"Gemaakt op {madeAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC.",
            SuppressionNote,
            "Alle aantallen gaan over de hulpvragen die in de periode binnenkwamen, met hun stand van vandaag.",
        ],
        [
            new ReportTable("Kerncijfers", "Kerncijfers: deze periode en de vorige", ["Maatstaf", "Deze periode", "Vorige periode"],
                [.. Columns.Select(c => (IReadOnlyList<ReportCell>)[new ReportCell.Text(c.Header), c.Cell(dashboard.Current), c.Cell(dashboard.Previous)])]),
            Breakdown("Per maand", "Maand", dashboard.ByMonth),
            Breakdown("Per categorie", "Categorie", dashboard.ByCategory),
            Breakdown("Per kanaal", "Kanaal", dashboard.ByChannel),
            Breakdown("Per buurt", "Buurt", dashboard.ByNeighbourhood),
            new ReportTable("Bereik", "Bereikte bewoners van de buurten tegenover de bevolking", ["Groep", "Bereikt", "Bevolking", "Jaar bevolking", "Aandeel bereikt"],
            [
                [new ReportCell.Text("Alle bereikte bewoners"), Count(dashboard.Reach.ResidentsReached), new ReportCell.Empty(), new ReportCell.Empty(), new ReportCell.Empty()],
                .. dashboard.Reach.Groups.Select(g => (IReadOnlyList<ReportCell>)
                [
                    new ReportCell.Text(ReachGroupNames.GetValueOrDefault(g.Group, g.Group)), Count(g.Reached),
                    g.Population is { } p ? new ReportCell.Number(p) : new ReportCell.Empty(),
                    g.PopulationYear is { } y ? new ReportCell.Text(y.ToString(CultureInfo.InvariantCulture)) : new ReportCell.Empty(),
                    Rate(g.Share),
                ]),
                [new ReportCell.Text("Bereikt en zelf vrijwilliger"), Count(dashboard.Reach.AlsoVolunteering), new ReportCell.Empty(), new ReportCell.Empty(), new ReportCell.Empty()],
            ]),
            new ReportTable("Signalen", "Signalen per thema", ["Thema", "Signalen"],
                [.. dashboard.SignalsByTheme.Select(t => (IReadOnlyList<ReportCell>)[new ReportCell.Text(t.Theme), Count(t.Count)]), [new ReportCell.Text("Totaal"), Count(dashboard.Signals)]]),
            new ReportTable("Vrijwilligers en wachtlijst", "Vrijwilligers in de periode en de wachtlijst vandaag", ["Maatstaf", "Waarde"],
            [
                [new ReportCell.Text("Uren vrijwilligerswerk"), dashboard.Volunteers.Hours is { } h ? new ReportCell.Number(h, 1) : Count(dashboard.Volunteers.VolunteersWhoHelped)],
                [new ReportCell.Text("Vrijwilligers die hielpen"), Count(dashboard.Volunteers.VolunteersWhoHelped)],
                [new ReportCell.Text("Actieve vrijwilligers vandaag"), Count(dashboard.Volunteers.ActiveNow)],
                [new ReportCell.Text("Wachtlijst vandaag"), Count(dashboard.WaitingList.Size)],
                [new ReportCell.Text("Mediane wachttijd (dagen)"), Number(dashboard.WaitingList.MedianDaysWaiting)],
                [new ReportCell.Text("Langste wachttijd (dagen)"), Number(dashboard.WaitingList.LongestDaysWaiting)],
            ]),
        ]);

    private static readonly Dictionary<string, string> ReachGroupNames = new(StringComparer.Ordinal)
    {
        ["age0To24"] = "Jonger dan 25",
        ["age25To64"] = "25 tot 64 jaar",
        ["age65To79"] = "65 tot 79 jaar",
        ["age80Plus"] = "80 jaar en ouder",
        ["ageUnknown"] = "Leeftijd onbekend",
        ["age65Plus"] = "65 jaar en ouder",
        ["isolatedElderly"] = "Geïsoleerde ouderen (65+ die gezelschap of hun netwerk vragen; bevolking: alleenwonende 65-plussers)",
        ["otherFirstLanguage"] = "Anderstaligen (eerste taal niet Nederlands; bevolking: met migratieachtergrond)",
    };

    public static ReportTable Breakdown(string name, string dimension, IReadOnlyList<BreakdownRowDto> rows) => new(
        name, $"Hulpvragen {name.ToLowerInvariant()}", [dimension, .. Columns.Select(c => c.Header)],
        [.. rows.Select(r => (IReadOnlyList<ReportCell>)[new ReportCell.Text(r.Label), .. Columns.Select(c => c.Cell(r.Figures))])]);

    private static ReportCell Count(CountDto count) => count switch
    {
        { Value: { } value } => new ReportCell.Number(value),
        { Disclosure: Disclosure.Withheld } => new ReportCell.Suppressed(Withheld: true),
        _ => new ReportCell.Suppressed(),
    };

    private static ReportCell Days(double? hours) => hours is { } h ? new ReportCell.Number((decimal)(h / 24), 1) : new ReportCell.Empty();

    private static ReportCell Number(double? value) => value is { } v ? new ReportCell.Number((decimal)v, 1) : new ReportCell.Empty();

    private static ReportCell Rate(double? fraction) => fraction is { } f ? new ReportCell.Percent((decimal)f) : new ReportCell.Empty();

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-BE"));

    private static string Filters(DashboardFiltersDto filters) =>
        filters is { NeighbourhoodId: null, CategoryCode: null, Channel: null }
            ? "Alle hulpvragen van het netwerk."
            : $"Gefilterd op: {string.Join(", ", new[] { filters.NeighbourhoodId is { } n ? $"buurt {n}" : null, filters.CategoryCode is { } c ? $"categorie {c}" : null, filters.Channel is { } ch ? $"kanaal {ch}" : null }.OfType<string>())}.";
}
