using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using WarmeWijk.Application.Common.ReferenceData;
using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Infrastructure.Buurtanalyse.Import;

/// <summary>A sector's boundary: its GeoJSON geometry (a Polygon or MultiPolygon in WGS84, compact JSON).</summary>
public sealed record SectorBoundary(
    SectorCode Sector,
    string? SectorName,
    string? MunicipalityNis,
    string? MunicipalityName,
    string GeometryType,
    string Geometry);

/// <summary>
/// Reads Statbel's sector boundaries as a GeoJSON FeatureCollection in WGS84 longitude/latitude, one feature at a
/// time. Both property schemas are accepted: upper-case (<c>CS01012023</c>, <c>T_SEC_NL</c>, <c>CNIS5_2023</c>,
/// <c>T_MUN_NL</c>) and lower-case (<c>cd_sector</c>, <c>tx_sector_descr_nl</c>, <c>cd_munty_refnis</c>,
/// <c>tx_munty_descr_nl</c>). Statbel ships Lambert 72 (EPSG:31370) or Lambert 2008 (EPSG:3812): convert first with
/// <c>ogr2ogr -f GeoJSON -t_srs EPSG:4326 out.geojson in.geojson</c> (it also reads the shapefile).
/// </summary>
public sealed partial class SectorBoundaryImporter(ISectorDirectory? sectors = null)
{
    /// <param name="source">The file, read once from its current position and left open.</param>
    /// <param name="report">Receives the counts, the rejected features and any fatal error while the rows are read.</param>
    public IEnumerable<SectorBoundary> Read(Stream source, ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(report);
        return ReadFeatures(source, report);
    }

    private IEnumerable<SectorBoundary> ReadFeatures(Stream source, ImportReport report)
    {
        using var features = new GeoJsonFeatureReader(source);
        var check = new SectorCheck(sectors);
        var duplicates = new DuplicateRows();
        var index = -1;
        while (Next(features, report, out var json, out var line))
        {
            index++;
            report.BytesRead = features.BytesRead;
            if ((ForeignCoordinateSystem(features) ?? (Utf8.IsValid(json.Span) ? null : NotUtf8(line))) is { } stop)
            {
                report.Fail(stop);
                yield break;
            }

            using var document = JsonDocument.Parse(json);
            var boundary = ReadFeature(document.RootElement, check, out var problem, out var skipped);
            if (boundary is not null && duplicates.Register(boundary.Sector, 0, null, index) is { } first)
            {
                problem = $"Duplicate feature: sector {boundary.Sector} is already features[{first}].";
            }

            if (problem is not null)
            {
                report.Reject(new ImportRejection(line, problem, index));
            }
            else if (skipped)
            {
                report.Skip();
            }
            else
            {
                report.Accept();
                yield return boundary!;
            }
        }

        // The collection's members may follow its features.
        if (report.FatalError is null && (ForeignCoordinateSystem(features)
            ?? (features.IsFeatureCollection ? null : "The file is not a GeoJSON FeatureCollection: it has no \"type\": \"FeatureCollection\".")
            ?? (index < 0 ? "The FeatureCollection has no features." : null)) is { } error)
        {
            report.Fail(error);
        }
    }

    private static bool Next(GeoJsonFeatureReader features, ImportReport report, out ReadOnlyMemory<byte> json, out long line)
    {
        try
        {
            return features.TryRead(out json, out line);
        }
        catch (JsonException e)
        {
            report.Fail($"The file is not valid JSON: {e.Message}");
        }
        catch (InvalidDataException e)
        {
            report.Fail(e.Message);
        }

        (json, line) = (default, 0);
        return false;
    }

    private static SectorBoundary? ReadFeature(JsonElement feature, SectorCheck check, out string? problem, out bool skipped)
    {
        skipped = false;
        if (feature.ValueKind != JsonValueKind.Object
            || !feature.TryGetProperty("type", out var type) || !type.ValueEquals("Feature"u8))
        {
            problem = "Not a GeoJSON Feature.";
            return null;
        }

        var properties = feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
            ? Properties.Of(p)
            : new Properties(null, null, null, null);
        if (properties.SectorCode is null)
        {
            problem = "The feature has no sector code property (cd_sector or CSddmmyyyy, e.g. CS01012023).";
            return null;
        }

        switch (check.Check(properties.SectorCode, out var sector, out problem))
        {
            case SectorVerdict.Invalid:
                return null;
            case SectorVerdict.OutsideDirectory:
                skipped = true;
                return null;
        }

        var geometry = feature.TryGetProperty("geometry", out var g) ? g : default;
        problem = GeometryCheck.Problem(geometry);
        return problem is null
            ? new SectorBoundary(sector, properties.SectorName, properties.MunicipalityNis, properties.MunicipalityName,
                geometry.GetProperty("type").GetString()!, Compact(geometry))
            : null;
    }

    private static string? ForeignCoordinateSystem(GeoJsonFeatureReader features) =>
        features.CoordinateSystem is { } crs && !crs.EndsWith("CRS84", StringComparison.OrdinalIgnoreCase) && !crs.EndsWith(":4326", StringComparison.Ordinal)
            ? $"The file is in coordinate system {crs}, not WGS84 longitude/latitude. {GeometryCheck.ConvertHint}"
            : null;

    private static string NotUtf8(long line) =>
        $"The file is not UTF-8: the feature on line {line} holds bytes that are not UTF-8 text. Save it as UTF-8 and import it again.";

    private static string Compact(JsonElement geometry)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            geometry.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private sealed record Properties(string? SectorCode, string? SectorName, string? MunicipalityNis, string? MunicipalityName)
    {
        public static Properties Of(JsonElement properties)
        {
            string? sector = null, sectorName = null, nis = null, municipalityName = null;
            foreach (var property in properties.EnumerateObject())
            {
                var name = property.Name;
                if (Is(name, "cd_sector") || SectorProperty().IsMatch(name))
                {
                    sector ??= Text(property.Value);
                }
                else if (Is(name, "tx_sector_descr_nl") || Is(name, "T_SEC_NL"))
                {
                    sectorName ??= Text(property.Value);
                }
                else if (Is(name, "cd_munty_refnis") || MunicipalityProperty().IsMatch(name))
                {
                    nis ??= Text(property.Value);
                }
                else if (Is(name, "tx_munty_descr_nl") || Is(name, "T_MUN_NL"))
                {
                    municipalityName ??= Text(property.Value);
                }
            }

            return new Properties(sector, sectorName, nis, municipalityName);
        }

        private static bool Is(string name, string expected) => name.Equals(expected, StringComparison.OrdinalIgnoreCase);

        private static string? Text(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    // The code of the sector division at a date: CS01012023 is the code on 1 January 2023.
    [GeneratedRegex("^CS[0-9]{8}$", RegexOptions.IgnoreCase)]
    private static partial Regex SectorProperty();

    [GeneratedRegex("^CNIS5(_[0-9]{4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex MunicipalityProperty();
}
