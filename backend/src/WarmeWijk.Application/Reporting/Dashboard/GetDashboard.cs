using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Matching;
using WarmeWijk.Domain.Reporting;

namespace WarmeWijk.Application.Reporting.Dashboard;

/// <summary>
/// The network's dashboard for a period (by default the last twelve whole months), optionally for one neighbourhood,
/// category or channel: aggregates only, with small counts protected (see REPORTING.md).
/// </summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker, Role.Analyst)]
public sealed record GetDashboardQuery(DateOnly? From, DateOnly? To, Guid? NeighbourhoodId, string? CategoryCode, IntakeChannel? Channel)
    : IRequest<DashboardDto>;

public sealed class GetDashboardValidator : AbstractValidator<GetDashboardQuery>
{
    public GetDashboardValidator(IAppDbContext db, TimeProvider clock)
    {
        Include(new ReportPeriodRules<GetDashboardQuery>(q => q.From, q => q.To, clock));
        RuleFor(q => q.Channel).IsInEnum();
        RuleFor(q => q.NeighbourhoodId)
            .MustAsync((id, ct) => db.Neighbourhoods.AnyAsync(n => n.Id == id, ct)).When(q => q.NeighbourhoodId is not null)
            .WithMessage("There is no such neighbourhood in your network.");
        RuleFor(q => q.CategoryCode)
            .MustAsync((code, ct) => db.HelpCategories.AnyAsync(c => c.Code == code, ct)).When(q => q.CategoryCode is not null)
            .WithMessage("Your network has no help category with this code.");
    }
}

public sealed class GetDashboardHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<GetDashboardQuery, DashboardDto>
{
    private static readonly Dimension[] Breakdowns = [Dimension.Month, Dimension.Category, Dimension.Channel, Dimension.Neighbourhood];

    public Task<DashboardDto> Handle(GetDashboardQuery query, CancellationToken cancellationToken) =>
        db.StreamReadsAsync(ct => BuildAsync(query, ct), cancellationToken);

    private async Task<DashboardDto> BuildAsync(GetDashboardQuery query, CancellationToken cancellationToken)
    {
        var period = ReportPeriod.Resolve(query.From, query.To, clock.GetUtcNow());
        var previous = period.Previous;
        var scope = await ReportScope.LoadAsync(db, cancellationToken);
        List<DimensionFilter> filters =
        [
            .. query.NeighbourhoodId is { } n ? [new DimensionFilter(Dimension.Neighbourhood, n.ToString())] : Array.Empty<DimensionFilter>(),
            .. query.CategoryCode is { } c ? [new DimensionFilter(Dimension.Category, c)] : Array.Empty<DimensionFilter>(),
            .. query.Channel is { } ch ? [new DimensionFilter(Dimension.Channel, ch.ToString())] : Array.Empty<DimensionFilter>(),
        ];

        var all = await ReportScope.LoadFactsAsync(db, previous.Start, period.End, cancellationToken);
        var (current, earlier) = (all.Where(f => f.CreatedAt >= period.Start).ToList(), all.Where(f => f.CreatedAt < period.Start).ToList());
        var months = Months(period);
        var tables = ConsistentTables(scope, current, filters, months);
        var previousFigures = ProtectedTable.Of(
            RequestStats.Of(earlier.Where(f => scope.Matches(f, filters))), [], WithheldByWiderViews(scope, earlier, filters));

        var selected = current.Where(f => scope.Matches(f, filters)).ToList();
        var (signals, signalsByTheme) = await SignalsAsync(scope, period, query, cancellationToken);
        var networkName = await db.Networks.Where(n => n.Id == currentUser.NetworkId).Select(n => n.Name).SingleAsync(cancellationToken);
        return new DashboardDto(
            networkName,
            new PeriodDto(period.From, period.To),
            new PeriodDto(previous.From, previous.To),
            new DashboardFiltersDto(query.NeighbourhoodId, query.CategoryCode, query.Channel),
            RequestFiguresDto.From(tables[Dimension.Month].Total),
            RequestFiguresDto.From(previousFigures.Total),
            Rows(scope, Dimension.Month, tables),
            Rows(scope, Dimension.Category, tables),
            Rows(scope, Dimension.Channel, tables),
            Rows(scope, Dimension.Neighbourhood, tables),
            await WaitingListAsync(scope, filters, cancellationToken),
            signals,
            signalsByTheme,
            await new ReachFigures(db).ComputeAsync(scope, period, selected, query.NeighbourhoodId, cancellationToken),
            await VolunteersAsync(period, cancellationToken),
            SmallCountProtection.Threshold);
    }

