namespace WarmeWijk.Domain.Buurtanalyse;

/// <summary>An indicator's value for a reference area (a municipality, Flanders) that a neighbourhood is compared with.</summary>
public sealed record ReferenceValue(string IndicatorId, string Area, int Year, decimal Value, string Source);

/// <summary>Published values for Flanders (the Flemish Region), from the sources named on each.</summary>
public static class FlandersReferences
{
    public const string Area = "Vlaanderen";

    public static IReadOnlyList<ReferenceValue> All { get; } =
    [
        new(Indicators.Share65Plus.Id, Area, 2025, 21.7m, "Statbel (be.STAT), 1 January 2025: 1,491,651 of 6,864,766 residents"),
        new(Indicators.Share85Plus.Id, Area, 2023, 3.3m, "Statistiek Vlaanderen"),
        new(Indicators.SinglePersonHouseholds.Id, Area, 2022, 33m, "Statistiek Vlaanderen, huishoudtypes"),
        new(Indicators.IncreasedAllowance.Id, Area, 2017, 15.3m, "Sickness funds (IMA data)"),
        new(Indicators.SocialRentalDwellings.Id, Area, 2017, 6m, "Statistiek Vlaanderen"),
    ];
}
