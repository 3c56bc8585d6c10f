using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Buurtanalyse.Queries.GetNeighbourhoodSignals;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Signals;

namespace WarmeWijk.Application.Buurtanalyse.Queries.ListConsultations;

/// <summary>
/// The buurtbevragingen of a neighbourhood, latest first, and the themes they can be tagged with; Version is the ETag to
/// correct one, and CanChange whether the caller may correct or remove it.
/// </summary>
[RequiresRole(Role.Coordinator, Role.FieldWorker, Role.Analyst)]
public sealed record ListConsultationsQuery(Guid NeighbourhoodId) : IRequest<ConsultationListDto>;

public sealed record ConsultationListDto(IReadOnlyList<ConsultationDto> Items, int Total, IReadOnlyList<string> Themes);

public sealed record ConsultationDto(
    Guid Id, Guid NeighbourhoodId, ConsultationMethod Method, DateOnly HeldOn, int? Participants, IReadOnlyList<string> Themes, string Summary,
    IReadOnlyList<string> Quotes, DateTimeOffset RecordedAt, int Version, bool CanChange)
{
    public static ConsultationDto From(Consultation c, ICurrentUser caller) =>
        new(c.Id, c.NeighbourhoodId, c.Method, c.HeldOn, c.Participants, c.Themes, c.Summary, c.Quotes, c.RecordedAt, c.Version,
            Consultations.MayChange(c, caller));
}

public sealed class ListConsultationsHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<ListConsultationsQuery, ConsultationListDto>
{
    public async Task<ConsultationListDto> Handle(ListConsultationsQuery request, CancellationToken cancellationToken)
    {
        await NeighbourhoodSectors.CodesAsync(db, request.NeighbourhoodId, cancellationToken);
        var items = (await db.Consultations.AsNoTracking()
                .Where(c => c.NeighbourhoodId == request.NeighbourhoodId)
                .OrderByDescending(c => c.HeldOn).ThenByDescending(c => c.RecordedAt)
                .ToListAsync(cancellationToken))
            .Select(c => ConsultationDto.From(c, caller))
            .ToList();
        return new ConsultationListDto(items, items.Count, ConsultationThemes.All);
    }
}
