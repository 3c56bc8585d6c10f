using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using WarmeWijk.Api.Endpoints;
using WarmeWijk.Api.Idempotency;

namespace WarmeWijk.Api.OpenApi;

internal static class OpenApiSetup
{
    public const string DocumentPath = "/swagger/v1/swagger.json";
    private const string BearerScheme = "Bearer";

    public static IServiceCollection AddWarmeWijkOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "WarmeWijk API",
                Version = "v1",
                Description = "The open API of WarmeWijk, the working system of zorgzame buurten / Warme Wijken. Errors are RFC 9457 problem details.",
            });
            options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An access token from POST /api/v1/auth/login (staff) or POST /api/v1/auth/token (partner clients).",
            });
            options.OperationFilter<BearerRequirementFilter>();
            options.OperationFilter<ConcurrencyHeadersFilter>();
            options.SupportNonNullableReferenceTypes();
            // Lets a nullable reference (e.g. an optional home location) say so: allOf [$ref] with nullable: true.
            options.UseAllOfToExtendReferenceSchemas();
            options.CustomSchemaIds(SchemaId);
        });
        return services;
    }

    /// <summary>"HelpRequestDto" becomes "HelpRequest"; "ListResponse&lt;HelpCategoryDto&gt;" becomes "HelpCategoryList".</summary>
    private static string SchemaId(Type type)
    {
        static string Clean(string name) => name.Replace("Dto", string.Empty, StringComparison.Ordinal);
        if (!type.IsGenericType)
        {
            return Clean(type.Name);
        }

        var generic = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)].Replace("Response", string.Empty, StringComparison.Ordinal);
        return string.Concat(type.GetGenericArguments().Select(SchemaId)) + generic;
    }

    /// <summary>Marks every operation that needs a token, so the document says which ones are public.</summary>
    private sealed class BearerRequirementFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
            {
                return;
            }

            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [],
            });
        }
    }

    /// <summary>Documents the Idempotency-Key and If-Match request headers and the ETag response header.</summary>
    private sealed class ConcurrencyHeadersFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IdempotencyMetadata>().FirstOrDefault() is { } idempotency)
            {
                AddHeader(operation, IdempotencyFilter.Header, idempotency.Required,
                    "A unique key (e.g. a UUID) per logical request. A retry with the same key and body returns the first response; the same key with another body is 422.");
            }

            if (metadata.OfType<IfMatchMetadata>().Any())
            {
                AddHeader(operation, "If-Match", required: false,
                    "The ETag from your last read of the resource. Missing: 428; stale (someone else changed it): 412.");
            }
        }

        private static void AddHeader(OpenApiOperation operation, string name, bool required, string description)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Header,
                Required = required,
                Description = description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
    }
}
