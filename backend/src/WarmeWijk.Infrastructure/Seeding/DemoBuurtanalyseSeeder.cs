using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Buurtanalyse;
using WarmeWijk.Domain.Buurtanalyse;
using WarmeWijk.Domain.Buurtanalyse.Data;
using WarmeWijk.Infrastructure.Persistence;
using WarmeWijk.Infrastructure.ReferenceData;

namespace WarmeWijk.Infrastructure.Seeding;

/// <summary>
/// Synthetic buurtanalyse data for the demo: made-up but plausible figures for 2020–2024 for every sector of the demo
/// neighbourhoods' municipalities (so the municipality comparison works), and simplified boundaries (a jittered grid of
/// quadrilaterals around an approximate centre, not the real sector shapes) for the demo neighbourhoods. Both go through
/// the normal import, as files of the generic and GeoJSON layouts, recorded as synthetic imports so the API and the SPA
/// say so. Seeded once: skipped when a synthetic import exists.
/// </summary>
public sealed class DemoBuurtanalyseSeeder(AppDbContext db, StatisticalSectorDirectory directory, IDatasetImportRunner runner)
{
    public const string ImportedBy = "WarmeWijk demo (synthetic data)";

    private const int FirstYear = 2020;
    private const int LastYear = 2024;

    /// <summary>Approximate centres (longitude, latitude) of the demo neighbourhoods, by their first sector.</summary>
    private static readonly Dictionary<string, (double Lon, double Lat)> Centres = new(StringComparer.Ordinal)
    {
        ["11002F11-"] = (4.392, 51.192),
        ["11002T22-"] = (4.437, 51.190),
        ["11056A00-"] = (4.330, 51.217),
        ["11023A00-"] = (4.433, 51.314),
        ["12021A00-"] = (4.570, 51.131),
        ["13011A212"] = (4.830, 51.180),
        ["12025A61-"] = (4.470, 51.040),
    };

    /// <summary>How each demo neighbourhood differs from its municipality, so the knipperlichten have something to show.</summary>
    private static readonly Dictionary<string, Profile> Profiles = new(StringComparer.Ordinal)
    {
        ["11002F11-"] = new(Elderly: 0.75, Migration: 1.9, Allowance: 2.0, Income: 0.72, SinglePerson: 1.2, SocialRent: 3.5),
        ["11002T22-"] = new(Elderly: 1.35, Migration: 0.9, Allowance: 1.1, Income: 0.95, SinglePerson: 1.3, SocialRent: 1.0),
        ["11056A00-"] = new(Elderly: 1.2, Migration: 1.1, Allowance: 1.3, Income: 0.9, SinglePerson: 1.1, SocialRent: 2.0),
        ["11023A00-"] = new(Elderly: 1.3, Migration: 0.8, Allowance: 0.8, Income: 1.15, SinglePerson: 1.2, SocialRent: 0.6),
        ["12021A00-"] = new(Elderly: 1.25, Migration: 1.0, Allowance: 1.1, Income: 0.92, SinglePerson: 1.45, SocialRent: 1.2),
        ["13011A212"] = new(Elderly: 1.5, Migration: 0.9, Allowance: 1.2, Income: 0.88, SinglePerson: 1.3, SocialRent: 1.6),
        ["12025A61-"] = new(Elderly: 1.1, Migration: 1.6, Allowance: 2.3, Income: 0.7, SinglePerson: 1.6, SocialRent: 8.0),
    };

    /// <summary>How the demo neighbourhood that starts with <paramref name="firstSector"/> compares with its municipality in age and migration background.</summary>
    internal static (double Elderly, double Migration) ProfileOf(string firstSector)
    {
        var profile = Profiles.GetValueOrDefault(firstSector, Profile.Average);
        return (profile.Elderly, profile.Migration);
    }

