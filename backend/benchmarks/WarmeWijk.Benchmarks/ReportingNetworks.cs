using System.Globalization;
using WarmeWijk.Application.Common.ReferenceData;
using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Matching;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Domain.Networks;
using WarmeWijk.Domain.Partners;
using WarmeWijk.Infrastructure.ReferenceData;
using WarmeWijk.Infrastructure.Seeding;

namespace WarmeWijk.Benchmarks;

/// <summary>
/// The networks of the reporting data: each in its own municipality (drawn from the Statbel sector table), with one to four
/// neighbourhoods of real sectors (a gemeentegedragen wijk each where the table has them), uneven sizes (log-normal around
/// the mean, from 0.4 to 2.2 times it), 50 to 150 volunteers growing with the size, staff,
/// partners and the default categories. Addresses get a plausible postal code of the municipality's arrondissement, not
/// its real one (the sector table has none); homes lie around a made-up point (no geography is needed for reports).
/// </summary>
internal sealed class ReportingNetworks
{
    public const string Password = "WarmeWijk-bench-2026";
    public const string PartnerSecret = "WarmeWijk-bench-partner-2026";

    /// <summary>Postal-code ranges by the first two digits of the NIS code (the arrondissement).</summary>
    private static readonly Dictionary<string, (int From, int Until)> PostalRanges = new(StringComparer.Ordinal)
    {
        ["11"] = (2000, 2990), ["12"] = (2500, 2870), ["13"] = (2200, 2490), ["21"] = (1000, 1210), ["23"] = (1500, 1985),
        ["24"] = (3000, 3472), ["31"] = (8000, 8490), ["32"] = (8600, 8690), ["33"] = (8900, 8980), ["34"] = (8500, 8587),
        ["35"] = (8400, 8480), ["36"] = (8800, 8880), ["37"] = (8700, 8790), ["38"] = (8630, 8670), ["41"] = (9300, 9340),
        ["42"] = (9200, 9290), ["43"] = (9900, 9990), ["44"] = (9000, 9190), ["45"] = (9600, 9690), ["46"] = (9100, 9190),
        ["71"] = (3500, 3590), ["72"] = (3900, 3990), ["73"] = (3700, 3890),
    };

    /// <summary>
    /// About one volunteer per 70 requests over three years (within 50–150): from about 90 on, the volunteers of a network
    /// are so busy that waiting for a match often takes weeks, as it does in the largest networks here.
    /// </summary>
    private const double RequestsPerVolunteer = 70;

    private static readonly string[] StaffNames =
        ["Sofie Peeters", "Yassin El Amrani", "Lotte Janssens", "Bart Claes", "An Wouters", "Koen De Smet", "Els Mertens", "Tom Willems", "Inge Verhoeven", "Ruben Vermeulen"];

    private static readonly string[] PartnerKinds = ["OCMW {0} – sociaal huis", "CAW {0}", "Thuiszorg {0}", "Lokaal dienstencentrum {0}"];

    private ReportingNetworks(List<Planned> all) => All = all;

    public List<Planned> All { get; }

    public static ReportingNetworks Plan(StatisticalSectorDirectory directory, int count, int requests, DateTimeOffset from, int seed)
    {
        var random = new Random(seed);
        var municipalities = directory.All
            .Where(s => !s.Code.Value.EndsWith("ZZZZ", StringComparison.Ordinal))
            .GroupBy(s => s.MunicipalityNis)
            .Where(g => g.Count() >= 4 && PostalRanges.ContainsKey(g.Key[..2]))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        if (municipalities.Count < count)
        {
            throw new InvalidOperationException($"Only {municipalities.Count} municipalities to put {count} networks in.");
        }

        var chosen = municipalities.OrderBy(_ => random.Next()).Take(count).ToList();
        var weights = chosen.Select(_ => Math.Clamp(Math.Exp(0.45 * Gaussian(random)), 0.4, 2.2)).ToList();
        var sizes = weights.Select(w => (int)(requests * w / weights.Sum())).ToList();
        sizes[sizes.IndexOf(sizes.Max())] += requests - sizes.Sum();

        var planned = new List<Planned>(count);
        for (var i = 0; i < count; i++)
        {
            var sectors = chosen[i].OrderBy(s => s.Code.Value, StringComparer.Ordinal).ToList();
            var nis = chosen[i].Key;
            var range = PostalRanges[nis[..2]];
            var postalCode = (range.From + (int.Parse(nis[2..], CultureInfo.InvariantCulture) * 10 % (range.Until - range.From))).ToString(CultureInfo.InvariantCulture);
            var volunteers = Math.Clamp((int)Math.Round(sizes[i] / RequestsPerVolunteer), 50, 150);
            planned.Add(new Planned(
                i,
                $"bench-{nis}",
                sectors[0].MunicipalityName,
                nis,
                postalCode,
                Neighbourhoods(random, sectors),
                sizes[i],
                volunteers,
                new GeoPoint(50.8 + (random.NextDouble() * 0.5), 3.0 + (random.NextDouble() * 2.6)),
                from.AddDays(-random.Next(200, 1100)),
                seed * 1000 + i));
        }

        return new ReportingNetworks(planned);
    }

