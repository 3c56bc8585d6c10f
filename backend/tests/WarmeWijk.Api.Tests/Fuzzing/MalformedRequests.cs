using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WarmeWijk.Api.Tests.Fuzzing;

/// <summary>A request the fuzzer sends: what it tries (<see cref="Case"/>) and how to build it afresh.</summary>
public sealed record FuzzRequest(Operation Operation, string Case, string Path, Func<HttpRequestMessage> Build);

/// <summary>
/// Derives malformed requests for one operation from its OpenAPI description: bad path, query and header values, and
/// request bodies that break the declared schema (wrong types, missing and unknown fields, huge and odd strings,
/// extreme numbers, invalid JSON, wrong content types). All randomness comes from the one seeded <see cref="Random"/>.
/// </summary>
/// <param name="realIds">Ids that exist, per collection path (e.g. "/api/v1/help-requests"), substituted for some path parameters.</param>
public sealed class MalformedRequests(OpenApiOperations document, Random random, IReadOnlyDictionary<string, IReadOnlyList<string>> realIds)
{
    private const string RawPlaceholder = "raw-token-placeholder";

    private static readonly string HugeString = new('x', 100 * 1024);

    /// <summary>JSON tokens written as they are (lone surrogates, NUL, RTL marks, overflowing numbers, wrong types).</summary>
    private static readonly string[] OddJsonValues =
    [
        "\"\\ud800\"", "\"a\\udc00b\"", "\"\\u0000\"", "\"\\u202Eevil\\u202C\"", "\"\\u200F\\u200E\"", "\"😀👩‍👩‍👧‍👦\"",
        "\"e\\u0301\\u0301\\u0301\\u0301\"", "\"\"", "\"   \"", "\"<script>alert(1)</script>\"", "\"'; DROP TABLE x;--\"",
        "1e308", "-1e308", "1e400", "-1", "0", "2147483648", "-9223372036854775809", "99999999999999999999999",
        "1.5", "\"NaN\"", "\"Infinity\"", "true", "null", "[]", "{}", "[[[[[[[[[[]]]]]]]]]]", "\"0001-01-01\"",
        "\"9999-12-31T23:59:59Z\"", "\"not-a-date\"", "\"00000000-0000-0000-0000-000000000000\"",
    ];

    private static readonly string[] BogusPathValues =
    [
        "not-a-guid", "00000000-0000-0000-0000-000000000000", "-1", "0", "99999999999999999999", "..", "%00", "null",
        "😀", "\u202Eabc", new string('a', 3000), "a b", "1e308", "true",
    ];

    private static readonly string[] BogusQueryValues =
    [
        "abc", "-1", "0", "2147483648", "99999999999999999999", "1e308", "NaN", "", "true", "null",
        "not-a-guid", "😀", "\u0000", new string('q', 5000), "%", "Crisis,Low",
    ];

    private static readonly string[] BogusHeaderValues =
    [
        "garbage", "\"\"", "*", "W/\"1\"", "\"1\", \"2\"", "\"abc", new string('k', 8000), "-1", "\"AAAAAAAAAAAAAAAAAAAA\"",
    ];

    public IEnumerable<FuzzRequest> For(Operation operation, int count)
    {
        var generators = new List<Func<Operation, FuzzRequest>> { BogusPathParameters, BogusQuery, BogusHeaders };
        if (operation.TakesJson && operation.BodySchema is not null)
        {
            generators.AddRange([WrongPropertyValue, MissingProperty, UnknownProperty, HugeProperty, InvalidJson,
                EmptyBody, WrongContentType, WrongRootType]);
        }
        else if (operation.TakesForm)
        {
            // Form endpoints (token, data-set upload) only get junk forms and JSON where a form is expected:
            // their content is a file or OAuth fields, not a schema the document describes property by property.
            generators.AddRange([JunkForm, EmptyBody, WrongContentType]);
        }
        else
        {
            generators.Add(UnexpectedBody);
        }

        for (var i = 0; i < count; i++)
        {
            yield return generators[random.Next(generators.Count)](operation);
        }
    }

