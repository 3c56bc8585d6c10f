namespace WarmeWijk.Application.Common.Messaging;

/// <summary>A page of items with the total number of items that match.</summary>
public sealed record ListResponse<T>(IReadOnlyList<T> Items, int Total);