    public async Task SeedAsync(IEnumerable<IReadOnlyList<string>> neighbourhoods, CancellationToken cancellationToken = default)
    {
        if (await db.DatasetImports.AnyAsync(i => i.IsSynthetic, cancellationToken))
        {
            return;
        }

        var areas = neighbourhoods.ToList();
        var profileOf = areas.SelectMany(codes => codes.Select(code => (code, Profiles.GetValueOrDefault(codes[0], Profile.Average))))
            .ToDictionary(p => p.code, p => p.Item2, StringComparer.Ordinal);
        var municipalities = areas.SelectMany(codes => codes).Select(code => directory.All.First(s => s.Code.Value == code).MunicipalityNis).ToHashSet();
        var sectors = directory.All.Where(s => municipalities.Contains(s.MunicipalityNis)).Select(s => s.Code.Value).Order(StringComparer.Ordinal).ToList();

        await ImportAsync(DatasetKind.IndicatorValues, "warmewijk-demo-synthetic-indicators.csv", Figures(sectors, profileOf), cancellationToken);
        await ImportAsync(DatasetKind.SectorBoundaries, "warmewijk-demo-synthetic-boundaries.geojson", Boundaries(areas), cancellationToken);
    }

    private async Task ImportAsync(DatasetKind kind, string fileName, string content, CancellationToken cancellationToken)
    {
        await using var file = new MemoryStream(Encoding.UTF8.GetBytes(content));
        var import = await runner.RunAsync(
            new DatasetUpload(Guid.CreateVersion7(), kind, null, fileName, file, null, null, ImportedBy, IsSynthetic: true), cancellationToken);
        if (import.Status != DatasetImportStatus.Succeeded)
        {
            throw new InvalidOperationException(
                $"The synthetic {kind} data was not imported: {import.FatalError ?? string.Join("; ", import.Rejections.Select(r => $"line {r.Line}: {r.Reason}"))}");
        }
    }

    private static string Figures(IEnumerable<string> sectors, Dictionary<string, Profile> profileOf)
    {
        var csv = new StringBuilder("sector_code,year,indicator,value,numerator,denominator\n");
        foreach (var code in sectors)
        {
            var random = new Random(StableSeed(code));
            var profile = profileOf.GetValueOrDefault(code, Profile.Average);
            var population = random.Next(450, 2600);
            var area = Math.Round(8 + random.NextDouble() * 60, 1);
            var elderly = Math.Min(0.45, (0.16 + random.NextDouble() * 0.07) * profile.Elderly);
            var migration = Math.Min(0.85, (0.18 + random.NextDouble() * 0.15) * profile.Migration);
            var allowance = Math.Min(0.6, (0.12 + random.NextDouble() * 0.06) * profile.Allowance);
            var singlePerson = Math.Min(0.75, (0.3 + random.NextDouble() * 0.08) * profile.SinglePerson);
            var socialRent = Math.Min(0.6, (0.02 + random.NextDouble() * 0.05) * profile.SocialRent);
            var income = (27_000 + random.NextDouble() * 9_000) * profile.Income;
            for (var year = FirstYear; year <= LastYear; year++)
            {
                // Slow drifts: ageing, smaller households, income following indexation.
                var t = year - FirstYear;
                var residents = (int)Math.Round(population * (1 + (0.004 * t)) + random.Next(-15, 16));
                var aged65 = (int)Math.Round(residents * (elderly + (0.002 * t)));
                var households = (int)Math.Round(residents / (2.25 - (0.01 * t)));
                var declarations = (int)Math.Round(residents * 0.56);
                var average = income * (1 + (0.025 * t));
                var total = Math.Round(declarations * average);
                Share(csv, code, year, Indicators.Share65Plus, aged65, residents);
                Share(csv, code, year, Indicators.Share80Plus, (int)Math.Round(aged65 * 0.3), residents);
                Share(csv, code, year, Indicators.Share85Plus, (int)Math.Round(aged65 * 0.14), residents);
                Share(csv, code, year, Indicators.ElderlyLivingAlone, (int)Math.Round(aged65 * (0.3 + (0.05 * profile.SinglePerson))), aged65);
                Share(csv, code, year, Indicators.MigrationBackground, (int)Math.Round(residents * (migration + (0.004 * t))), residents);
                Share(csv, code, year, Indicators.IncreasedAllowance, (int)Math.Round(residents * allowance), residents);
                Share(csv, code, year, Indicators.SinglePersonHouseholds, (int)Math.Round(households * (singlePerson + (0.003 * t))), households);
                Share(csv, code, year, Indicators.SocialRentalDwellings, (int)Math.Round(households * socialRent), households);
                Share(csv, code, year, Indicators.PopulationDensity, residents, area);
                Share(csv, code, year, Indicators.AverageTaxableIncome, total, declarations);
                Value(csv, code, year, Indicators.Population, residents);
                Value(csv, code, year, Indicators.Households, households);
                Value(csv, code, year, Indicators.IncomeDeclarations, declarations);
                Value(csv, code, year, Indicators.TotalTaxableIncome, total);
                Value(csv, code, year, Indicators.MedianTaxableIncome, Math.Round(average * 0.86));
            }
        }

        return csv.ToString();
    }

