using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace WarmeWijk.Api.ErrorHandling;

internal static class ProblemResponses
{
    public const string UnsupportedMediaType = "Send the request body as application/json (or form-encoded where documented).";

    /// <summary>Gives the empty error responses of routing (404, 405, 415, ...) a body that says what to do.</summary>
    public static Task WriteForStatusAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var detail = status switch
        {
            StatusCodes.Status404NotFound => "There is no such resource or endpoint.",
            StatusCodes.Status405MethodNotAllowed => "This endpoint does not accept this HTTP method.",
            StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
            _ => ReasonPhrases.GetReasonPhrase(status),
        };
        return WriteAsync(context, status, ReasonPhrases.GetReasonPhrase(status), detail);
    }

    /// <summary>Writes an RFC 9457 problem through the registered problem-details service, so every error looks the same.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail, IDictionary<string, object?>? extensions = null)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
