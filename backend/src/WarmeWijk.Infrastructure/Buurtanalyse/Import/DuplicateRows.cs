using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Infrastructure.Buurtanalyse.Import;

/// <summary>
/// Remembers which (sector, year, indicator) keys an import has seen, and where: the only memory an import needs
/// that grows with the file. Sector codes and indicator ids are numbered, and keys are grouped by year and indicator,
/// so that a key costs two integers (about 30 bytes a row with the dictionaries' slack).
/// </summary>
internal sealed class DuplicateRows
{
    private readonly Dictionary<string, int> _sectors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _indicators = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Year, int Indicator), Dictionary<int, int>> _positions = [];

    /// <summary>Records the key at <paramref name="position"/>; returns the position it was first seen at, if any.</summary>
    public int? Register(SectorCode sector, int year, string? indicator, int position)
    {
        var group = (year, Number(_indicators, indicator ?? string.Empty));
        if (!_positions.TryGetValue(group, out var positions))
        {
            _positions.Add(group, positions = []);
        }

        var key = Number(_sectors, sector.Value);
        return positions.TryAdd(key, position) ? null : positions[key];
    }

    private static int Number(Dictionary<string, int> numbers, string value)
    {
        if (!numbers.TryGetValue(value, out var number))
        {
            number = numbers.Count;
            numbers.Add(value, number);
        }

        return number;
    }
}