    private static void Share(StringBuilder csv, string code, int year, IndicatorDefinition indicator, double numerator, double denominator)
    {
        var value = denominator == 0 ? 0 : (indicator.Kind == IndicatorKind.Share ? 100 : 1) * numerator / denominator;
        csv.Append(CultureInfo.InvariantCulture, $"{code},{year},{indicator.Id},{value:0.####},{numerator:0.#},{denominator:0.#}\n");
    }

    private static void Value(StringBuilder csv, string code, int year, IndicatorDefinition indicator, double value) =>
        csv.Append(CultureInfo.InvariantCulture, $"{code},{year},{indicator.Id},{value:0.#},,\n");

    private static string Boundaries(IEnumerable<IReadOnlyList<string>> areas)
    {
        var features = new List<string>();
        foreach (var codes in areas)
        {
            var (lon, lat) = Centres.GetValueOrDefault(codes[0], (4.4, 51.2));
            var columns = (int)Math.Ceiling(Math.Sqrt(codes.Count));
            var rows = (int)Math.Ceiling(codes.Count / (double)columns);
            const double width = 0.0065, height = 0.0042;
            var random = new Random(StableSeed(codes[0]));

            // Shared, jittered grid corners: neighbouring quadrilaterals fit without gaps.
            var corners = new (double X, double Y)[columns + 1, rows + 1];
            for (var i = 0; i <= columns; i++)
            {
                for (var j = 0; j <= rows; j++)
                {
                    var inner = i > 0 && i < columns && j > 0 && j < rows;
                    var jitter = inner ? 0.3 : 0.12;
                    corners[i, j] = (
                        lon + ((i - (columns / 2.0)) * width) + ((random.NextDouble() - 0.5) * jitter * width),
                        lat + ((j - (rows / 2.0)) * height) + ((random.NextDouble() - 0.5) * jitter * height));
                }
            }

            for (var k = 0; k < codes.Count; k++)
            {
                var (i, j) = (k % columns, rows - 1 - (k / columns));
                var ring = new[] { corners[i, j], corners[i + 1, j], corners[i + 1, j + 1], corners[i, j + 1], corners[i, j] };
                var coordinates = string.Join(',', ring.Select(p => string.Create(CultureInfo.InvariantCulture, $"[{p.X:0.000000},{p.Y:0.000000}]")));
                features.Add($$$"""{"type":"Feature","properties":{"cd_sector":"{{{codes[k]}}}","synthetic":true},"geometry":{"type":"Polygon","coordinates":[[{{{coordinates}}}]]}}""");
            }
        }

        return $$"""{"type":"FeatureCollection","features":[{{string.Join(",\n", features)}}]}""";
    }

    // string.GetHashCode differs per process; the demo must look the same on every start.
    private static int StableSeed(string code) => code.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));

    private sealed record Profile(double Elderly, double Migration, double Allowance, double Income, double SinglePerson, double SocialRent)
    {
        public static readonly Profile Average = new(1, 1, 1, 1, 1, 1);
    }
}
