using System.Text.Json;
using WarmeWijk.Infrastructure.Buurtanalyse.Import;
using static WarmeWijk.Infrastructure.Tests.Buurtanalyse.Import.ImportSupport;

namespace WarmeWijk.Infrastructure.Tests.Buurtanalyse.Import;

public sealed class SectorBoundaryImporterTests
{
    private const string LowerCaseFile = "Boundaries/sectors-lowercase.geojson";

    private static readonly FakeSectorDirectory Directory = new(
        "11002F60-", "11002F61-", "11002F62-", "11023A00-", "12021A00-", "12021A01-", "12021A02-", "12021A03-", "12025A61-", "13011A212");

    [Test]
    public void Should_read_the_upper_case_property_schema()
    {
        var (rows, report) = ImportFile("Boundaries/sectors-uppercase.geojson", (s, r) => new SectorBoundaryImporter(Directory).Read(s, r));

        Assert.That(report.IsClean, Is.True, report.FatalError);
        Assert.That(rows.Select(b => (b.Sector.Value, b.SectorName, b.MunicipalityNis, b.MunicipalityName, b.GeometryType)), Is.EqualTo(new[]
        {
            ("11002F60-", "Kiel - Centrum (Kiel)", "11002", "Antwerpen", "Polygon"),
            ("11002F61-", "Boomse Stwg-Beerschot (Kiel)", "11002", "Antwerpen", "MultiPolygon"),
        }));
    }

    [Test]
    public void Should_keep_the_geometry_as_compact_geojson()
    {
        var (rows, _) = ImportFile("Boundaries/sectors-uppercase.geojson", (s, r) => new SectorBoundaryImporter().Read(s, r));

        using var geometry = JsonDocument.Parse(rows[0].Geometry);
        Assert.That(rows[0].Geometry, Does.StartWith("{\"type\":\"Polygon\",\"coordinates\":[[[4.392,51.19],"));
        Assert.That(geometry.RootElement.GetProperty("coordinates").GetArrayLength(), Is.EqualTo(2), "the hole is kept");
    }

    [Test]
    public void Should_read_the_lower_case_property_schema()
    {
        var (rows, _) = ImportFile(LowerCaseFile, (s, r) => new SectorBoundaryImporter(Directory).Read(s, r));

        Assert.That(rows.Select(b => (b.Sector.Value, b.SectorName, b.MunicipalityNis, b.MunicipalityName)), Is.EqualTo(new[]
        {
            ("11023A00-", "Kapellen-Centrum", "11023", "Kapellen"),
            ("13011A212", "St -Janneken", "13011", "Herentals"),
        }));
    }

    [Test]
    public void Should_reject_each_invalid_feature_with_its_index_line_and_reason()
    {
        var (_, report) = ImportFile(LowerCaseFile, (s, r) => new SectorBoundaryImporter(Directory).Read(s, r));

        Assert.That(report.FatalError, Is.Null);
        Assert.That(report.Rejections.Select(r => (r.Feature, r.Reason)), Is.EqualTo(new (int?, string)[]
        {
            (1, "ring 1: not closed (its last position differs from its first)."),
            (2, "ring 1: 3 position(s); a closed ring needs at least 4."),
            (3, "ring 1, position 2: not a pair of numbers."),
            (4, "ring 1, position 2: (4.561, 95) is outside WGS84 (longitude -180 to 180, latitude -90 to 90)."),
            (5, "Geometry type 'Point' is not supported: a sector boundary is a Polygon or MultiPolygon."),
            (6, "The feature has no sector code property (cd_sector or CSddmmyyyy, e.g. CS01012023)."),
            (7, "Duplicate feature: sector 11023A00- is already features[0]."),
            (10, "The feature has no geometry."),
        }));
        Assert.That(report.Rejections[0].Line, Is.EqualTo(46));
        Assert.That(report.Rejections[0].ToString(), Does.StartWith("features[1] (line 46): ring 1: not closed"));
        Assert.That(report.SkippedCount, Is.EqualTo(1), "62063A00- is in Liège");
    }

