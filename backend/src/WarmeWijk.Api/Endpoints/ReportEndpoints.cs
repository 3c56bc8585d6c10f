using Microsoft.AspNetCore.Http.HttpResults;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Reporting.Dashboard;
using WarmeWijk.Application.Reporting.Exports;
using WarmeWijk.Domain.HelpRequests;

namespace WarmeWijk.Api.Endpoints;

internal static class ReportEndpoints
{
    private static readonly string[] DashboardFilters = ["from", "to", "neighbourhoodId", "categoryCode", "channel"];

    public static void MapReportEndpoints(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports")
            .WithTags("Reports")
            .AddEndpointFilter(RejectUnknownFilters)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        reports.MapGet("/dashboard", async Task<Ok<DashboardDto>> (
                DateOnly? from, DateOnly? to, Guid? neighbourhoodId, string? categoryCode, IntakeChannel? channel, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetDashboardQuery(from, to, neighbourhoodId, categoryCode, channel), ct)))
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
            .WithName("ExportDashboard")
            .WithSummary("The dashboard as a file: format=Csv (RFC 4180, UTF-8 with BOM) or Xlsx; the same figures and protection as the JSON.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    /// <summary>A misspelt filter would silently report on everything; name it instead.</summary>
    private static ValueTask<object?> RejectUnknownFilters(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var allowed = context.HttpContext.Request.Path.Value?.EndsWith("/export", StringComparison.Ordinal) == true
            ? [.. DashboardFilters, "format"]
            : DashboardFilters;
        var unknown = context.HttpContext.Request.Query.Keys.Where(k => !allowed.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
        return unknown.Count == 0
            ? next(context)
            : ValueTask.FromResult<object?>(TypedResults.ValidationProblem(
                unknown.ToDictionary(k => k, k => new[] { $"'{k}' is not a filter of this report; use {string.Join(", ", allowed)}." }),
                detail: "The report has no such filter."));
    }
}
