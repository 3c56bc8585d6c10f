namespace WarmeWijk.Domain.Common;

/// <summary>A domain rule was broken by an otherwise well-formed request (reported as 409 Conflict).</summary>
public sealed class DomainRuleException(string message) : Exception(message);
