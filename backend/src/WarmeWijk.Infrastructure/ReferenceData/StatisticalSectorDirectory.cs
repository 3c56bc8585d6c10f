using System.Collections.Frozen;
using CsvHelper;
using WarmeWijk.Application.Common.ReferenceData;
using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Infrastructure.ReferenceData;

/// <summary>
/// The Statbel 2024 sector table (10,241 sectors of Flanders and Brussels), embedded in this assembly
/// and read once. Source: Provincies in Cijfers, statsec2024 and ggw72024 tables.
/// </summary>
public sealed class StatisticalSectorDirectory : ISectorDirectory
{
    private const string ResourceName = "WarmeWijk.ReferenceData.StatisticalSectors.csv";

    private readonly FrozenDictionary<SectorCode, StatisticalSector> _sectors = Load();

    public int Count => _sectors.Count;

    public StatisticalSector? Find(SectorCode code) => _sectors.GetValueOrDefault(code);

    public IEnumerable<StatisticalSector> All => _sectors.Values;

    private static FrozenDictionary<SectorCode, StatisticalSector> Load()
    {
        using var stream = typeof(StatisticalSectorDirectory).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var csv = CsvReader.Create(stream, options: null, leaveOpen: false);

        var sectors = new Dictionary<SectorCode, StatisticalSector>();
        csv.ReadHeader();
        while (csv.Read())
        {
            var code = SectorCode.Parse(csv.GetString("sector_code"));
            sectors[code] = new StatisticalSector(
                code,
                csv.GetString("sector_name"),
                csv.GetString("municipality_nis"),
                csv.GetString("municipality_name"),
                NullIfEmpty(csv.GetString("wijk_code")),
                NullIfEmpty(csv.GetString("wijk_name")));
        }

        return sectors.ToFrozenDictionary();
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
