namespace WarmeWijk.Infrastructure.Buurtanalyse.Import;

/// <summary>
/// A column of a tabular layout, known by one or more header names (the usual one first), matched ignoring case and
/// surrounding spaces. A missing required column is a fatal error; a missing optional column reads as empty.
/// </summary>
internal sealed class TabularColumn
{
    private TabularColumn(bool isRequired, string[] names) => (IsRequired, Names) = (isRequired, names);

    public bool IsRequired { get; }

    public IReadOnlyList<string> Names { get; }

    public static TabularColumn Required(params string[] names) => new(true, names);

    public static TabularColumn Optional(params string[] names) => new(false, names);

    public override string ToString() => Names.Count == 1 ? Names[0] : $"{Names[0]} (or {string.Join(", ", Names.Skip(1))})";
}

/// <summary>The columns that the Statbel sector files share.</summary>
internal static class StatbelColumns
{
    public static readonly TabularColumn Year = TabularColumn.Required("CD_YEAR", "CD_JAAR", "JAAR");

    public static readonly TabularColumn Sector = TabularColumn.Required("CD_SECTOR", "CD_REFNIS_SECTOR");

    public static readonly TabularColumn Municipality = TabularColumn.Optional("CD_MUNTY_REFNIS", "CD_REFNIS");

    public static readonly TabularColumn SectorName = TabularColumn.Optional(
        "TX_SECTOR_DESCR_NL", "TX_DESCR_SECTOR_NL", "TX_SEC_DESCR_NL");
}
