using WarmeWijk.Application.Common.Security;

namespace WarmeWijk.Api.Security;

/// <summary>
/// The client's address. Behind a reverse proxy this is the proxy's address unless forwarded headers are enabled
/// (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>, docs/operations.md), as for the anonymous rate limit.
/// </summary>
internal sealed class HttpRequestOrigin(IHttpContextAccessor accessor) : IRequestOrigin
{
    public string Address => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
