namespace WarmeWijk.Application.Common.Exceptions;

/// <summary>The resource does not exist in the caller's network (404). Other networks' rows are indistinguishable from missing ones.</summary>
public sealed class NotFoundException(string resource, object key)
    : Exception($"{resource} '{key}' was not found.")
{
    public string Resource { get; } = resource;
}

/// <summary>The caller is signed in but their role may not do this (403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>The caller is not signed in, or the credentials they presented are wrong (401).</summary>
public sealed class AuthenticationFailedException(string message) : Exception(message);

/// <summary>The request conflicts with the current state, e.g. a duplicate name (409).</summary>
public sealed class ConflictException(string message) : Exception(message);

/// <summary>The caller's If-Match does not match the current version: someone else changed it meanwhile (412).</summary>
public sealed class PreconditionFailedException(string resource, int currentVersion)
    : Exception($"The {resource} was changed by someone else meanwhile (now version {currentVersion}). Reload it and try again.");

/// <summary>A change to a resource that uses optimistic concurrency came without If-Match (428).</summary>
public sealed class PreconditionRequiredException(string resource)
    : Exception($"Send the {resource}'s ETag in an If-Match header, so that a stale change is refused instead of overwriting.");

/// <summary>The uploaded file is larger than the configured limit (413).</summary>
public sealed class PayloadTooLargeException(long limitBytes)
    : Exception($"The file is larger than the limit of {limitBytes / (1024 * 1024)} MB ({limitBytes} bytes). Split it, e.g. per year.")
{
    public long LimitBytes { get; } = limitBytes;
}
