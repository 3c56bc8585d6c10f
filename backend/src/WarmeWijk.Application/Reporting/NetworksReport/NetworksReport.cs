using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Reporting.Dashboard;
using WarmeWijk.Application.Reporting.Exports;
using WarmeWijk.Domain.Reporting;

namespace WarmeWijk.Application.Reporting.NetworksReport;

/// <summary>Every network's figures for a period, one row each, with the total of all networks.</summary>
public sealed record NetworksReportDto(PeriodDto Period, RequestFiguresDto AllNetworks, IReadOnlyList<BreakdownRowDto> ByNetwork);

/// <summary>
/// The roll-up across all networks (e.g. the yearly report to the Flemish government), made by whoever runs the platform
/// (<c>WarmeWijk.Api report-networks</c>), never over HTTP: no tenant may see another network's figures. The networks'
/// rows add up to the total, so they are protected as one table like any breakdown.
/// </summary>
public sealed class NetworksReport(IAppDbContext db)
{
    public Task<NetworksReportDto> BuildAsync(ReportPeriod period, CancellationToken cancellationToken) =>
        db.StreamReadsAsync(ct => ReadAsync(period, ct), cancellationToken);

    private async Task<NetworksReportDto> ReadAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var networks = await db.Networks.AsNoTracking().Select(n => new { n.Id, n.Slug, n.Name }).ToDictionaryAsync(n => n.Id, cancellationToken);
        // Only what the per-network figures use: a few hundred thousand rows, so every column read counts.
        var facts = await db.HelpRequests.IgnoreQueryFilters().AsNoTracking()
            .Where(h => h.CreatedAt >= period.Start && h.CreatedAt < period.End)
            .Select(h => new RequestFact(
                h.NetworkId, Guid.Empty, h.CreatedAt, default, string.Empty, string.Empty, h.Status,
                h.Triage == null ? null : h.Triage.DecidedRoute,
                h.FirstContactAt, h.TriagedAt, h.MatchedAt, h.ReferredAt, h.PartnerAcceptedAt, h.ClosedAt))
            .ToListAsync(cancellationToken);
        var rows = facts.GroupBy(f => f.NetworkId)
            .Select(g => (Key: networks[g.Key].Slug, Stats: RequestStats.Of(g)))
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        var table = ProtectedTable.Of(RequestStats.Of(facts), rows);
        var names = networks.Values.ToDictionary(n => n.Slug, n => n.Name, StringComparer.Ordinal);
        return new NetworksReportDto(
            new PeriodDto(period.From, period.To),
            RequestFiguresDto.From(table.Total),
            [.. table.Rows.Select(r => new BreakdownRowDto(r.Key, names[r.Key], RequestFiguresDto.From(r.Stats)))]);
    }

    public static ReportWorkbook ToWorkbook(NetworksReportDto report, DateTimeOffset madeAt) => new(
        "WarmeWijk — alle netwerken",
        [
            $"Periode: {report.Period.From:yyyy-MM-dd} tot en met {report.Period.To:yyyy-MM-dd}.",
            $"Gemaakt op {madeAt:yyyy-MM-dd HH:mm} UTC.",
            DashboardWorkbook.SuppressionNote,
        ],
        [
            DashboardWorkbook.Breakdown("Per netwerk", "Netwerk",
                [.. report.ByNetwork, new BreakdownRowDto("all", "Alle netwerken", report.AllNetworks)]),
        ]);
}
