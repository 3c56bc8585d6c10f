using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.ReferenceData;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Domain.Networks;
using WarmeWijk.Domain.Partners;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Infrastructure.Seeding;

public sealed record DemoLogin(string Network, string Role, string Login, string Secret);

/// <summary>
/// Seeds the demo networks for the run configuration. Never registered in production configuration.
/// Idempotent: a network that exists already is left as it is.
/// </summary>
public sealed class DemoSeeder(AppDbContext db, ISecretHasher hasher, ISectorDirectory sectors, TimeProvider clock, DemoBuurtanalyseSeeder buurtanalyse)
{
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

        var partner = Owned(network, new PartnerOrganisation(demo.PartnerName));
        Owned(network, new PartnerApiClient(partner.Id, $"{demo.Slug}-partner", hasher.Hash(ClientSecretOf(demo)), clock.GetUtcNow()));

        foreach (var category in HelpCategory.Defaults())
        {
            Owned(network, category);
        }

        var official = demo.SectorCodes
            .Select(code => sectors.Find(SectorCode.Parse(code)) ?? throw new InvalidOperationException($"Unknown demo sector {code}."))
            .ToList();
        var neighbourhood = Owned(network, new Neighbourhood(
            demo.NeighbourhoodName,
            official[0].MunicipalityNis,
            official[0].MunicipalityName,
            official.Select(s => new NeighbourhoodSector(s.Code, s.Name, s.MunicipalityNis))));

        foreach (var volunteer in DemoVolunteers.For(demo.Slug, demo.SectorCodes[0], clock.GetUtcNow()))
        {
            Owned(network, volunteer);
        }

        foreach (var outcome in DemoOutcomes.For(demo.Slug, neighbourhood.Id, coordinatorUser.Id, fieldWorkerUser.Id, clock.GetUtcNow()))
        {
            Owned(network, outcome);
        }
    }

    private T Owned<T>(Network network, T entity)
        where T : TenantOwnedEntity
    {
        entity.AssignToNetwork(network.Id);
        db.Add(entity);
        return entity;
    }
}
