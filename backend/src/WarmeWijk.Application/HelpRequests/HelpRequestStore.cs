using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Domain.HelpRequests;

namespace WarmeWijk.Application.HelpRequests;

/// <summary>Loads a help request of the caller's network for a change, checking the version the caller last saw.</summary>
public sealed class HelpRequestStore(IAppDbContext db)
{
    public async Task<(HelpRequest Request, ResidentRefDto Resident)> LoadForChangeAsync(
        Guid id, int? expectedVersion, CancellationToken cancellationToken)
    {
        if (expectedVersion is null)
        {
            throw new PreconditionRequiredException("help request");
        }

        var (request, resident) = await LoadAsync(db.HelpRequests, id, cancellationToken);
        if (request.Version != expectedVersion)
        {
            throw new PreconditionFailedException("help request", request.Version);
        }

        return (request, resident);
    }

    /// <summary>For additions that cannot conflict with another change (a follow-up task): no If-Match needed.</summary>
    public Task<(HelpRequest Request, ResidentRefDto Resident)> LoadCurrentForChangeAsync(Guid id, CancellationToken cancellationToken) =>
        LoadAsync(db.HelpRequests, id, cancellationToken);

    public Task<(HelpRequest Request, ResidentRefDto Resident)> LoadForReadAsync(Guid id, CancellationToken cancellationToken) =>
        LoadAsync(db.HelpRequests.AsNoTracking(), id, cancellationToken);

    /// <summary>The DTO, with the names of the people in its timeline.</summary>
    public async Task<HelpRequestDto> ToDtoAsync(HelpRequest request, ResidentRefDto resident, CancellationToken cancellationToken)
    {
        var people = request.Timeline.Select(e => e.By).Distinct().ToList();
        var names = await db.StaffUsers.AsNoTracking()
            .Where(u => people.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName })
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return HelpRequestDto.From(request, resident, names);
    }

    private async Task<(HelpRequest, ResidentRefDto)> LoadAsync(IQueryable<HelpRequest> requests, Guid id, CancellationToken cancellationToken)
    {
        var found = await (
                from request in requests
                join resident in db.Residents on request.ResidentId equals resident.Id
                where request.Id == id
                select new { request, resident.FirstName, resident.LastName })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Help request", id);
        return (found.request, new ResidentRefDto(found.request.ResidentId, found.FirstName, found.LastName));
    }
}
