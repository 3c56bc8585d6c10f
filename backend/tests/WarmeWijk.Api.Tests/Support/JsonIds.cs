using System.Text.Json;

namespace WarmeWijk.Api.Tests.Support;

/// <summary>The ids in a JSON answer.</summary>
public static class JsonIds
{
    /// <summary>Adds every GUID held by a property whose name ends in "id", at any depth.</summary>
    public static void Collect(JsonElement element, ISet<string> ids)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String
                        && Guid.TryParse(property.Value.GetString(), out _))
                    {
                        ids.Add(property.Value.GetString()!);
                    }

                    Collect(property.Value, ids);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, ids);
                }

                break;
        }
    }
}
