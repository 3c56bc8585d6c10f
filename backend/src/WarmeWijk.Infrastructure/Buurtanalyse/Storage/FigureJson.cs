using System.Text;
using System.Text.Json;
using WarmeWijk.Domain.Buurtanalyse;
using WarmeWijk.Domain.Buurtanalyse.Data;

namespace WarmeWijk.Infrastructure.Buurtanalyse.Storage;

/// <summary>
/// The stored form of a sector's figures in one year: a JSON object per indicator with its parts, a number or "C"
/// (suppressed), absent parts left out, and "s": true for a synthetic figure, e.g.
/// <c>{"share-65-plus":{"v":21.3,"n":412,"d":1934},"median-income":{"v":"C"}}</c>. Short keys: the column holds
/// millions of them.
/// </summary>
internal static class FigureJson
{
    private static readonly JsonWriterOptions Compact = new() { Indented = false };

    public static string Write(IReadOnlyDictionary<string, StoredFigure> figures)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Compact))
        {
            json.WriteStartObject();
            foreach (var (indicator, figure) in figures)
            {
                json.WriteStartObject(indicator);
                WritePart(json, "v", figure.Value);
                WritePart(json, "n", figure.Numerator);
                WritePart(json, "d", figure.Denominator);
                if (figure.Synthetic)
                {
                    json.WriteBoolean("s", true);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static Dictionary<string, StoredFigure> Read(string text)
    {
        using var document = JsonDocument.Parse(text);
        var figures = new Dictionary<string, StoredFigure>(StringComparer.Ordinal);
        foreach (var indicator in document.RootElement.EnumerateObject())
        {
            var parts = indicator.Value;
            figures[indicator.Name] = new StoredFigure(
                ReadPart(parts, "v"), ReadPart(parts, "n"), ReadPart(parts, "d"),
                parts.TryGetProperty("s", out var synthetic) && synthetic.GetBoolean());
        }

        return figures;
    }

    private static void WritePart(Utf8JsonWriter json, string name, StatValue? part)
    {
        if (part is not { } value)
        {
            return;
        }

        if (value.Number is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteString(name, "C");
        }
    }

    private static StatValue? ReadPart(JsonElement parts, string name) =>
        !parts.TryGetProperty(name, out var part) ? null
        : part.ValueKind == JsonValueKind.Number ? StatValue.Of(part.GetDecimal())
        : StatValue.Suppressed;
}
