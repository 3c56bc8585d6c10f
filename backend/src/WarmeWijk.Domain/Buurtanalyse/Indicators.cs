namespace WarmeWijk.Domain.Buurtanalyse;

/// <summary>
/// The indicators of the buurtanalyse. The Statbel importers produce the population, household and income ones; the
/// others come from the generic "indicator per sector per year" file (their ids are what its indicator column holds).
/// </summary>
public static class Indicators
{
    private static readonly IndicatorPart Residents = new("inwoners", "residents");
    private static readonly IndicatorPart AllHouseholds = new("huishoudens", "households");
    private static readonly IndicatorPart Declarations = new("aangiften met een inkomen", "tax returns with an income");

    public static readonly IndicatorDefinition Population = new(
        "population", "Inwoners", "Residents", IndicatorKind.Count);

    public static readonly IndicatorDefinition PopulationDensity = new(
        "population_density", "Inwoners per hectare", "Residents per hectare", IndicatorKind.Mean,
        Residents, new("oppervlakte in hectare", "area in hectares"));

    public static readonly IndicatorDefinition Share65Plus = new(
        "share_65_plus", "Aandeel 65-plussers", "Share of residents aged 65 and over", IndicatorKind.Share,
        new("inwoners van 65 jaar en ouder", "residents aged 65 and over"), Residents);

    public static readonly IndicatorDefinition Share80Plus = new(
        "share_80_plus", "Aandeel 80-plussers", "Share of residents aged 80 and over", IndicatorKind.Share,
        new("inwoners van 80 jaar en ouder", "residents aged 80 and over"), Residents);

    public static readonly IndicatorDefinition Share85Plus = new(
        "share_85_plus", "Aandeel 85-plussers", "Share of residents aged 85 and over", IndicatorKind.Share,
        new("inwoners van 85 jaar en ouder", "residents aged 85 and over"), Residents);

    public static readonly IndicatorDefinition ElderlyLivingAlone = new(
        "share_65_plus_living_alone", "Aandeel alleenwonende 65-plussers", "Share of residents aged 65 and over who live alone",
        IndicatorKind.Share,
        new("alleenwonende inwoners van 65 jaar en ouder", "residents aged 65 and over living alone"),
        new("inwoners van 65 jaar en ouder", "residents aged 65 and over"));

    public static readonly IndicatorDefinition MigrationBackground = new(
        "share_migration_background", "Aandeel inwoners met een migratieachtergrond", "Share of residents with a migration background",
        IndicatorKind.Share, new("inwoners met een migratieachtergrond", "residents with a migration background"), Residents);

    public static readonly IndicatorDefinition IncreasedAllowance = new(
        "share_increased_allowance", "Aandeel met verhoogde tegemoetkoming", "Share with increased health insurance allowance",
        IndicatorKind.Share, new("rechthebbenden op verhoogde tegemoetkoming", "entitled to the increased allowance"),
        new("verzekerden", "insured persons"), BetterDirection.Lower);

    public static readonly IndicatorDefinition Households = new(
        "households", "Huishoudens", "Households", IndicatorKind.Count);

    public static readonly IndicatorDefinition SinglePersonHouseholds = new(
        "share_single_person_households", "Aandeel eenpersoonshuishoudens", "Share of single-person households",
        IndicatorKind.Share, new("eenpersoonshuishoudens", "single-person households"), AllHouseholds);

    /// <summary>Social rental dwellings per 100 households: a share of households, as Statistiek Vlaanderen reports it.</summary>
    public static readonly IndicatorDefinition SocialRentalDwellings = new(
        "social_rental_dwellings_per_100_households", "Sociale huurwoningen per 100 huishoudens",
        "Social rental dwellings per 100 households", IndicatorKind.Share,
        new("sociale huurwoningen", "social rental dwellings"), AllHouseholds);

    public static readonly IndicatorDefinition Cars = new(
        "cars", "Personenwagens van huishoudens", "Households' cars", IndicatorKind.Count);

    public static readonly IndicatorDefinition CarsPerHousehold = new(
        "cars_per_household", "Wagens per huishouden", "Cars per household", IndicatorKind.Mean,
        new("personenwagens", "cars"), AllHouseholds);

    public static readonly IndicatorDefinition IncomeDeclarations = new(
        "income_declarations", "Aangiften met een inkomen", "Tax returns with an income", IndicatorKind.Count);

    public static readonly IndicatorDefinition TotalTaxableIncome = new(
        "total_taxable_income", "Totaal netto belastbaar inkomen", "Total net taxable income", IndicatorKind.Count);

    public static readonly IndicatorDefinition AverageTaxableIncome = new(
        "average_taxable_income", "Gemiddeld netto belastbaar inkomen per aangifte", "Average net taxable income per tax return",
        IndicatorKind.Mean, new("totaal netto belastbaar inkomen", "total net taxable income"), Declarations,
        BetterDirection.Higher);

    public static readonly IndicatorDefinition MedianTaxableIncome = new(
        "median_taxable_income", "Mediaan netto belastbaar inkomen per aangifte", "Median net taxable income per tax return",
        IndicatorKind.Median, better: BetterDirection.Higher);

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        Population, PopulationDensity, Share65Plus, Share80Plus, Share85Plus, ElderlyLivingAlone, MigrationBackground,
        IncreasedAllowance, Households, SinglePersonHouseholds, SocialRentalDwellings, Cars, CarsPerHousehold,
        IncomeDeclarations, TotalTaxableIncome, AverageTaxableIncome, MedianTaxableIncome,
    ];
}
