using System.Globalization;

namespace WarmeWijk.Domain.Matching;

/// <summary>A sentence for the coordinator in Dutch (nl-BE) and English.</summary>
public sealed record LocalizedText(string Nl, string En)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Formats each sentence's numbers and dates in its own culture ("7,4 km" and "7.4 km").</summary>
    public static LocalizedText Format(FormattableString nl, FormattableString en) => new(nl.ToString(Dutch), en.ToString(English));
}
