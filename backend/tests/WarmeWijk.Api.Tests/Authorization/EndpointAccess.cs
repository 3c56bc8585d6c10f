using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Api.Tests.Authorization;

/// <summary>
/// Who may call one endpoint of the API, derived from the code: the endpoint's route metadata says whether a token
/// is needed at all, the [RequiresRole]/[PublicRequest] attributes of the mediator requests it sends say which roles
/// may go on. An endpoint that sends no request the scan can see, or one without an access attribute, is
/// <see cref="Unclassified"/>: the matrix refuses it rather than guess.
/// </summary>
public sealed partial record EndpointAccess(
    string Method,
    string Path,
    IReadOnlyList<Type> Requests,
    bool AllowsAnonymous,
    IReadOnlySet<Role> Roles,
    string? Unclassified)
{
    /// <summary>The roles in the column order of the matrix.</summary>
    public static readonly Role[] AllRoles = [Role.Admin, Role.Coordinator, Role.FieldWorker, Role.Analyst, Role.Partner];

    public string Key => $"{Method} {Path}";

    /// <summary>Every endpoint under /api/v1 of the running API, in path and method order.</summary>
    public static IReadOnlyList<EndpointAccess> Of(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1/", StringComparison.Ordinal) == true)
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(method => Classify(method, endpoint)))
            .OrderBy(access => access.Path, StringComparer.Ordinal)
            .ThenBy(access => access.Method, StringComparer.Ordinal)
            .ToList();

    /// <summary>The generated document: one row per endpoint, one column per role and one for callers without a token.</summary>
    public static string Markdown(IReadOnlyList<EndpointAccess> endpoints)
    {
        var text = new StringBuilder()
            .AppendLine("# Authorization matrix")
            .AppendLine()
            .AppendLine("Generated from the code by `backend/tests/WarmeWijk.Api.Tests/Authorization/AuthorizationMatrixTests.cs`; do not edit.")
            .AppendLine("Regenerate with `WARMEWIJK_UPDATE_AUTHZ_MATRIX=1 dotnet test backend/tests/WarmeWijk.Api.Tests --filter AuthorizationMatrixTests`.")
            .AppendLine()
            .AppendLine("A row is an endpoint of the API; ✓ means the caller gets past the access checks (the answer may still be")
            .AppendLine("404, 400 or 409), — means 403 for a signed-in role and 401 without a token. Whether a token is needed comes")
            .AppendLine("from the endpoint (`RequireAuthorization` on `/api/v1`, `AllowAnonymous`); the roles come from `[RequiresRole]`")
            .AppendLine("or `[PublicRequest]` on the use case the endpoint sends (all of them, when it sends more than one). Every cell is")
            .AppendLine("called over HTTP by the same test class. Partner is a partner organisation's API client (client credentials).")
            .AppendLine("Tenancy is separate: every role sees only its own network (see `Tenancy/CrossTenantProbeTests.cs`).")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"| Endpoint | Use case | {string.Join(" | ", AllRoles)} | Anonymous |")
            .AppendLine(CultureInfo.InvariantCulture, $"| --- | --- |{string.Concat(Enumerable.Repeat(" :-: |", AllRoles.Length + 1))}");
        foreach (var endpoint in endpoints)
        {
            var cells = AllRoles.Select(role => endpoint.Roles.Contains(role) ? "✓" : "—")
                .Append(endpoint.AllowsAnonymous ? "✓" : "—");
            var useCases = string.Join(", ", endpoint.Requests.Select(r => $"`{r.Name}`"));
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{endpoint.Key}` | {useCases} | {string.Join(" | ", cells)} |");
        }

        return text.ToString();
    }

    private static EndpointAccess Classify(string method, RouteEndpoint endpoint)
    {
        var path = "/" + RouteConstraint().Replace(endpoint.RoutePattern.RawText!.Trim('/'), "}");
        var handler = endpoint.Metadata.GetMetadata<MethodInfo>();
        var requests = handler is null ? [] : RequestsSent.By(handler).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var needsToken = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;

        string? unclassified = null;
        var roles = new HashSet<Role>(AllRoles);
        var allPublic = true;
        if (requests.Count == 0)
        {
            unclassified = "sends no mediator request the scan can see, so no [RequiresRole] says who may call it";
        }

        foreach (var request in requests)
        {
            if (request.GetCustomAttribute<PublicRequestAttribute>() is not null)
            {
                continue;
            }

            allPublic = false;
            if (request.GetCustomAttribute<RequiresRoleAttribute>() is { } requirement)
            {
                roles.IntersectWith(requirement.Roles);
            }
            else
            {
                unclassified = $"sends {request.Name}, which has neither [RequiresRole] nor [PublicRequest]";
            }
        }

        return new EndpointAccess(method, path, requests, !needsToken && allPublic && requests.Count > 0, roles, unclassified);
    }

    /// <summary>A route constraint such as <c>:guid</c> in <c>{id:guid}</c>, which the OpenAPI document leaves out.</summary>
    [GeneratedRegex(":[^}]*}")]
    private static partial Regex RouteConstraint();
}
