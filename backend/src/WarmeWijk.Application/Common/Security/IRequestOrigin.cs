namespace WarmeWijk.Application.Common.Security;

/// <summary>Where the current request comes from, for throttling password and secret guessing.</summary>
public interface IRequestOrigin
{
    /// <summary>The client's network address as the host sees it (behind a proxy: after forwarded headers), or "unknown".</summary>
    string Address { get; }
}