    private static List<string> Months(ReportPeriod period)
    {
        var months = new List<string>();
        for (var month = new DateOnly(period.From.Year, period.From.Month, 1); month <= period.To; month = month.AddMonths(1))
        {
            months.Add(month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        }

        return months;
    }

    /// <summary>
    /// The breakdowns of the selected requests. Their totals are the same figures, so a measure hidden in one table's total
    /// is hidden in all, and the tables are protected again until they agree.
    /// </summary>
    private static Dictionary<Dimension, ProtectedTable> ConsistentTables(
        ReportScope scope, List<RequestFact> facts, List<DimensionFilter> filters, List<string> months)
    {
        var selected = facts.Where(f => scope.Matches(f, filters)).ToList();
        var total = RequestStats.Of(selected);
        var rows = Breakdowns.ToDictionary(d => d, d => scope.Rows(selected, d, d == Dimension.Month ? months : null));
        var withheld = WithheldByWiderViews(scope, facts, filters).ToHashSet();
        while (true)
        {
            var tables = Breakdowns.ToDictionary(d => d, d => ProtectedTable.Of(total, rows[d], withheld));
            var hidden = tables.Values
                .SelectMany(t => t.Total.Counts.Where(c => c.Value.Disclosure == Disclosure.Withheld).Select(c => c.Key))
                .ToHashSet();
            if (hidden.IsSubsetOf(withheld))
            {
                return tables;
            }

            withheld.UnionWith(hidden);
        }
    }

    /// <summary>
    /// A filtered view's figures are a row of the view without that filter (the category's row in the breakdown by
    /// category): what that row had to withhold stays withheld here, or filtering would reveal it.
    /// </summary>
    private static HashSet<Measure> WithheldByWiderViews(ReportScope scope, List<RequestFact> facts, List<DimensionFilter> filters)
    {
        var withheld = new HashSet<Measure>();
        foreach (var filter in filters)
        {
            var wider = facts.Where(f => scope.Matches(f, filters.Where(o => o != filter))).ToList();
            var row = ProtectedTable.Of(RequestStats.Of(wider), scope.Rows(wider, filter.Dimension), new HashSet<Measure>()).Rows.FirstOrDefault(r => r.Key == filter.Key);
            if (row.Stats is { } stats)
            {
                withheld.UnionWith(stats.Counts.Where(c => c.Value.Disclosure == Disclosure.Withheld).Select(c => c.Key));
            }
        }

        return withheld;
    }

    private static List<BreakdownRowDto> Rows(ReportScope scope, Dimension dimension, Dictionary<Dimension, ProtectedTable> tables) =>
        [.. tables[dimension].Rows.Select(r => new BreakdownRowDto(r.Key, scope.LabelOf(dimension, r.Key), RequestFiguresDto.From(r.Stats)))];

    private async Task<WaitingListDto> WaitingListAsync(ReportScope scope, List<DimensionFilter> filters, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var waiting = (await db.HelpRequests.AsNoTracking()
                .Where(h => h.Status == HelpRequestStatus.Waitlisted)
                .Select(h => new { h.CreatedAt, h.Channel, h.CategoryCode, h.SectorCode, h.WaitlistedAt })
                .ToListAsync(cancellationToken))
            .Where(h => scope.Matches(
                new RequestFact(Guid.Empty, Guid.Empty, h.CreatedAt, h.Channel, h.CategoryCode, h.SectorCode, HelpRequestStatus.Waitlisted, null, null, null, null, null, null, null),
                filters.Where(f => f.Dimension != Dimension.Month)))
            .Select(h => (now - (h.WaitlistedAt ?? h.CreatedAt)).TotalDays)
            .Order()
            .ToList();
        var size = CountDto.Of(waiting.Count);
        return size.Value is null or 0
            ? new WaitingListDto(size, null, null)
            : new WaitingListDto(size, Percentile.OfSorted(waiting, 0.5), waiting[^1]);
    }

    private async Task<(CountDto Total, List<SignalThemeCountDto> ByTheme)> SignalsAsync(
        ReportScope scope, ReportPeriod period, GetDashboardQuery query, CancellationToken cancellationToken)
    {
        var sectors = query.NeighbourhoodId is { } id ? scope.SectorsOf(id) : null;
        var themes = (await db.Signals.AsNoTracking()
                .Where(s => s.RaisedAt >= period.Start && s.RaisedAt < period.End)
                .Where(s => query.CategoryCode == null || s.Theme == query.CategoryCode)
                .Select(s => new { s.Theme, s.SectorCode })
                .ToListAsync(cancellationToken))
            .Where(s => sectors is null || sectors.Contains(s.SectorCode))
            .CountBy(s => s.Theme)
            .OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal)
            .ToList();
        int[][] values = [[themes.Sum(t => t.Value)], .. themes.Select(t => new[] { t.Value })];
        var disclosure = SmallCountProtection.Protect(values,
            [new(new(0, 0), [.. themes.Select((_, i) => new SmallCountProtection.Cell(i + 1, 0))])]);
        CountDto At(int row) => CountDto.From(ProtectedCount.Of(values[row][0], disclosure[row][0]));
        return (At(0), [.. themes.Select((t, i) => new SignalThemeCountDto(t.Key, At(i + 1)))]);
    }

    private async Task<VolunteerFiguresDto> VolunteersAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var matchHours = await db.VolunteerMatches.AsNoTracking()
            .Where(m => m.CompletedAt >= period.Start && m.CompletedAt < period.End && m.Hours != null)
            .Select(m => new { m.VolunteerId, Hours = m.Hours!.Value })
            .ToListAsync(cancellationToken);
        var loggedHours = await db.Volunteers.AsNoTracking()
            .SelectMany(v => v.Hours, (v, h) => new { VolunteerId = v.Id, h.On, h.Hours })
            .Where(h => h.On >= period.From && h.On <= period.To)
            .ToListAsync(cancellationToken);
        var helped = matchHours.Select(h => h.VolunteerId).Concat(loggedHours.Select(h => h.VolunteerId)).Distinct().Count();
        var activeNow = await db.Volunteers.CountAsync(v => v.Status == VolunteerStatus.Active, cancellationToken);
        var volunteersWhoHelped = CountDto.Of(helped);
        return new VolunteerFiguresDto(
            volunteersWhoHelped.Value is null ? null : matchHours.Sum(h => h.Hours) + loggedHours.Sum(h => h.Hours),
            volunteersWhoHelped,
            CountDto.Of(activeNow));
    }
}
