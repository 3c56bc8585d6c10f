using Microsoft.AspNetCore.Http.HttpResults;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.HelpRequests.Queries.ListHelpRequests;
using WarmeWijk.Application.Reporting.DrillDown;
using WarmeWijk.Application.Reporting.Dashboard;
using WarmeWijk.Application.Reporting.Exports;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Reporting;

namespace WarmeWijk.Api.Endpoints;

internal static class ReportEndpoints
{
    private static readonly string[] DashboardFilters = ["from", "to", "neighbourhoodId", "categoryCode", "channel"];

    public static void MapReportEndpoints(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports")
            .WithTags("Reports")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        reports.MapGet("/dashboard", async Task<Ok<DashboardDto>> (
                DateOnly? from, DateOnly? to, Guid? neighbourhoodId, string? categoryCode, IntakeChannel? channel, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetDashboardQuery(from, to, neighbourhoodId, categoryCode, channel), ct)))
            .AddEndpointFilter(OnlyFilters(DashboardFilters))
            .WithName("GetDashboard")
            .WithSummary("The network's figures for a period (default: the last twelve whole months) next to the period before, with breakdowns; counts below 5 are hidden.");

        reports.MapGet("/dashboard/export", async (
                ReportFormat format, DateOnly? from, DateOnly? to, Guid? neighbourhoodId, string? categoryCode, IntakeChannel? channel,
                ISender sender, IEnumerable<IReportExporter> exporters, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var dashboard = await sender.Send(new GetDashboardQuery(from, to, neighbourhoodId, categoryCode, channel), ct);
                var exporter = exporters.Single(e => e.Format == format);
                http.Response.ContentType = exporter.ContentType;
                http.Response.Headers.ContentDisposition =
                    $"attachment; filename=\"warmewijk-rapport-{dashboard.Period.From:yyyy-MM-dd}-{dashboard.Period.To:yyyy-MM-dd}.{exporter.FileExtension}\"";
                await exporter.WriteAsync(DashboardWorkbook.From(dashboard, clock.GetUtcNow()), http.Response.Body, ct);
            })
            .AddEndpointFilter(OnlyFilters([.. DashboardFilters, "format"]))
            .WithName("ExportDashboard")
            .WithSummary("The dashboard as a file: format=Csv (RFC 4180, UTF-8 with BOM) or Xlsx; the same figures and protection as the JSON.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        reports.MapGet("/requests", async Task<Ok<HelpRequestPage>> (
                DateOnly? from, DateOnly? to, Guid? neighbourhoodId, string? categoryCode, IntakeChannel? channel, Measure? measure, Guid? cursor, int? limit,
                ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListReportedRequestsQuery(from, to, neighbourhoodId, categoryCode, channel, measure, cursor, limit ?? 25), ct)))
            .AddEndpointFilter(OnlyFilters([.. DashboardFilters, "measure", "cursor", "limit"]))
            .WithName("ListReportedRequests")
            .WithSummary("The requests behind a dashboard figure (same period and filters; measure e.g. Matched), newest first; for coordinators and admins only.");
    }

    /// <summary>A misspelt filter would silently report on everything; name it instead.</summary>
    private static Func<EndpointFilterInvocationContext, EndpointFilterDelegate, ValueTask<object?>> OnlyFilters(string[] allowed) => (context, next) =>
    {
        var unknown = context.HttpContext.Request.Query.Keys.Where(k => !allowed.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
        return unknown.Count == 0
            ? next(context)
            : ValueTask.FromResult<object?>(TypedResults.ValidationProblem(
                unknown.ToDictionary(k => k, k => new[] { $"'{k}' is not a filter of this report; use {string.Join(", ", allowed)}." }),
                detail: "The report has no such filter."));
    };
}
