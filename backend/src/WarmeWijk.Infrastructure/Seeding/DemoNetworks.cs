namespace WarmeWijk.Infrastructure.Seeding;

/// <summary>
/// A demo network; <paramref name="PostalCode"/> is the neighbourhood's real postal code (for the addresses of its synthetic
/// residents) and <paramref name="HistoryRequests"/> how many help requests its demo history of the last two years has.
/// </summary>
internal sealed record DemoNetwork(
    string Slug,
    string Name,
    string NeighbourhoodName,
    string[] SectorCodes,
    string PartnerName,
    (string Coordinator, string FieldWorker, string Analyst, string Admin) People,
    string PostalCode,
    int HistoryRequests);

/// <summary>
/// The six Warme Wijken of the training and the Oud-Oefenplein estate, with their real Statbel sectors.
/// The people and partner names are synthetic.
/// </summary>
public static class DemoNetworks
{
    public const string Password = "WarmeWijk-demo-2026";

    public static int Count => All.Length;

    /// <summary>The help requests of all demo histories together (with <see cref="DemoOptions.History"/>).</summary>
    public static int HistoryRequests => All.Sum(n => n.HistoryRequests);

    internal static readonly DemoNetwork[] All =
    [
        new("kiel", "Warme Wijk Kiel", "Kiel",
            ["11002F11-", "11002F12-", "11002F60-", "11002F61-", "11002F62-", "11002F64-", "11002F65-"],
            "OCMW Antwerpen – sociaal huis Kiel", ("Sofie Peeters", "Yassin El Amrani", "Lotte Janssens", "Bart Claes"), "2020", 400),
        new("groenenhoek", "Warme Wijk Berchem – Groenenhoek", "Groenenhoek (Binnenplein)",
            ["11002T22-"],
            "Lokaal dienstencentrum Groenenhoek", ("An Wouters", "Koen De Smet", "Nathalie Maes", "Pieter Jacobs"), "2600", 300),

        // Statbel has no sector named Nieuwland; the two central Zwijndrecht sectors stand in for it.
        new("zwijndrecht", "Warme Wijk Zwijndrecht – Nieuwland", "Nieuwland",
            ["11056A00-", "11056A01-"],
            "CAW Antwerpen – onthaal Zwijndrecht", ("Els Mertens", "Tom Willems", "Griet Goossens", "Jef Hermans"), "2070", 260),
        new("kapellen", "Warme Wijk Kapellen-Centrum", "Kapellen-Centrum",
            ["11023A00-"],
            "Huisartsenpraktijk De Linde", ("Inge Verhoeven", "Mohamed Bakkali", "Karen Aerts", "Dirk Van den Broeck"), "2950", 250),
        new("lier", "Warme Wijk Lier-Centrum", "Lier-Centrum",
            ["12021A00-", "12021A01-", "12021A02-", "12021A03-"],
            "Woonzorgcentrum Sint-Gummarus", ("Katrien Michiels", "Ruben Vermeulen", "Sarah Pauwels", "Wim Lenaerts"), "2500", 330),
        new("herentals", "Warme Wijk Herentals – Sint-Janneke", "Sint-Janneke",
            ["13011A212"],
            "Thuiszorg Kempen", ("Hilde Verstraeten", "Stijn Van Dyck", "Eva Smets", "Luc Geens"), "2200", 280),
        new("oud-oefenplein", "Zorg voor de buurt – Oud-Oefenplein", "Oud-Oefenplein",
            ["12025A61-"],
            "Woonpunt Mechelen", ("Fatima Ouali", "Jonas De Backer", "Marieke Stevens", "Geert Van Looy"), "2800", 350),
    ];
}