    /// <summary>
    /// A request that follows the document: required query parameters, a body or form the schema accepts. It finds out
    /// which signed-in client may call the operation, and the authorization tests send it to every role.
    /// </summary>
    /// <param name="pathValues">Values for path parameters by name (e.g. another network's ids); the others are filled as usual.</param>
    public FuzzRequest WellFormed(Operation operation, IReadOnlyDictionary<string, string>? pathValues = null)
    {
        var path = FillPath(operation, pathValues: pathValues);
        var query = operation.Parameters.Where(p => p is { Location: "query", Required: true })
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(SampleText(p.Schema))}")
            .ToList();
        var content = operation.FormSchema is { } form && !operation.TakesJson ? ValidForm(form) : ValidBodyOrNone(operation);
        return Request(operation, "well-formed", query.Count == 0 ? path : path + "?" + string.Join('&', query), content, ifMatch: true);
    }

    private FuzzRequest BogusPathParameters(Operation operation) =>
        Request(operation, "bogus path parameters", FillPath(operation, bogus: true), ValidBodyOrNone(operation));

    private FuzzRequest BogusQuery(Operation operation)
    {
        var query = operation.Parameters.Where(p => p.Location == "query").ToList();
        if (query.Count == 0)
        {
            var undeclared = $"?unknown={Uri.EscapeDataString(Pick(BogusQueryValues))}";
            return Request(operation, "undeclared query parameter", FillPath(operation) + undeclared, ValidBodyOrNone(operation));
        }

        var pairs = query.Where(_ => random.Next(2) == 0).DefaultIfEmpty(Pick(query))
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(Pick(BogusQueryValues))}");
        return Request(operation, "bad query values", FillPath(operation) + "?" + string.Join('&', pairs), ValidBodyOrNone(operation));
    }

    private FuzzRequest BogusHeaders(Operation operation)
    {
        var value = Pick(BogusHeaderValues);
        var header = random.Next(2) == 0 ? "If-Match" : "Idempotency-Key";
        return Request(operation, $"bogus {header}", FillPath(operation), ValidBodyOrNone(operation),
            request => request.Headers.TryAddWithoutValidation(header, value));
    }

    private FuzzRequest WrongPropertyValue(Operation operation)
    {
        var body = ValidSample(operation.BodySchema!.Value, depth: 0).AsObject();
        var property = PickProperty(body);
        var token = Pick(OddJsonValues);
        body[property] = RawPlaceholder;
        return JsonRequest(operation, $"{property} = {Shorten(token)}", body, token);
    }

    private FuzzRequest MissingProperty(Operation operation)
    {
        var body = ValidSample(operation.BodySchema!.Value, depth: 0).AsObject();
        var property = PickProperty(body);
        body.Remove(property);
        return JsonRequest(operation, $"without {property}", body);
    }

    private FuzzRequest UnknownProperty(Operation operation)
    {
        var body = ValidSample(operation.BodySchema!.Value, depth: 0).AsObject();
        body["unexpected" + random.Next(1000)] = RawPlaceholder;
        return JsonRequest(operation, "unknown property", body, Pick(OddJsonValues));
    }

    private FuzzRequest HugeProperty(Operation operation)
    {
        var body = ValidSample(operation.BodySchema!.Value, depth: 0).AsObject();
        var property = PickProperty(body);
        body[property] = HugeString;
        return JsonRequest(operation, $"{property} = 100 KB string", body);
    }

    private FuzzRequest WrongRootType(Operation operation)
    {
        var root = Pick(new[] { "[]", "\"text\"", "42", "null", "[{}]" });
        return Request(operation, $"body is {root}", FillPath(operation), () => Json(root));
    }

    private FuzzRequest InvalidJson(Operation operation)
    {
        var valid = Serialize(ValidSample(operation.BodySchema!.Value, depth: 0));
        var (name, text) = random.Next(5) switch
        {
            0 => ("truncated JSON", valid[..Math.Max(1, valid.Length / 2)]),
            1 => ("trailing comma", valid.Length > 2 ? valid[..^1] + ",}" : "{,}"),
            2 => ("single quotes", valid.Replace('"', '\'')),
            3 => ("comment in JSON", "/* c */" + valid),
            _ => ("deeply nested JSON", new string('[', 5000) + new string(']', 5000)),
        };
        return Request(operation, name, FillPath(operation), () => Json(text));
    }

    private FuzzRequest EmptyBody(Operation operation) =>
        Request(operation, "empty body", FillPath(operation), () => Json(string.Empty));

    private FuzzRequest WrongContentType(Operation operation)
    {
        var valid = operation.BodySchema is { } schema ? Serialize(ValidSample(schema, depth: 0)) : "{}";
        if (!operation.TakesJson)
        {
            return Request(operation, "content type application/json on a form endpoint", FillPath(operation), () => Json(valid));
        }

        return random.Next(4) switch
        {
            0 => Request(operation, "content type text/plain", FillPath(operation),
                () => new StringContent(valid, Encoding.UTF8, "text/plain")),
            1 => Request(operation, "content type application/xml", FillPath(operation),
                () => new StringContent("<a><b>1</b></a>", Encoding.UTF8, "application/xml")),
            2 => Request(operation, "content type multipart/form-data", FillPath(operation),
                () => new MultipartFormDataContent { { new StringContent(valid), "body" } }),
            _ => Request(operation, "no content type", FillPath(operation), () =>
            {
                var content = new ByteArrayContent(Encoding.UTF8.GetBytes(valid));
                content.Headers.ContentType = null;
                return content;
            }),
        };
    }

    private FuzzRequest JunkForm(Operation operation)
    {
        var value = random.Next(3) switch { 0 => HugeString, 1 => "\u0000\u202E😀", _ => string.Empty };
        return Request(operation, "junk form", FillPath(operation), () =>
        {
            var form = new MultipartFormDataContent
            {
                { new StringContent(value), Pick(new[] { "grant_type", "client_id", "file", "kind", "junk" }) },
                { new ByteArrayContent([0xFF, 0xFE, 0x00, 0x01]), "file", "data.csv" },
            };
            return form;
        });
    }

    private FuzzRequest UnexpectedBody(Operation operation) =>
        Request(operation, "body where none is expected", FillPath(operation), () => Json("{\"x\": \"\\ud800\"}"));

    private FuzzRequest JsonRequest(Operation operation, string name, JsonNode body, string? rawToken = null)
    {
        var text = Serialize(body, rawToken);
        return Request(operation, name, FillPath(operation), () => Json(text));
    }

    private FuzzRequest Request(Operation operation, string name, string path, Func<HttpContent>? content,
        Action<HttpRequestMessage>? configure = null, bool ifMatch = false)
    {
        var idempotencyKey = RandomGuid();
        var sendsIfMatch = random.Next(2) == 0 || ifMatch;
        return new FuzzRequest(operation, name, path, () =>
        {
            var request = new HttpRequestMessage(new HttpMethod(operation.Method), path) { Content = content?.Invoke() };
            // Well-formed defaults so the request gets past the header checks and its body is read; the header
            // cases replace them with bogus values.
            if (operation.Parameters.Any(p => p.Name == "Idempotency-Key"))
            {
                request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
            }

            if (sendsIfMatch && operation.Parameters.Any(p => p.Name == "If-Match"))
            {
                request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            }

            if (configure is not null)
            {
                request.Headers.Remove("If-Match");
                request.Headers.Remove("Idempotency-Key");
                configure(request);
            }

            return request;
        });
    }

    private Func<HttpContent>? ValidBodyOrNone(Operation operation)
    {
        if (operation.BodySchema is not { } schema)
        {
            return null;
        }

        var text = Serialize(ValidSample(schema, depth: 0));
        return () => Json(text);
    }

    private string FillPath(Operation operation, bool bogus = false, IReadOnlyDictionary<string, string>? pathValues = null)
    {
        var path = operation.PathTemplate;
        foreach (var parameter in operation.Parameters.Where(p => p.Location == "path"))
        {
            string value;
            if (bogus)
            {
                value = Pick(BogusPathValues);
            }
            else if (RealIdsFor(path) is { Count: > 0 } ids && random.Next(2) == 0)
            {
                value = Pick(ids);
            }
            else
            {
                value = RandomGuid();
            }

            // After the random draws above, so that the fuzzer's sequence stays the same for a given seed.
            if (pathValues?.TryGetValue(parameter.Name, out var given) == true)
            {
                value = given;
            }
            else if (!bogus && parameter.Schema.ValueKind == JsonValueKind.Object && parameter.Schema.TryGetProperty("enum", out _))
            {
                value = SampleText(parameter.Schema);
            }

            path = path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        return path;
    }

    /// <summary>Ids of the collection the still unfilled path parameter belongs to, or else of any collection.</summary>
    private IReadOnlyList<string> RealIdsFor(string path)
    {
        var collection = path[..path.IndexOf('{', StringComparison.Ordinal)].TrimEnd('/');
        return realIds.TryGetValue(collection, out var ids) ? ids : realIds.Values.SelectMany(i => i).ToList();
    }

    /// <summary>A multipart form with each field of the schema: a small CSV for a file, a sample for the rest.</summary>
    private Func<HttpContent> ValidForm(JsonElement schema)
    {
        var fields = schema.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => (p.Name, Schema: document.Resolve(p.Value))).ToList()
            : [];
        return () =>
        {
            var form = new MultipartFormDataContent();
            foreach (var (name, field) in fields)
            {
                if (field.TryGetProperty("format", out var format) && format.GetString() == "binary")
                {
                    form.Add(new ByteArrayContent("a;b\n1;2\n"u8.ToArray()), name, "data.csv");
                }
                else
                {
                    form.Add(new StringContent(SampleText(field)), name);
                }
            }

            return form;
        };
    }

    /// <summary>A value of a query, path or form parameter that its schema accepts; the same each time (no random draw).</summary>
    private string SampleText(JsonElement schema)
    {
        schema = document.Resolve(schema);
        if (schema.TryGetProperty("enum", out var values))
        {
            return values[0].ToString();
        }

        var type = schema.TryGetProperty("type", out var declared) ? declared.GetString() : "string";
        var format = schema.TryGetProperty("format", out var declaredFormat) ? declaredFormat.GetString() : null;
        return (type, format) switch
        {
            ("integer", _) => "2025",
            ("number", _) => "1.5",
            ("boolean", _) => "true",
            (_, "uuid") => Guid.Empty.ToString(),
            (_, "date") => "2026-01-15",
            (_, "date-time") => "2026-01-15T10:00:00Z",
            (_, "time") => "10:00:00",
            _ => "fuzz",
        };
    }

    /// <summary>A body that follows the schema, so that one mutation at a time is what the API has to reject.</summary>
    private JsonNode ValidSample(JsonElement schema, int depth)
    {
        schema = document.Resolve(schema);
        if (schema.TryGetProperty("enum", out var values))
        {
            return JsonValue.Create(values[random.Next(values.GetArrayLength())].ToString());
        }

        var type = schema.TryGetProperty("type", out var declared) ? declared.GetString() : "object";
        var format = schema.TryGetProperty("format", out var declaredFormat) ? declaredFormat.GetString() : null;
        return type switch
        {
            "object" => SampleObject(schema, depth),
            "array" when depth < 4 && schema.TryGetProperty("items", out var items) => new JsonArray(ValidSample(items, depth + 1)),
            "array" => new JsonArray(),
            "integer" => JsonValue.Create(random.Next(1, 5)),
            "number" => JsonValue.Create(random.Next(1, 50) / 10.0),
            "boolean" => JsonValue.Create(true),
            _ => format switch
            {
                "uuid" => JsonValue.Create(RandomGuid()),
                "date" => JsonValue.Create("2026-01-15"),
                "date-time" => JsonValue.Create("2026-01-15T10:00:00Z"),
                "time" => JsonValue.Create("10:00:00"),
                "uri" => JsonValue.Create("https://example.org/hook"),
                "email" => JsonValue.Create("fuzz@example.org"),
                _ => JsonValue.Create("fuzz"),
            },
        };
    }

    private JsonObject SampleObject(JsonElement schema, int depth)
    {
        var result = new JsonObject();
        if (depth < 4 && schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                result[property.Name] = ValidSample(property.Value, depth + 1);
            }
        }

        return result;
    }

    private string PickProperty(JsonObject body) =>
        body.Count == 0 ? "missing" : body.ElementAt(random.Next(body.Count)).Key;

    /// <summary>A GUID from the seeded generator, so a failing run can be replayed request for request.</summary>
    private string RandomGuid()
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Writes the body; the placeholder, if any, becomes the raw token, so the API's parser meets it unchanged.</summary>
    private static string Serialize(JsonNode node, string? rawToken = null)
    {
        var text = node.ToJsonString();
        return rawToken is null ? text : text.Replace($"\"{RawPlaceholder}\"", rawToken, StringComparison.Ordinal);
    }

    private static StringContent Json(string text) => new(text, new MediaTypeHeaderValue("application/json", "utf-8"));

    private static string Shorten(string text) =>
        text.Length <= 30 ? text : text[..30] + "…";
}
