using System.Text.Json;
using WarmeWijk.Api.Tests.Support;

namespace WarmeWijk.Api.Tests.Fuzzing;

/// <summary>One parameter of an operation as the OpenAPI document declares it.</summary>
public sealed record OperationParameter(string Name, string Location, JsonElement Schema, bool Required = false);

/// <summary>One path + method of the committed OpenAPI document, with its parameters and request body.</summary>
public sealed record Operation(
    string Method,
    string PathTemplate,
    IReadOnlyList<OperationParameter> Parameters,
    IReadOnlyList<string> BodyContentTypes,
    JsonElement? BodySchema,
    JsonElement? FormSchema = null)
{
    public bool TakesJson => BodyContentTypes.Contains("application/json");

    public bool TakesForm => BodyContentTypes.Any(type => type is "multipart/form-data" or "application/x-www-form-urlencoded");

    public override string ToString() => $"{Method} {PathTemplate}";
}

/// <summary>Reads the operations and resolves schema references of the OpenAPI document the SPA's client is generated from.</summary>
public sealed class OpenApiOperations
{
    private readonly JsonElement _root;

    private OpenApiOperations(JsonElement root) => _root = root;

    public static OpenApiOperations LoadCommitted()
    {
        var path = Path.Combine(RepositoryPaths.Root(), "frontend", "src", "api", "openapi.json");
        return new OpenApiOperations(JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone());
    }

    public IReadOnlyList<Operation> All()
    {
        var operations = new List<Operation>();
        foreach (var path in _root.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject().Where(m => m.Name != "parameters"))
            {
                operations.Add(ReadOperation(path.Name, method.Name.ToUpperInvariant(), method.Value));
            }
        }

        return operations;
    }

    /// <summary>Follows <c>$ref</c> and single-entry <c>allOf</c> wrappers to the schema that says what a value is.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        while (true)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                var name = reference.GetString()!.Split('/')[^1];
                schema = _root.GetProperty("components").GetProperty("schemas").GetProperty(name);
            }
            else if (schema.TryGetProperty("allOf", out var allOf) && allOf.GetArrayLength() > 0)
            {
                schema = allOf[0];
            }
            else
            {
                return schema;
            }
        }
    }

    private Operation ReadOperation(string path, string method, JsonElement operation)
    {
        var parameters = operation.TryGetProperty("parameters", out var parameterArray)
            ? parameterArray.EnumerateArray()
                .Select(p => new OperationParameter(
                    p.GetProperty("name").GetString()!,
                    p.GetProperty("in").GetString()!,
                    p.TryGetProperty("schema", out var schema) ? Resolve(schema) : default,
                    p.TryGetProperty("required", out var required) && required.GetBoolean()))
                .ToList()
            : [];
        var contentTypes = new List<string>();
        JsonElement? bodySchema = null;
        JsonElement? formSchema = null;
        if (operation.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content))
        {
            foreach (var media in content.EnumerateObject())
            {
                contentTypes.Add(media.Name);
                if (media.Name == "application/json" && media.Value.TryGetProperty("schema", out var schema))
                {
                    bodySchema = Resolve(schema);
                }
                else if (media.Name == "multipart/form-data" && media.Value.TryGetProperty("schema", out var form))
                {
                    formSchema = Resolve(form);
                }
            }
        }

        return new Operation(method, path, parameters, contentTypes, bodySchema, formSchema);
    }
}
