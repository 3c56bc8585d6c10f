using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Idempotency;

/// <summary>
/// The first response to a create request with an Idempotency-Key. A retry with the same key and body gets
/// the same response; the same key with another body is refused.
/// </summary>
public sealed class IdempotencyRecord : TenantOwnedEntity
{
    private IdempotencyRecord()
    {
        CallerId = string.Empty;
        Key = string.Empty;
        RequestHash = string.Empty;
        ResponseBody = string.Empty;
    }

    public IdempotencyRecord(string callerId, string key, string requestHash, int statusCode, string responseBody, Guid resourceId, DateTimeOffset createdAt)
    {
        CallerId = callerId;
        Key = key;
        RequestHash = requestHash;
        StatusCode = statusCode;
        ResponseBody = responseBody;
        ResourceId = resourceId;
        CreatedAt = createdAt;
    }

    /// <summary>The user or partner client that sent the request; keys are unique per caller.</summary>
    public string CallerId { get; private set; }

    public string Key { get; private set; }

    public string RequestHash { get; private set; }

    public int StatusCode { get; private set; }

    public string ResponseBody { get; private set; }

    public Guid ResourceId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// Erasure: the stored response (which holds the resident's data) becomes a stub naming the resource, so a retry with the
    /// key still creates nothing twice.
    /// </summary>
    public void Anonymise() =>
        ResponseBody = $"{{\"id\":\"{ResourceId}\",\"anonymised\":true}}";
}
