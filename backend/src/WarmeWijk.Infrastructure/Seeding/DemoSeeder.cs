using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WarmeWijk.Application.Common.ReferenceData;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Domain.Networks;
using WarmeWijk.Domain.Partners;
using WarmeWijk.Domain.Volunteers;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Infrastructure.Seeding;

public sealed record DemoLogin(string Network, string Role, string Login, string Secret);

/// <summary>
/// Seeds the demo networks for the run configuration. Never registered in production configuration.
/// Idempotent: a network that exists already is left as it is. With <see cref="DemoOptions.History"/>, a new network also
/// gets the last <see cref="HistoryMonths"/> months of synthetic history (<see cref="SyntheticHistory"/>), up to now.
/// </summary>
public sealed class DemoSeeder(
    AppDbContext db, ISecretHasher hasher, ISectorDirectory sectors, TimeProvider clock, DemoBuurtanalyseSeeder buurtanalyse, IOptions<DemoOptions> options)
{
    /// <summary>How far back the demo history goes.</summary>
    public const int HistoryMonths = 24;

    public async Task<IReadOnlyList<DemoLogin>> SeedAsync(CancellationToken cancellationToken = default)
    {
        var existing = await db.Networks.Select(n => n.Slug).ToListAsync(cancellationToken);
        var passwordHash = hasher.Hash(DemoNetworks.Password);
        var logins = new List<DemoLogin>();

        foreach (var demo in DemoNetworks.All)
        {
            if (!existing.Contains(demo.Slug))
            {
                Add(demo, passwordHash);
            }

            logins.AddRange(LoginsOf(demo));
        }

        await db.SaveChangesAsync(cancellationToken);
        await buurtanalyse.SeedAsync(DemoNetworks.All.Select(n => (IReadOnlyList<string>)n.SectorCodes), cancellationToken);
        return logins;
    }

    public static string EmailOf(string slug, Role role) => $"{role.ToString().ToLowerInvariant()}@{slug}.demo.warmewijk.be";

    private static string ClientSecretOf(DemoNetwork demo) => $"demo-partner-secret-{demo.Slug}";

    private static IEnumerable<DemoLogin> LoginsOf(DemoNetwork demo)
    {
        foreach (var role in new[] { Role.Coordinator, Role.FieldWorker, Role.Analyst, Role.Admin })
        {
            yield return new DemoLogin(demo.Name, role.ToString(), EmailOf(demo.Slug, role), DemoNetworks.Password);
        }

        yield return new DemoLogin(demo.Name, "Partner (client credentials)", $"{demo.Slug}-partner", ClientSecretOf(demo));
    }

    private void Add(DemoNetwork demo, string passwordHash)
    {
        var network = new Network(demo.Name, demo.Slug, clock.GetUtcNow());
        db.Networks.Add(network);

        var (coordinator, fieldWorker, analyst, admin) = demo.People;
        var coordinatorUser = Owned(network, new StaffUser(EmailOf(demo.Slug, Role.Coordinator), coordinator, Role.Coordinator, passwordHash));
        var fieldWorkerUser = Owned(network, new StaffUser(EmailOf(demo.Slug, Role.FieldWorker), fieldWorker, Role.FieldWorker, passwordHash));
        Owned(network, new StaffUser(EmailOf(demo.Slug, Role.Analyst), analyst, Role.Analyst, passwordHash));
        Owned(network, new StaffUser(EmailOf(demo.Slug, Role.Admin), admin, Role.Admin, passwordHash));

        var partner = Owned(network, new PartnerOrganisation(DemoSocialMap.Partner(demo)));
        var client = Owned(network, new PartnerApiClient(partner.Id, $"{demo.Slug}-partner", hasher.Hash(ClientSecretOf(demo)), clock.GetUtcNow()));
        var staff = (coordinatorUser, fieldWorkerUser, client);

        var categories = HelpCategory.Defaults().Select(c => Owned(network, c)).ToList();

        var official = demo.SectorCodes
            .Select(code => sectors.Find(SectorCode.Parse(code)) ?? throw new InvalidOperationException($"Unknown demo sector {code}."))
            .ToList();
        var neighbourhood = Owned(network, new Neighbourhood(
            demo.NeighbourhoodName,
            official[0].MunicipalityNis,
            official[0].MunicipalityName,
            official.Select(s => new NeighbourhoodSector(s.Code, s.Name, s.MunicipalityNis))));

        foreach (var actor in DemoSocialMap.Others(demo, neighbourhood.Id))
        {
            Owned(network, new PartnerOrganisation(actor));
        }

        var volunteers = DemoVolunteers.For(demo.Slug, demo.SectorCodes[0], clock.GetUtcNow()).Select(v => Owned(network, v)).ToList();
        foreach (var outcome in DemoOutcomes.For(demo.Slug, neighbourhood.Id, coordinatorUser.Id, fieldWorkerUser.Id, clock.GetUtcNow()))
        {
            Owned(network, outcome);
        }

        foreach (var row in DemoBuurtplan.For(demo.Slug, neighbourhood.Id, coordinatorUser.Id, fieldWorkerUser.Id, partner.Id, clock.GetUtcNow()))
        {
            Owned(network, row);
        }

        if (options.Value.History)
        {
            AddHistory(demo, network, official, categories, volunteers, partner, staff);
        }
    }

    private void AddHistory(DemoNetwork demo, Network network, IReadOnlyList<StatisticalSector> official, IReadOnlyList<HelpCategory> categories,
        IReadOnlyList<Volunteer> volunteers,
        PartnerOrganisation partner, (StaffUser Coordinator, StaffUser FieldWorker, PartnerApiClient Client) staff)
    {
        var now = clock.GetUtcNow();
        var from = now.AddMonths(-HistoryMonths);
        var domain = $"{demo.Slug}.demo.warmewijk.be";

        // The twelve named demo volunteers alone are too few for two years of requests: a network of this size has about
        // one volunteer per dozen requests.
        var more = SyntheticVolunteers.Create(
            network.Id, domain, demo.SectorCodes, DemoVolunteers.CentreOf(demo.Slug), demo.HistoryRequests / 12, from, now, StableSeed(demo.Slug) + 1);
        foreach (var volunteer in more)
        {
            Owned(network, volunteer);
        }

        var (elderly, migration) = DemoBuurtanalyseSeeder.ProfileOf(demo.SectorCodes[0]);
        var history = SyntheticHistory.Generate(
            new SyntheticNetwork
            {
                NetworkId = network.Id,
                EmailDomain = domain,
                Sectors = [.. official.Select(s => new SyntheticSector(s.Code.Value, s.MunicipalityName, demo.PostalCode))],
                Categories = categories,
                Volunteers = [.. volunteers, .. more],
                Coordinators = [staff.Coordinator.Id],
                FieldWorkers = [staff.FieldWorker.Id],
                Partners = [new SyntheticPartner(partner.Id, staff.Client.Id)],
                Centre = DemoVolunteers.CentreOf(demo.Slug),
                ElderlyFactor = elderly,
                LanguageDiversity = migration,
            },
            new SyntheticHistoryOptions(from, now, demo.HistoryRequests, StableSeed(demo.Slug)));
        foreach (var row in history.Entities)
        {
            Owned(network, row);
        }
    }

    /// <summary>string.GetHashCode differs per process; the history should not.</summary>
    private static int StableSeed(string text) => text.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));

    private T Owned<T>(Network network, T entity)
        where T : TenantOwnedEntity
    {
        entity.AssignToNetwork(network.Id);
        db.Add(entity);
        return entity;
    }
}
