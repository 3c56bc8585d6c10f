using WarmeWijk.Application.Reporting;
using WarmeWijk.Application.Reporting.Exports;
using WarmeWijk.Application.Reporting.NetworksReport;

namespace WarmeWijk.Api.Hosting;

/// <summary>
/// <c>report-networks --from 2025-01-01 --to 2025-12-31 [--format Xlsx|Csv] [--output file]</c>: the roll-up of every
/// network for whoever runs the platform, written to a file; no HTTP endpoint offers it.
/// </summary>
internal static class NetworksReportCommand
{
    public const string Name = "report-networks";

    public static async Task<int> RunAsync(WebApplication app)
    {
        var options = app.Configuration;
        if (!DateOnly.TryParse(options["from"], out var from) || !DateOnly.TryParse(options["to"], out var to) || to < from)
        {
            Console.Error.WriteLine($"usage: {Name} --from yyyy-MM-dd --to yyyy-MM-dd [--format Xlsx|Csv] [--output file]");
            return 2;
        }

        var format = Enum.TryParse<ReportFormat>(options["format"], ignoreCase: true, out var chosen) ? chosen : ReportFormat.Xlsx;
        await using var scope = app.Services.CreateAsyncScope();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var exporter = scope.ServiceProvider.GetServices<IReportExporter>().Single(e => e.Format == format);
        var report = await scope.ServiceProvider.GetRequiredService<NetworksReport>().BuildAsync(new ReportPeriod(from, to), CancellationToken.None);
        var output = options["output"] ?? $"warmewijk-networks-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.{exporter.FileExtension}";
        await using (var file = File.Create(output))
        {
            await exporter.WriteAsync(NetworksReport.ToWorkbook(report, clock.GetUtcNow()), file, CancellationToken.None);
        }

        Console.WriteLine($"{report.ByNetwork.Count} networks, {report.AllNetworks.RequestsIn.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "<5"} requests: {output}");
        return 0;
    }
}
