using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WarmeWijk.Api.Tests.Intake;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Reporting;

/// <summary>
/// The dashboard through HTTP: figures recomputed from the raw tables with plain SQL, small counts hidden so that no total
/// gives them away, filters that cannot reveal what a breakdown withheld, aggregates only for the analyst, bad input.
/// </summary>
public sealed class ReportingTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    private const string Network = ApiFactory.NetworkA;

    private static readonly string Period = $"from={DateTime.UtcNow.AddYears(-5).AddDays(2):yyyy-MM-dd}&to={DateTime.UtcNow.AddDays(1):yyyy-MM-dd}";

    private JsonElement _dashboard;

    [OneTimeSetUp]
    public async Task RecordRequests()
    {
        using var coordinator = await Api.ClientForAsync(Network, Role.Coordinator);
        var resident = await coordinator.RegisterResidentAsync();
        for (var i = 0; i < 8; i++)
        {
            var (id, etag) = await coordinator.RecordIntakeAsync(resident, category: "shopping");
            var triaged = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{id}/triage", etag, new { decidedRoute = "Light", residentChoice = "AgreesWithAdvice" });
            if (i < 2)
            {
                await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{id}/transitions", triaged.Headers.ETag!.Tag, new { to = "Cancelled", reason = "Zelf opgelost" });
            }
        }

        for (var i = 0; i < 6; i++)
        {
            var (id, etag) = await coordinator.RecordIntakeAsync(resident, category: "housing");
            var triaged = await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{id}/triage", etag, new { decidedRoute = "Heavy", residentChoice = "AgreesWithAdvice" });
            if (i == 0)
            {
                await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{id}/transitions", triaged.Headers.ETag!.Tag, new { to = "ClosedNoOffer", reason = "Geen woonbegeleiding vrij" });
            }
        }

        await coordinator.RecordIntakeAsync(resident, category: "garden");
        await coordinator.RecordIntakeAsync(resident, category: "garden");
        var response = await coordinator.GetAsync($"/api/v1/reports/dashboard?{Period}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        _dashboard = await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Test]
    public async Task Should_give_the_counts_that_plain_SQL_gives_on_the_raw_tables()
    {
        var raw = await QueryAsync("""
            SELECT COUNT(*), COUNT(h.first_contact_at), COUNT(h.triaged_at),
                   SUM(CASE WHEN h.triage_decided_route = 'Heavy' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN h.status = 'Cancelled' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN h.status = 'ClosedNoOffer' THEN 1 ELSE 0 END)
            FROM help_requests h JOIN networks n ON n.id = h.network_id WHERE n.slug = 'kiel'
            """);
        var current = _dashboard.GetProperty("current");

        Assert.Multiple(() =>
        {
            Assert.That(Value(current, "requestsIn"), Is.EqualTo(raw[0]));
            Assert.That(Value(current, "firstContacted"), Is.EqualTo(raw[1]));
            Assert.That(Value(current, "triaged"), Is.EqualTo(raw[2]));
            Assert.That(Value(current, "triagedHeavy"), Is.EqualTo(raw[3]));
            Assert.That(Value(current, "cancelled"), Is.EqualTo(raw[4] is 0 or >= 5 ? raw[4] : null));
            Assert.That(Value(current, "closedNoOffer"), Is.EqualTo(raw[5] is 0 or >= 5 ? raw[5] : null));
        });
    }

    [Test]
    public async Task Should_give_the_median_time_to_triage_that_percentile_cont_gives()
    {
        if (Api.Provider != DatabaseProvider.PostgreSql)
        {
            Assert.Ignore("percentile_cont is PostgreSQL's; the SQLite run checks the counts.");
        }

        var raw = await QueryDoublesAsync("""
            SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM h.triaged_at - h.created_at) / 3600),
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM h.triaged_at - h.created_at) / 3600)
            FROM help_requests h JOIN networks n ON n.id = h.network_id WHERE n.slug = 'kiel' AND h.triaged_at IS NOT NULL
            """);
        var toTriage = _dashboard.GetProperty("current").GetProperty("timeToTriage");

        Assert.Multiple(() =>
        {
            Assert.That(toTriage.GetProperty("medianHours").GetDouble(), Is.EqualTo(raw[0]).Within(1e-6));
            Assert.That(toTriage.GetProperty("p90Hours").GetDouble(), Is.EqualTo(raw[1]).Within(1e-6));
        });
    }

    [Test]
    public void Should_hide_a_small_category_and_withhold_the_next_smallest_so_the_total_does_not_give_it_away()
    {
        var categories = _dashboard.GetProperty("byCategory").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!, r => r.GetProperty("figures"));

        Assert.Multiple(() =>
        {
            Assert.That(Disclosure(categories["garden"], "requestsIn"), Is.EqualTo("Small"));
            Assert.That(Value(categories["garden"], "requestsIn"), Is.Null);
            Assert.That(Disclosure(categories["housing"], "requestsIn"), Is.EqualTo("Withheld"));
            Assert.That(Value(categories["housing"], "requestsIn"), Is.Null);
            Assert.That(Value(categories["shopping"], "requestsIn"), Is.EqualTo(8));
            Assert.That(Value(_dashboard.GetProperty("current"), "requestsIn"), Is.EqualTo(16));
        });
    }

    [Test]
    public async Task Should_not_reveal_a_withheld_row_through_a_filter_on_it()
    {
        using var analyst = await Api.ClientForAsync(Network, Role.Analyst);

        var housing = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/reports/dashboard?{Period}&categoryCode=housing");
        var garden = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/reports/dashboard?{Period}&categoryCode=garden");

        Assert.Multiple(() =>
        {
            Assert.That(Disclosure(housing.GetProperty("current"), "requestsIn"), Is.EqualTo("Withheld"));
            Assert.That(Disclosure(garden.GetProperty("current"), "requestsIn"), Is.EqualTo("Small"));
            Assert.That(housing.GetProperty("byChannel").EnumerateArray().Select(r => Value(r.GetProperty("figures"), "requestsIn")), Has.Some.Null,
                "the channel rows must not add up to the withheld total");
        });
    }

    [Test]
    public async Task Should_let_the_analyst_read_aggregates_and_exports_but_no_personal_data()
    {
        using var analyst = await Api.ClientForAsync(Network, Role.Analyst);
        var residentId = (await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/reports/dashboard?{Period}")).GetProperty("networkName");

        using var coordinator = await Api.ClientForAsync(Network, Role.Coordinator);
        var anyResident = await coordinator.RegisterResidentAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(residentId.GetString(), Is.Not.Empty);
            await (await analyst.GetAsync($"/api/v1/residents/{anyResident}")).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await analyst.GetAsync("/api/v1/help-requests")).ShouldBeProblem(HttpStatusCode.Forbidden);
            Assert.That((await analyst.GetAsync($"/api/v1/reports/dashboard/export?format=Csv&{Period}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Should_export_the_same_protected_figures_as_csv_with_a_bom_and_as_xlsx()
    {
        using var coordinator = await Api.ClientForAsync(Network, Role.Coordinator);

        var csv = await coordinator.GetAsync($"/api/v1/reports/dashboard/export?format=Csv&{Period}");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        var text = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n");
        var xlsx = await coordinator.GetAsync($"/api/v1/reports/dashboard/export?format=Xlsx&{Period}");
        var zip = await xlsx.Content.ReadAsByteArrayAsync();

        Assert.Multiple(() =>
        {
            Assert.That(csv.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
            Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.That(text, Does.StartWith("table,"));
            Assert.That(lines.Single(l => l.StartsWith("Per categorie,", StringComparison.Ordinal) && l.Contains("Kleine tuinwerken")), Does.Contain(",<5,"));
            Assert.That(lines.Single(l => l.StartsWith("Per categorie,", StringComparison.Ordinal) && l.Contains("Woonprobleem")), Does.Contain(",x,"));
            Assert.That(csv.Content.Headers.ContentDisposition!.FileName, Does.EndWith(".csv"));
            Assert.That(xlsx.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            Assert.That(zip.Take(2), Is.EqualTo("PK"u8.ToArray()));
        });
    }

    [Test]
    public async Task Should_keep_each_network_to_its_own_figures_and_partners_out()
    {
        using var otherNetwork = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);
        using var partner = await Api.PartnerClientForAsync(Network);
        var kielNeighbourhood = (await (await Api.ClientForAsync(Network, Role.Coordinator)).GetFromJsonAsync<JsonElement>("/api/v1/neighbourhoods"))
            .GetProperty("items")[0].GetProperty("id").GetGuid();

        var theirs = await otherNetwork.GetFromJsonAsync<JsonElement>($"/api/v1/reports/dashboard?{Period}");
        var crossed = await otherNetwork.GetAsync($"/api/v1/reports/dashboard?{Period}&neighbourhoodId={kielNeighbourhood}");

        Assert.Multiple(async () =>
        {
            Assert.That(theirs.GetProperty("byCategory").EnumerateArray().Select(r => r.GetProperty("key").GetString()), Does.Not.Contain("housing"));
            Assert.That((await crossed.ShouldBeProblem(HttpStatusCode.BadRequest)).FieldErrors("neighbourhoodId"), Has.Some.Contains("no such neighbourhood"));
            await (await partner.GetAsync($"/api/v1/reports/dashboard?{Period}")).ShouldBeProblem(HttpStatusCode.Forbidden);
        });
    }

    [Test]
    public async Task Should_list_the_requests_behind_a_figure_for_the_coordinator_only()
    {
        using var coordinator = await Api.ClientForAsync(Network, Role.Coordinator);
        using var analyst = await Api.ClientForAsync(Network, Role.Analyst);

        var heavy = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/reports/requests?{Period}&categoryCode=housing&measure=TriagedHeavy");
        var cancelled = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/reports/requests?{Period}&measure=Cancelled&limit=100");

        Assert.Multiple(async () =>
        {
            Assert.That(heavy.GetProperty("items").GetArrayLength(), Is.EqualTo(6));
            Assert.That(heavy.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("categoryCode").GetString()), Has.All.EqualTo("housing"));
            Assert.That(cancelled.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString()), Has.All.EqualTo("Cancelled"));
            await (await analyst.GetAsync($"/api/v1/reports/requests?{Period}")).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await coordinator.GetAsync($"/api/v1/reports/requests?{Period}&measure=Happiness")).ShouldBeProblem(HttpStatusCode.BadRequest);
        });
    }

    [Test]
    public async Task Should_roll_up_every_network_with_rows_that_add_up_to_the_total()
    {
        using (var other = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator))
        {
            var resident = await other.RegisterResidentAsync();
            for (var i = 0; i < 5; i++)
            {
                await other.RecordIntakeAsync(resident);
            }
        }

        using var scope = Api.Services.CreateScope();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var report = await scope.ServiceProvider.GetRequiredService<WarmeWijk.Application.Reporting.NetworksReport.NetworksReport>()
            .BuildAsync(new WarmeWijk.Application.Reporting.ReportPeriod(today.AddYears(-4), today.AddDays(1)), CancellationToken.None);
        var raw = await QueryAsync("SELECT COUNT(*) FROM help_requests");
        var rows = report.ByNetwork.ToDictionary(r => r.Key, r => r.Figures.RequestsIn.Value);

        Assert.Multiple(() =>
        {
            Assert.That(report.AllNetworks.RequestsIn.Value, Is.EqualTo(raw[0]));
            Assert.That(rows[ApiFactory.NetworkA], Is.EqualTo(16).Or.GreaterThan(16), "kiel");
            Assert.That(rows[ApiFactory.NetworkB], Is.Not.Null.And.GreaterThanOrEqualTo(5));
            Assert.That(rows.Values.Sum(v => v ?? 0), Is.EqualTo(raw[0]));
        });
    }

    [TestCase("from=2026-03-01&to=2026-01-01", "to", "ends before it starts")]
    [TestCase("from=2015-01-01&to=2021-06-30", "to", "at most 5 years")]
    [TestCase("from=1850-01-01&to=1850-12-31", "from", "must start between")]
    [TestCase("to=2200-01-01", "to", "must end between")]
    [TestCase("categoryCode=astrology", "categoryCode", "no help category")]
    [TestCase("categorie=shopping", "categorie", "not a filter of this report")]
    [TestCase("residentId=0190f3a2-0000-7000-8000-0000000000d1", "residentId", "not a filter of this report")]
    public async Task Should_name_the_filter_that_is_wrong(string query, string field, string reason)
    {
        using var analyst = await Api.ClientForAsync(Network, Role.Analyst);

        var problem = await (await analyst.GetAsync($"/api/v1/reports/dashboard?{query}")).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.FieldErrors(field), Has.Some.Contains(reason));
    }

    [TestCase("/api/v1/reports/dashboard?channel=Pigeon")]
    [TestCase("/api/v1/reports/dashboard?from=yesterday")]
    [TestCase("/api/v1/reports/dashboard/export?format=Pdf")]
    [TestCase("/api/v1/reports/dashboard/export")]
    public async Task Should_refuse_values_of_the_wrong_type_with_a_problem(string path)
    {
        using var analyst = await Api.ClientForAsync(Network, Role.Analyst);

        await (await analyst.GetAsync(path)).ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    private static int? Value(JsonElement figures, string count) =>
        figures.GetProperty(count).GetProperty("value") is { ValueKind: JsonValueKind.Number } value ? value.GetInt32() : null;

    private static string? Disclosure(JsonElement figures, string count) => figures.GetProperty(count).GetProperty("disclosure").GetString();

    private async Task<long[]> QueryAsync(string sql) => [.. (await RowAsync(sql)).Select(Convert.ToInt64)];

    private async Task<double[]> QueryDoublesAsync(string sql) => [.. (await RowAsync(sql)).Select(Convert.ToDouble)];

    private Task<object[]> RowAsync(string sql) => Api.FirstRowAsync(sql);
}
