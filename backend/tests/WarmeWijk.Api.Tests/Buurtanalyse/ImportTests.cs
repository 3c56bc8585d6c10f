using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Buurtanalyse;

public sealed class ImportTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    private const string PopulationHeader =
        "CD_REFNIS|CD_SECTOR|TOTAL|DT_STRT_SECTOR|DT_STOP_SECTOR|OPPERVLAKKTE IN HM²|TX_DESCR_SECTOR_NL|TX_DESCR_SECTOR_FR|TX_DESCR_NL|TX_DESCR_FR\n";

    [Test]
    public async Task Should_import_a_statbel_population_file_and_replace_it_on_a_second_import()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var kiel = await client.NeighbourhoodIdAsync("Kiel");

        var first = await client.ImportAsync("Population", "OPENDATA_SECTOREN_2035.txt", Population(2000, 1500), 2035, byteOrderMark: true);
        var second = await client.ImportAsync("Population", "OPENDATA_SECTOREN_2035.txt", Population(2100, 1400), 2035, byteOrderMark: true);
        var created = await second.Content.ReadFromJsonAsync<JsonElement>();
        var population = (await client.IndicatorsAsync(kiel)).Indicator("population").GetProperty("latest");

        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(second.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/buurtanalyse/imports/{created.GetProperty("id").GetGuid()}"));
            Assert.That(created.GetProperty("acceptedRows").GetInt64(), Is.EqualTo(2));
            Assert.That(created.GetProperty("storedValues").GetInt64(), Is.EqualTo(4), "population and density per row");
            Assert.That(population.GetProperty("year").GetInt32(), Is.EqualTo(2035));
            Assert.That(population.GetProperty("value").GetDecimal(), Is.EqualTo(3500m), "the second file replaced the first");
        });
    }

    [Test]
    public async Task Should_replace_an_indicators_year_everywhere_and_leave_other_indicators_of_the_same_sectors_alone()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var kiel = await client.NeighbourhoodIdAsync("Kiel");
        const string header = "sector_code,year,indicator,value,numerator,denominator\n";
        await client.ImportAsync("IndicatorValues", "eerst.csv",
            header + "11002F60-,2038,population,1000,,\n11002F61-,2038,population,500,,\n11002F60-,2038,share_65_plus,10,100,1000\n11002F61-,2038,share_65_plus,C,,\n");
        var before = SectorValues(await client.IndicatorsAsync(kiel));

        var second = await client.ImportAsync("IndicatorValues", "opnieuw.csv", header + "11002F60-,2038,population,1200,,\n");
        var after = SectorValues(await client.IndicatorsAsync(kiel));

        Assert.Multiple(() =>
        {
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(before[("11002F61-", "population")], Is.EqualTo((2038, "Available", 500m)));
            Assert.That(after[("11002F60-", "population")], Is.EqualTo((2038, "Available", 1200m)));
            Assert.That(after[("11002F61-", "population")].Status, Is.Not.EqualTo("Available"), "the new file has no 2038 population for F61: the old figure is gone");
            Assert.That(after[("11002F60-", "share_65_plus")], Is.EqualTo(before[("11002F60-", "share_65_plus")]), "another indicator of the same sector and year stays");
            Assert.That(after[("11002F61-", "share_65_plus")], Is.EqualTo(before[("11002F61-", "share_65_plus")]));
            Assert.That(after[("11002F61-", "share_65_plus")].Status, Is.EqualTo("Suppressed"), "a confidential figure stays confidential");
        });
    }

    private static Dictionary<(string Sector, string Indicator), (int Year, string? Status, decimal? Value)> SectorValues(JsonElement indicators) =>
        indicators.GetProperty("sectors").EnumerateArray()
            .SelectMany(sector => sector.GetProperty("values").EnumerateArray().Select(v => (
                Key: (sector.GetProperty("code").GetString()!, v.GetProperty("indicatorId").GetString()!),
                Value: (v.GetProperty("year").GetInt32(), v.GetProperty("status").GetString(),
                    v.GetProperty("value").ValueKind == JsonValueKind.Number ? v.GetProperty("value").GetDecimal() : (decimal?)null))))
            .ToDictionary(p => p.Key, p => p.Value);

    [Test]
    public async Task Should_store_nothing_and_list_every_rejected_line_with_its_reason()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Analyst);
        var kiel = await client.NeighbourhoodIdAsync("Kiel");
        var file = "sector_code,year,indicator,value\n11002F60-,2036,share_65_plus,12\n11002Z99-,2036,share_65_plus,13\n11002F61-,2036,share_65_plus,veel\n";

        var problem = await (await client.ImportAsync("IndicatorValues", "indicatoren.csv", file)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var import = problem.GetProperty("import");
        var rejections = import.GetProperty("rejections").EnumerateArray().Select(r => (r.GetProperty("line").GetInt64(), r.GetProperty("reason").GetString())).ToList();
        var latest = (await client.IndicatorsAsync(kiel)).Indicator("share_65_plus").GetProperty("latest").GetProperty("year").GetInt32();
        var history = await client.GetFromJsonAsync<JsonElement>($"/api/v1/buurtanalyse/imports/{import.GetProperty("id").GetGuid()}");

        Assert.Multiple(() =>
        {
            Assert.That(problem.Detail(), Does.Contain("2 line(s) were rejected"));
            Assert.That(rejections.Select(r => r.Item1), Is.EqualTo(new[] { 3L, 4L }));
            Assert.That(rejections[0].Item2, Does.Contain("11002Z99-"));
            Assert.That(rejections[1].Item2, Does.Contain("veel"));
            Assert.That(latest, Is.Not.EqualTo(2036), "the good line was not stored either");
            Assert.That(history.GetProperty("status").GetString(), Is.EqualTo("Rejected"));
            Assert.That(history.GetProperty("rejectedRows").GetInt64(), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Should_report_a_file_without_the_required_columns_as_a_fatal_error()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);

        var problem = await (await client.ImportAsync("Income", "TF_PSNL_INC_TAX_SECTOR.txt", "CD_YEAR|CD_SECTOR\n2022|11002F60-\n"))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);

        Assert.That(problem.GetProperty("import").GetProperty("fatalError").GetString(), Does.Contain("MS_NBR_NON_ZERO_INC"));
    }

    [Test]
    public async Task Should_import_boundaries_in_both_property_schemas_and_reject_an_invalid_geometry_by_feature()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var created = await (await coordinator.PostAsJsonAsync("/api/v1/neighbourhoods", new { name = "Aartselaar", sectorCodes = new[] { "11001A00-", "11001A01-" } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var good = Features(
            """{"type":"Feature","properties":{"CS01012023":"11001A00-","T_SEC_NL":"Aartselaar-Centrum"},"geometry":{"type":"Polygon","coordinates":[[[4.38,51.13],[4.39,51.13],[4.39,51.14],[4.38,51.13]]]}}""",
            """{"type":"Feature","properties":{"cd_sector":"11001A01-"},"geometry":{"type":"Polygon","coordinates":[[[4.39,51.13],[4.40,51.13],[4.40,51.14],[4.39,51.13]]]}}""");
        var bad = Features(
            """{"type":"Feature","properties":{"cd_sector":"11001A00-"},"geometry":{"type":"Polygon","coordinates":[[[4.38,51.13],[4.39,51.13],[4.39,51.14]]]}}""");

        var stored = await coordinator.ImportAsync("SectorBoundaries", "aartselaar.geojson", good);
        var rejected = await (await coordinator.ImportAsync("SectorBoundaries", "kapot.geojson", bad)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var geojson = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/neighbourhoods/{created.GetProperty("id").GetGuid()}/boundaries");
        var rejection = rejected.GetProperty("import").GetProperty("rejections")[0];

        Assert.Multiple(() =>
        {
            Assert.That(stored.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(geojson.GetProperty("features").GetArrayLength(), Is.EqualTo(2));
            Assert.That(geojson.GetProperty("features")[0].GetProperty("properties").GetProperty("synthetic").GetBoolean(), Is.False);
            Assert.That(rejection.GetProperty("feature").GetInt32(), Is.EqualTo(0));
            Assert.That(rejection.GetProperty("reason").GetString(), Does.Contain("ring"));
        });
    }

    [Test]
    public async Task Should_answer_field_errors_for_a_missing_year_kind_or_file()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);

        var noYear = await (await client.ImportAsync("Population", "bevolking.txt", Population(1, 1))).ShouldBeProblem(HttpStatusCode.BadRequest);
        var yearNotWanted = await (await client.ImportAsync("Income", "inkomen.txt", "x", 2022)).ShouldBeProblem(HttpStatusCode.BadRequest);
        var noKind = await (await client.ImportAsync(null, "x.csv", [1, 2, 3])).ShouldBeProblem(HttpStatusCode.BadRequest);
        var empty = await (await client.ImportAsync("IndicatorValues", "leeg.csv", [])).ShouldBeProblem(HttpStatusCode.BadRequest);
        var unknownKind = await (await client.ImportAsync("Weather", "x.csv", [1])).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Multiple(() =>
        {
            Assert.That(noYear.FieldErrors("year"), Has.Some.Contains("no year column"));
            Assert.That(yearNotWanted.FieldErrors("year"), Has.Some.Contains("leave the year out"));
            Assert.That(noKind.FieldErrors("kind"), Is.Not.Empty);
            Assert.That(empty.FieldErrors("content"), Has.Some.Contains("empty"));
            Assert.That(unknownKind.Detail(), Does.Contain("kind"));
        });
    }

    [Test]
    public async Task Should_refuse_an_import_id_that_is_taken()
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var id = Guid.NewGuid();
        const string file = "sector_code,year,indicator,value\n11002F60-,2037,own_count,5\n";

        (await client.ImportAsync("IndicatorValues", "a.csv", file, importId: id)).EnsureSuccessStatusCode();
        await (await client.ImportAsync("IndicatorValues", "a.csv", file, importId: id)).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    private static string Population(int f60, int f61) =>
        PopulationHeader
        + $"11002|11002F60-|{f60}|01/01/1977|31/12/9999|45,7|Kiel - Centrum (Kiel)|Kiel - Centre (Kiel)|Antwerpen|Anvers\n"
        + $"11002|11002F61-|{f61}|01/01/1977|31/12/9999|38,25|Boomse Stwg-Beerschot (Kiel)|Boomse Stwg-Beerschot (Kiel)|Antwerpen|Anvers\n";

    private static string Features(params string[] features) =>
        $$"""{"type":"FeatureCollection","features":[{{string.Join(",\n", features)}}]}""";
}

[TestFixtureSource(typeof(ApiTestBase), nameof(ApiTestBase.Providers))]
public sealed class ImportLimitTests(DatabaseProvider provider)
{
    [Test]
    public async Task Should_answer_413_with_the_limit_for_a_file_that_is_too_large()
    {
        await using var api = await ApiFactory.StartAsync(provider, new Dictionary<string, string?> { ["Buurtanalyse:MaxUploadBytes"] = "1048576" });
        using var client = await api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);

        var problem = await (await client.ImportAsync("IndicatorValues", "groot.csv", new byte[1_048_577])).ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge);

        Assert.That(problem.Detail(), Does.Contain("1 MB"));
    }
}
