using System.Globalization;
using Microsoft.Net.Http.Headers;
using WarmeWijk.Application.HelpRequests;

namespace WarmeWijk.Api.Endpoints;

/// <summary>ETag / If-Match for resources that use optimistic concurrency: the ETag is the resource's version.</summary>
internal static class Concurrency
{
    public static string ETagOf(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The version in If-Match, or null when the header is missing or unreadable (the use case answers 428).</summary>
    public static int? IfMatchVersion(HttpRequest request) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfMatch, out var tags)
        && tags.Count == 1
        && int.TryParse(tags[0].Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : null;

    /// <summary>Marks an endpoint that needs If-Match, so the OpenAPI document declares the header.</summary>
    public static RouteHandlerBuilder RequiresIfMatch(this RouteHandlerBuilder builder) => builder.WithMetadata(new IfMatchMetadata());

    /// <summary>A change with If-Match: bad input, not found, a broken rule, a stale or a missing version.</summary>
    public static RouteHandlerBuilder WithConcurrencyProblems(this RouteHandlerBuilder builder) =>
        builder
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    /// <summary>200 with a resource, its version in the ETag header.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.Ok<T> WithETag<T>(this HttpContext context, T resource, int version)
    {
        context.Response.Headers.ETag = ETagOf(version);
        return TypedResults.Ok(resource);
    }

    public static Microsoft.AspNetCore.Http.HttpResults.Ok<HelpRequestDto> WithETag(this HttpContext context, HelpRequestDto dto) =>
        context.WithETag(dto, dto.Version);
}

internal sealed record IfMatchMetadata;