    /// <summary>The small tables of one network, for EF Core: the network, staff, partners, categories and neighbourhoods.</summary>
    public static Built Build(Planned plan, string passwordHash, string partnerSecretHash)
    {
        var network = new Network($"Warme Wijk {plan.Municipality}", plan.Slug, plan.CreatedAt);
        var rows = new List<TenantOwnedEntity>();
        T Owned<T>(T entity)
            where T : TenantOwnedEntity
        {
            entity.AssignToNetwork(network.Id);
            rows.Add(entity);
            return entity;
        }

        var staffCount = 2 + Math.Min(4, plan.Requests / 4000);
        var coordinators = new List<Guid>();
        var fieldWorkers = new List<Guid>();
        for (var k = 0; k < staffCount; k++)
        {
            var role = k % 2 == 0 ? Role.Coordinator : Role.FieldWorker;
            var number = (k / 2) + 1;
            var email = $"{role.ToString().ToLowerInvariant()}{(number == 1 ? string.Empty : number.ToString(CultureInfo.InvariantCulture))}@{plan.Slug}.bench.warmewijk.be";
            var user = Owned(new StaffUser(email, StaffNames[(plan.Index + k) % StaffNames.Length], role, passwordHash));
            (role == Role.Coordinator ? coordinators : fieldWorkers).Add(user.Id);
        }

        Owned(new StaffUser($"analyst@{plan.Slug}.bench.warmewijk.be", "Analist", Role.Analyst, passwordHash));
        Owned(new StaffUser($"admin@{plan.Slug}.bench.warmewijk.be", "Beheerder", Role.Admin, passwordHash));

        var partners = new List<SyntheticPartner>();
        for (var p = 0; p < 1 + (plan.Index % 3); p++)
        {
            var organisation = Owned(new PartnerOrganisation(string.Format(CultureInfo.InvariantCulture, PartnerKinds[(plan.Index + p) % PartnerKinds.Length], plan.Municipality)));
            var client = Owned(new PartnerApiClient(organisation.Id, $"{plan.Slug}-partner{p + 1}", partnerSecretHash, plan.CreatedAt));
            partners.Add(new SyntheticPartner(organisation.Id, client.Id));
        }

        var categories = HelpCategory.Defaults().Select(Owned).ToList();
        foreach (var (name, sectors) in plan.Neighbourhoods)
        {
            Owned(new Neighbourhood(name, plan.MunicipalityNis, plan.Municipality, sectors.Select(s => new NeighbourhoodSector(s.Code, s.Name, s.MunicipalityNis))));
        }

        return new Built(network, rows, categories, coordinators, fieldWorkers, partners);
    }

    /// <summary>One to four neighbourhoods: a wijk each where the sectors have one, else a run of neighbouring sector codes.</summary>
    private static List<(string Name, List<StatisticalSector> Sectors)> Neighbourhoods(Random random, List<StatisticalSector> sectors)
    {
        var wanted = 1 + Math.Min(3, (int)Math.Floor(-Math.Log(1 - random.NextDouble()) * 1.2));
        var groups = sectors.GroupBy(s => s.WijkCode ?? s.Code.Value[..6]).Select(g => g.ToList()).OrderBy(_ => random.Next()).Take(wanted);
        return [.. groups.Select(g =>
        {
            var taken = g.Take(random.Next(1, 7)).ToList();
            return (taken[0].WijkName ?? taken[0].Name, taken);
        })];
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <param name="Seed">The seed of its volunteers and history.</param>
    internal sealed record Planned(
        int Index,
        string Slug,
        string Municipality,
        string MunicipalityNis,
        string PostalCode,
        List<(string Name, List<StatisticalSector> Sectors)> Neighbourhoods,
        int Requests,
        int Volunteers,
        GeoPoint Centre,
        DateTimeOffset CreatedAt,
        int Seed)
    {
        public List<StatisticalSector> Sectors => [.. Neighbourhoods.SelectMany(n => n.Sectors)];
    }

    internal sealed record Built(
        Network Network, List<TenantOwnedEntity> Rows, List<HelpCategory> Categories, List<Guid> Coordinators, List<Guid> FieldWorkers, List<SyntheticPartner> Partners);
}
