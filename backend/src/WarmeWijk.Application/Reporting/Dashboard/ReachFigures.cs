using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Domain.Buurtanalyse;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Domain.Reporting;

namespace WarmeWijk.Application.Reporting.Dashboard;

/// <summary>
/// Who the network reached, against the neighbourhood's population: residents with a request in the period from a sector
/// of the neighbourhoods, by age at the period's end (the age bands add up to all reached, so they are protected as one
/// table), 65+ asking for company or their network (the isolated elderly, against the 65+ living alone), and residents
/// whose first language is not Dutch (against the residents with a migration background, the nearest open figure).
/// </summary>
internal sealed class ReachFigures(IAppDbContext db)
{
    private static readonly (string Group, int? From, int? Until, IndicatorDefinition? Population)[] AgeBands =
    [
        ("age0To24", 0, 25, null),
        ("age25To64", 25, 65, null),
        ("age65To79", 65, 80, null),
        ("age80Plus", 80, null, Indicators.Share80Plus),
        ("ageUnknown", null, null, null),
    ];

    public async Task<ReachDto> ComputeAsync(ReportScope scope, ReportPeriod period, List<RequestFact> selected, Guid? neighbourhoodId, CancellationToken cancellationToken)
    {
        var sectors = scope.SectorsOf(neighbourhoodId);
        var reached = selected.Where(f => sectors.Contains(f.SectorCode)).ToList();
        var ids = reached.Select(f => f.ResidentId).ToHashSet();

        // A semi-join on the period rather than thousands of ids in a parameter; the filters are applied here.
        var residents = (await db.Residents.AsNoTracking()
                .Where(r => db.HelpRequests.Any(h => h.ResidentId == r.Id && h.CreatedAt >= period.Start && h.CreatedAt < period.End))
                .Select(r => new { r.Id, r.BirthYear, FirstLanguage = r.Languages.Count > 0 ? r.Languages[0] : null })
                .ToListAsync(cancellationToken))
            .Where(r => ids.Contains(r.Id))
            .ToList();
        var askedForCompany = reached.Where(f => scope.CompanyCategories.Contains(f.CategoryCode)).Select(f => f.ResidentId).ToHashSet();
        var volunteering = (await db.Volunteers.AsNoTracking().Where(v => v.ResidentId != null).Select(v => v.ResidentId!.Value).ToListAsync(cancellationToken))
            .Distinct().Count(ids.Contains);
        var population = await PopulationAsync(sectors, period.To.Year, cancellationToken);

        int? Age(int? birthYear) => birthYear is { } year ? period.To.Year - year : null;
        var bands = AgeBands.Select(b => residents.Count(r => Age(r.BirthYear) is { } age
            ? b.From is { } from && age >= from && (b.Until is not { } until || age < until)
            : b.From is null)).ToArray();
        int[][] values = [[residents.Count], .. bands.Select(n => new[] { n })];
        var disclosure = SmallCountProtection.Protect(values, [new(new(0, 0), [.. bands.Select((_, i) => new SmallCountProtection.Cell(i + 1, 0))])]);
        CountDto Band(int row) => CountDto.From(ProtectedCount.Of(values[row][0], disclosure[row][0]));

        var groups = AgeBands.Select((b, i) => Group(b.Group, Band(i + 1), b.Population is { } p ? population.GetValueOrDefault(p.Id) : null))
            .Append(Group("age65Plus", CountDto.Of(residents.Count(r => Age(r.BirthYear) >= 65)), population.GetValueOrDefault(Indicators.Share65Plus.Id)))
            .Append(Group("isolatedElderly", CountDto.Of(residents.Count(r => Age(r.BirthYear) >= 65 && askedForCompany.Contains(r.Id))),
                population.GetValueOrDefault(Indicators.ElderlyLivingAlone.Id)))
            .Append(Group("otherFirstLanguage", CountDto.Of(residents.Count(r => r.FirstLanguage is { } language && language != "nl")),
                population.GetValueOrDefault(Indicators.MigrationBackground.Id)))
            .ToList();
        return new ReachDto(Band(0), groups, CountDto.Of(volunteering));
    }

    private static ReachGroupDto Group(string name, CountDto reached, (int Count, int Year)? population) =>
        new(name, reached, population?.Count, population?.Year,
            reached.Value is { } n && population is { Count: > 0 } p ? (double)n / p.Count : null);

    /// <summary>Per population indicator, its count over the sectors in the latest year up to <paramref name="year"/>, when no sector's figure is missing or confidential.</summary>
    private async Task<Dictionary<string, (int Count, int Year)?>> PopulationAsync(IReadOnlySet<string> sectors, int year, CancellationToken cancellationToken)
    {
        IndicatorDefinition[] indicators = [Indicators.Share65Plus, Indicators.Share80Plus, Indicators.ElderlyLivingAlone, Indicators.MigrationBackground];
        var ids = indicators.Select(i => i.Id).ToList();
        var codes = sectors.ToList();
        var observations = (await db.SectorYearFigures.AsNoTracking()
                .Where(f => codes.Contains(f.SectorCode) && f.Year <= year)
                .ToListAsync(cancellationToken))
            .SelectMany(f => f.ToObservations())
            .Where(o => ids.Contains(o.IndicatorId))
            .ToList();
        var area = codes.Select(SectorCode.Parse).ToList();
        return indicators.ToDictionary(i => i.Id, i =>
        {
            var latest = observations.Where(o => o.IndicatorId == i.Id).Select(o => (int?)o.Year).Max();
            var value = latest is { } y && area.Count > 0 ? SectorAggregation.Aggregate(i, y, area, observations) : null;
            return value is { Status: IndicatorStatus.Available, MissingSectors.Count: 0, Numerator: { } count }
                ? ((int)count, value.Year)
                : ((int Count, int Year)?)null;
        });
    }
}
