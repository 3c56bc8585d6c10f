using WarmeWijk.Domain.Buurtanalyse;
using WarmeWijk.Domain.Buurtplan;
using WarmeWijk.Domain.Common;

namespace WarmeWijk.Infrastructure.Seeding;

/// <summary>
/// A small synthetic buurtplan for a demo neighbourhood: two goals motivated by the buurtanalyse (elderly living alone,
/// loneliness and the digital gap as signal themes), four actions in every status but dropped, and a dozen activities
/// over the last year. Every text is marked "Demo". Deterministic per network (dates relative to now).
/// </summary>
internal static class DemoBuurtplan
{
    private static readonly ActivityType[] Types =
    [
        ActivityType.CoffeeMoment, ActivityType.Walk, ActivityType.CoffeeMoment, ActivityType.Workshop,
        ActivityType.InfoSession, ActivityType.CoffeeMoment, ActivityType.NeighbourhoodParty, ActivityType.SharedMeal,
    ];

    private static readonly ResidentGroup[][] Groups =
    [
        [ResidentGroup.OlderResidents, ResidentGroup.PeopleLivingAlone],
        [ResidentGroup.OlderResidents],
        [ResidentGroup.OlderResidents, ResidentGroup.Newcomers],
        [ResidentGroup.OlderResidents, ResidentGroup.YoungPeople],
        [ResidentGroup.Families, ResidentGroup.ResidentsWithMigrationBackground],
        [ResidentGroup.PeopleLivingAlone],
        [ResidentGroup.Families, ResidentGroup.Children, ResidentGroup.OlderResidents, ResidentGroup.Newcomers],
        [ResidentGroup.OlderResidents, ResidentGroup.Families],
    ];

    public static IEnumerable<TenantOwnedEntity> For(string slug, Guid neighbourhoodId, Guid coordinatorId, Guid fieldWorkerId, Guid partnerId, DateTimeOffset now)
    {
        var today = NeighbourhoodActivity.LatestHeldOn(now);
        var shift = slug.Sum(c => c) % 9;
        var yearStart = new DateOnly(today.Year, 1, 1);

        var loneliness = new PlanGoal(
            neighbourhoodId,
            new GoalContent(
                "Minder eenzaamheid bij alleenwonende ouderen",
                "Demo: meer alleenwonende 65-plussers hebben elke week een vast contactmoment in de buurt.",
                GoalStatus.Active,
                [
                    new GoalFinding(FindingKind.Indicator, Indicators.ElderlyLivingAlone.Id, "Demo: duidelijk meer alleenwonende 65-plussers dan in Vlaanderen."),
                    new GoalFinding(FindingKind.SignalTheme, "Eenzaamheid", "Demo: veldwerkers melden oudere buren die nauwelijks nog buitenkomen."),
                ],
                [
                    new PlanIndicator(PlanKpis.ResidentsReached, 40, 80),
                    new PlanIndicator(PlanKpis.ActivityParticipants, 150, 300),
                ]),
            now.AddDays(-200));
        var digital = new PlanGoal(
            neighbourhoodId,
            new GoalContent(
                "Bewoners wegwijs in digitale loketten",
                "Demo: bewoners kunnen hun premies en afspraken zelf of met hulp van een buur online regelen.",
                GoalStatus.Active,
                [new GoalFinding(FindingKind.SignalTheme, "Digitale kloof", "Demo: bewoners raken niet wegwijs in de nieuwe digitale loketten.")],
                [new PlanIndicator(PlanKpis.RequestsWithoutOffer, 12, 4)]),
            now.AddDays(-190));
        yield return loneliness;
        yield return digital;

        var coffee = new PlanAction(loneliness, new ActionDetails(
            "Wekelijks koffiemoment in het buurthuis", yearStart.AddDays(-60), yearStart.AddDays(300), fieldWorkerId, null, [partnerId],
            "Demo: vaste dag, vaste veldwerker; bewoners nodigen zelf een buur uit."), now.AddDays(-190));
        coffee.MoveTo(PlanActionStatus.InProgress);
        var doorToDoor = new PlanAction(loneliness, new ActionDetails(
            "Huisbezoeken bij 80-plussers", yearStart.AddDays(-30), yearStart.AddDays(60), coordinatorId, null, [partnerId], null), now.AddDays(-180));
        doorToDoor.MoveTo(PlanActionStatus.Done);
        var walks = new PlanAction(loneliness, new ActionDetails(
            "Buurtwandeling met de seniorenraad", yearStart.AddDays(90), yearStart.AddDays(270), null, "Seniorenraad (demo)", [], null), now.AddDays(-150));
        var digitalHelp = new PlanAction(digital, new ActionDetails(
            "Digipunt op dinsdagvoormiddag", yearStart.AddDays(30), yearStart.AddDays(330), null, "Bibliotheek (demo)", [partnerId],
            "Demo: met vrijwilligers uit de buurt."), now.AddDays(-170));
        digitalHelp.MoveTo(PlanActionStatus.InProgress);
        yield return coffee;
        yield return doorToDoor;
        yield return walks;
        yield return digitalHelp;

        for (var i = 0; i < 12; i++)
        {
            var heldOn = today.AddDays(-(10 + (i * 29) + shift));
            var type = Types[(i + shift) % Types.Length];
            var action = type switch
            {
                ActivityType.CoffeeMoment => coffee.Id,
                ActivityType.Walk => walks.Id,
                ActivityType.Workshop or ActivityType.InfoSession => digitalHelp.Id,
                _ => (Guid?)null,
            };
            var participants = type == ActivityType.NeighbourhoodParty ? 60 + (shift * 7) : 6 + ((i * 5) + shift) % 14;
            var record = new ActivityRecord(heldOn, type, participants, Groups[(i + shift) % Groups.Length], action, i % 4 == 0 ? "Demo: activiteit in het buurthuis." : null);
            var recordedAt = new DateTimeOffset(heldOn.AddDays(1).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            yield return new NeighbourhoodActivity(neighbourhoodId, record, i % 2 == 0 ? fieldWorkerId : coordinatorId, recordedAt < now ? recordedAt : now);
        }
    }
}
