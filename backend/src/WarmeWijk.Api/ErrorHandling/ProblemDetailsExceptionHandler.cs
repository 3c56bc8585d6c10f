using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using WarmeWijk.Application.Buurtanalyse.Commands.ImportDataset;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Partners;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.ErrorHandling;

/// <summary>Turns every exception into an RFC 9457 problem. Client errors are logged at Information, faults at Error.</summary>
internal sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problems,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception, context);
        if (problem.Status >= 500)
        {
            LogFault(logger, exception, context.Request.Method);
        }
        else
        {
            LogClientError(logger, problem.Status ?? 400, context.Request.Method, problem.Detail);
        }

        context.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails ToProblem(Exception exception, HttpContext context) => exception switch
    {
        ValidationException validation => new HttpValidationProblemDetails(FieldErrors(validation))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid.",
            Detail = "See the errors for each field.",
        },
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } tooLarge =>
            Problem(StatusCodes.Status413PayloadTooLarge, "Payload too large", tooLarge.Message),
        BadHttpRequestException badRequest => BadRequest(badRequest),
        PayloadTooLargeException => Problem(StatusCodes.Status413PayloadTooLarge, "Payload too large", exception.Message),
        DatasetRejectedException rejected => Rejected(rejected.Message, rejected.Import),
        SocialMapRejectedException rejected => Rejected(rejected.Message, rejected.Import),
        AuthenticationFailedException => Problem(StatusCodes.Status401Unauthorized, "Unauthorized", exception.Message),
        ForbiddenException => Problem(StatusCodes.Status403Forbidden, "Forbidden", exception.Message),
        NotFoundException => Problem(StatusCodes.Status404NotFound, "Not found", exception.Message),
        ConflictException or DomainRuleException or InvalidTransitionException => Problem(StatusCodes.Status409Conflict, "Conflict", exception.Message),
        DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "Conflict", "Someone else changed this at the same moment. Reload it and try again."),
        PreconditionFailedException => Problem(StatusCodes.Status412PreconditionFailed, "Precondition failed", exception.Message),
        PreconditionRequiredException => Problem(StatusCodes.Status428PreconditionRequired, "Precondition required", exception.Message),
        _ when DatabaseUnavailable.Is(exception) => Unavailable(context),
        _ => Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred.", "The error was logged; nothing was changed by this request."),
    };

    private static Dictionary<string, string[]> FieldErrors(ValidationException validation) =>
        validation.Errors
            .GroupBy(e => CamelCasePath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());

    /// <summary>
    /// A body or parameter that cannot be read as its type never reaches validation. The field is still named, in the
    /// detail and in <c>errors</c>, so a client can show it where it belongs.
    /// </summary>
    private static ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        // System.Text.Json reports unknown fields, wrong types and broken syntax with the same exception type.
        var unbound = UnboundParameter().Match(exception.Message);
        var (field, problem) = exception.InnerException switch
        {
            JsonException { Path: { Length: > 1 } path } json when json.Message.Contains("could not be mapped", StringComparison.Ordinal) =>
                (FieldName(path), "is not known"),
            JsonException { Path: { Length: > 1 } path } json when json.Message.Contains("could not be converted", StringComparison.Ordinal) =>
                (FieldName(path), "has a value of the wrong type or format"),
            _ when unbound.Success && !unbound.Groups["body"].Success =>
                (unbound.Groups["name"].Value, unbound.Groups["missing"].Success ? "is required" : "has a value of the wrong type or format"),
            _ => (null, null),
        };
        if (field is not null)
        {
            var sentence = $"The field '{field}' {problem}.";
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [sentence] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is not valid.",
                Detail = sentence,
            };
        }

        var detail = exception.InnerException switch
        {
            JsonException json => $"The request body is not valid JSON (line {json.LineNumber + 1}, byte {json.BytePositionInLine + 1}).",
            _ when exception.StatusCode == StatusCodes.Status415UnsupportedMediaType => ProblemResponses.UnsupportedMediaType,
            _ when unbound.Success => "The request body is missing or cannot be read.",
            _ => exception.Message,
        };
        return Problem(exception.StatusCode, exception.StatusCode == 415 ? "Unsupported media type" : "The request is not valid.", detail);
    }

    /// <summary>
    /// ASP.NET Core's messages for a parameter it could not bind, e.g. <c>Failed to bind parameter "Nullable&lt;Guid&gt; cursor" from "x".</c>,
    /// <c>Failed to read parameter "TokenForm form" from the request body as form.</c>, <c>Required parameter "Body body" was not provided from body.</c>
    /// or <c>Implicit body inferred for parameter "command" but no body was provided.</c>
    /// A body is named by its C# parameter, which means nothing to a client, so those get a plain detail instead.
    /// </summary>
    [GeneratedRegex("""^(?:(?:Failed to (?:bind|read) parameter|(?<missing>Required parameter)) "(?:[^"]* )?(?<name>\w+)" (?:(?:was not provided from|from the request) (?<body>body))?|Implicit (?<body>body) inferred)""", RegexOptions.None, 1000)]
    private static partial Regex UnboundParameter();

    /// <summary>422 for a file that was read but not stored, with the import's report.</summary>
    private static ProblemDetails Rejected(string message, object import)
    {
        var problem = Problem(StatusCodes.Status422UnprocessableEntity, "The file was not imported.", message);
        problem.Extensions["import"] = import;
        return problem;
    }

    private static string FieldName(string jsonPath) => jsonPath.TrimStart('$', '.');

    /// <summary>The request did not get through to the database, so the caller may repeat it once the database is back.</summary>
    private static ProblemDetails Unavailable(HttpContext context)
    {
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Problem(StatusCodes.Status503ServiceUnavailable, "Service unavailable",
            "The database cannot be reached at the moment. Try again in a few seconds; a request sent with an Idempotency-Key is safe to repeat.");
    }

    private const int RetryAfterSeconds = 5;

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static string CamelCasePath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    // The request path is already in the logging scope of every request.
    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method}")]
    private static partial void LogFault(ILogger logger, Exception exception, string method);

    [LoggerMessage(Level = LogLevel.Information, Message = "Client error {Status} for {Method}: {Detail}")]
    private static partial void LogClientError(ILogger logger, int status, string method, string? detail);
}