    [Test]
    public void Should_reject_lambert_coordinates_and_say_how_to_convert_them()
    {
        var (rows, report) = ImportFile("Boundaries/sectors-lambert72.geojson", (s, r) => new SectorBoundaryImporter().Read(s, r));

        Assert.That(rows, Is.Empty);
        Assert.That(report.Rejections.Single().Reason, Is.EqualTo(
            "ring 1, position 1: (152345.2, 212398.1) looks like Belgian Lambert 72/2008 metres, not WGS84 longitude/latitude. "
            + "Convert the file with: ogr2ogr -f GeoJSON -t_srs EPSG:4326 out.geojson in.geojson"));
    }

    [Test]
    public void Should_fail_on_a_file_that_declares_lambert_72()
    {
        var (rows, report) = ImportFile(
            "Boundaries/sh_statbel_statistical_sectors_31370_20230101.geojson", (s, r) => new SectorBoundaryImporter().Read(s, r));

        Assert.That(rows, Is.Empty);
        Assert.That(report.FatalError, Does.StartWith("The file is in coordinate system urn:ogc:def:crs:EPSG::31370, not WGS84").And.Contain("ogr2ogr"));
    }

    [TestCase("", "The file is empty.")]
    [TestCase("{\"type\":\"Feature\",\"geometry\":null}", "The file is a GeoJSON 'Feature', not a FeatureCollection.")]
    [TestCase("[1, 2]", "The file is not a GeoJSON FeatureCollection: it does not hold a JSON object.")]
    [TestCase("{\"type\":\"FeatureCollection\"}", "The FeatureCollection has no features.")]
    [TestCase("{\"features\":[]}", "The file is not a GeoJSON FeatureCollection: it has no \"type\": \"FeatureCollection\".")]
    [TestCase("{\"type\":\"FeatureCollection\",\"features\":{}}", "The member 'features' is not an array.")]
    public void Should_fail_on_a_file_that_is_not_a_feature_collection(string json, string error)
    {
        var (_, report) = ImportText(json, (s, r) => new SectorBoundaryImporter().Read(s, r));

        Assert.That(report.FatalError, Is.EqualTo(error));
    }

    [TestCase("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\" \"x\":1}]}")]
    [TestCase("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",")]
    public void Should_fail_on_malformed_json_with_its_position(string json)
    {
        var (_, report) = ImportText(json, (s, r) => new SectorBoundaryImporter().Read(s, r));

        Assert.That(report.FatalError, Does.StartWith("The file is not valid JSON:").And.Contain("BytePositionInLine"));
    }

    [Test]
    public void Should_fail_on_a_latin1_feature()
    {
        var json = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"cd_sector\":\"62063A00-\",\"tx_sector_descr_nl\":\"Li\u00e8ge\"},\"geometry\":null}]}";
        using var stream = new MemoryStream(System.Text.Encoding.Latin1.GetBytes(json));

        var (_, report) = ImportStream(stream, (s, r) => new SectorBoundaryImporter().Read(s, r));

        Assert.That(report.FatalError, Does.StartWith("The file is not UTF-8"));
    }

    [Test]
    public void Should_read_features_larger_than_its_buffer_and_members_in_any_order()
    {
        var ring = string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"[4.{i:D5},51.2]")) + ",[4.00000,51.2]";
        var feature = $"{{\"geometry\":{{\"coordinates\":[[{ring}]],\"type\":\"Polygon\"}},\"properties\":{{\"cd_sector\":\"11002F60-\"}},\"type\":\"Feature\"}}";
        var json = $"{{\"features\":[{feature},{feature.Replace("11002F60-", "11002F61-", StringComparison.Ordinal)}],\"bbox\":[1,2,3,4],\"type\":\"FeatureCollection\"}}";

        var (rows, report) = ImportText(json, (s, r) => new SectorBoundaryImporter().Read(s, r));

        Assert.That(json.Length, Is.GreaterThan(2 * 64 * 1024));
        Assert.That(report.IsClean, Is.True, report.FatalError);
        Assert.That(rows.Select(b => b.Sector.Value), Is.EqualTo(new[] { "11002F60-", "11002F61-" }));
    }
}
