using WarmeWijk.Domain.Reporting;

namespace WarmeWijk.Application.Reporting.Outcomes;

/// <summary>
/// An outcome as the list shows it. <see cref="CanChange"/> tells whether the caller may change or delete it: coordinators
/// and admins may change every outcome, field workers those they recorded themselves, analysts none.
/// </summary>
public sealed record OutcomeDto(
    Guid Id,
    DateOnly ObservedOn,
    Guid? NeighbourhoodId,
    string? NeighbourhoodName,
    IReadOnlyList<OutcomeType> Types,
    string Title,
    string Change,
    string? Significance,
    string? Contribution,
    string Source,
    Guid RecordedBy,
    DateTimeOffset RecordedAt,
    int Version,
    bool CanChange);
