using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Matching;
using WarmeWijk.Domain.Reporting;

namespace WarmeWijk.Application.Reporting;

/// <summary>What a report can break requests down by.</summary>
public enum Dimension
{
    Month,
    Category,
    Channel,
    Neighbourhood,
}

/// <summary>A report filter: requests whose <see cref="Dimension"/> has the value <see cref="Key"/>.</summary>
public sealed record DimensionFilter(Dimension Dimension, string Key);

/// <summary>
/// The network's neighbourhoods and categories as a report needs them, and the requests of a period as facts. Each
/// sector counts in one neighbourhood only (the first by name), so the neighbourhood rows of a breakdown add up to the total.
/// </summary>
public sealed class ReportScope
{
    /// <summary>The key of requests from a sector in none of the network's neighbourhoods.</summary>
    public const string Outside = "outside";

    private readonly Dictionary<string, Guid> _neighbourhoodOfSector;

    // Belgian offsets are whole hours, so every instant of one UTC hour falls in the same local month.
    private readonly Dictionary<long, string> _monthOfUtcHour = [];

    private ReportScope(IReadOnlyList<(Guid Id, string Name, List<string> Sectors)> neighbourhoods, IReadOnlyList<HelpCategory> categories)
    {
        Neighbourhoods = [.. neighbourhoods.Select(n => (n.Id, n.Name))];
        CategoryNames = categories.ToDictionary(c => c.Code, c => c.NameNl, StringComparer.Ordinal);
        CompanyCategories = categories.Where(c => c.BuddyTypes.Contains(BuddyType.Chat) || c.BuddyTypes.Contains(BuddyType.Network))
            .Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        _neighbourhoodOfSector = [];
        foreach (var (id, _, sectors) in neighbourhoods)
        {
            sectors.ForEach(code => _neighbourhoodOfSector.TryAdd(code, id));
        }
    }

    public IReadOnlyList<(Guid Id, string Name)> Neighbourhoods { get; }

    public IReadOnlyDictionary<string, string> CategoryNames { get; }

    /// <summary>The categories whose volunteers keep someone company (a chat, a network around them): asking for one is a sign of isolation.</summary>
    public IReadOnlySet<string> CompanyCategories { get; }

    /// <summary>The sectors counted in the given neighbourhood, or in any neighbourhood when null.</summary>
    public IReadOnlySet<string> SectorsOf(Guid? neighbourhoodId) =>
        _neighbourhoodOfSector.Where(s => neighbourhoodId is null || s.Value == neighbourhoodId).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);

    public static async Task<ReportScope> LoadAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        var neighbourhoods = await db.Neighbourhoods.AsNoTracking()
            .OrderBy(n => n.Name)
            .Select(n => new { n.Id, n.Name, Sectors = n.Sectors.Select(s => s.Code).ToList() })
            .ToListAsync(cancellationToken);
        var categories = await db.HelpCategories.AsNoTracking().ToListAsync(cancellationToken);
        return new ReportScope([.. neighbourhoods.Select(n => (n.Id, n.Name, n.Sectors))], categories);
    }

    /// <summary>The caller's network's requests that came in from <paramref name="from"/> (included) to <paramref name="until"/> (excluded).</summary>
    public static Task<List<RequestFact>> LoadFactsAsync(IAppDbContext db, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken) =>
        Facts(db.HelpRequests.AsNoTracking().Where(h => h.CreatedAt >= from && h.CreatedAt < until)).ToListAsync(cancellationToken);

    public static IQueryable<RequestFact> Facts(IQueryable<HelpRequest> requests) => requests.Select(h => new RequestFact(
        h.NetworkId, h.ResidentId, h.CreatedAt, h.Channel, h.CategoryCode, h.SectorCode, h.Status,
        h.Triage == null ? null : h.Triage.DecidedRoute,
        h.FirstContactAt, h.TriagedAt, h.MatchedAt, h.ReferredAt, h.PartnerAcceptedAt, h.ClosedAt));

    public string KeyOf(Dimension dimension, RequestFact fact) => dimension switch
    {
        Dimension.Month => MonthOf(fact.CreatedAt),
        Dimension.Category => fact.CategoryCode,
        Dimension.Channel => fact.Channel.ToString(),
        Dimension.Neighbourhood => _neighbourhoodOfSector.TryGetValue(fact.SectorCode, out var id) ? id.ToString() : Outside,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
    };

    public string LabelOf(Dimension dimension, string key) => dimension switch
    {
        Dimension.Category => CategoryNames.GetValueOrDefault(key, key),
        Dimension.Neighbourhood => Neighbourhoods.FirstOrDefault(n => n.Id.ToString() == key).Name ?? "Buiten de buurten",
        _ => key,
    };

    public bool Matches(RequestFact fact, IEnumerable<DimensionFilter> filters) => filters.All(f => KeyOf(f.Dimension, fact) == f.Key);

    /// <summary>
    /// The facts' figures per value of <paramref name="dimension"/>. <paramref name="keys"/> lists rows to include even when
    /// empty (the months of a period); other rows appear when they have requests.
    /// </summary>
    public List<(string Key, RequestStats Stats)> Rows(IReadOnlyList<RequestFact> facts, Dimension dimension, IEnumerable<string>? keys = null)
    {
        var groups = facts.GroupBy(f => KeyOf(dimension, f), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return [.. (keys ?? []).Union(groups.Keys.Order(StringComparer.Ordinal), StringComparer.Ordinal)
            .Select(key => (key, RequestStats.Of(groups.GetValueOrDefault(key) ?? [])))];
    }

    private string MonthOf(DateTimeOffset instant)
    {
        var hour = instant.UtcTicks / TimeSpan.TicksPerHour;
        if (!_monthOfUtcHour.TryGetValue(hour, out var month))
        {
            month = ReportPeriod.LocalDate(instant).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
            _monthOfUtcHour[hour] = month;
        }

        return month;
    }
}
