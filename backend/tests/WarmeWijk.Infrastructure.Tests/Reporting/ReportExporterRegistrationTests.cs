using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WarmeWijk.Application.Reporting.Exports;

namespace WarmeWijk.Infrastructure.Tests.Reporting;

public sealed class ReportExporterRegistrationTests
{
    [Test]
    public void Should_register_one_exporter_per_format()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:WarmeWijk"] = "Data Source=:memory:" })
            .Build();
        using var services = new ServiceCollection().AddInfrastructure(configuration).BuildServiceProvider();

        var exporters = services.GetServices<IReportExporter>();

        Assert.That(exporters.Select(e => (e.Format, e.FileExtension, e.ContentType)), Is.EquivalentTo(new[]
        {
            (ReportFormat.Csv, "csv", "text/csv; charset=utf-8"),
            (ReportFormat.Xlsx, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        }));
    }
}
