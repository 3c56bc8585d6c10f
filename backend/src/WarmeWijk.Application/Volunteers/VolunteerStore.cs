using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Domain.Volunteers;

namespace WarmeWijk.Application.Volunteers;

/// <summary>Loads a volunteer of the caller's network, and counts the matches they are busy with.</summary>
public sealed class VolunteerStore(IAppDbContext db)
{
    public async Task<Volunteer> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Volunteers.SingleOrDefaultAsync(v => v.Id == id, cancellationToken) ?? throw new NotFoundException("Volunteer", id);

    public async Task<Volunteer> LoadForChangeAsync(Guid id, int? expectedVersion, CancellationToken cancellationToken)
    {
        if (expectedVersion is null)
        {
            throw new PreconditionRequiredException("volunteer");
        }

        var volunteer = await LoadAsync(id, cancellationToken);
        return volunteer.Version == expectedVersion ? volunteer : throw new PreconditionFailedException("volunteer", volunteer.Version);
    }

    public Task<int> ActiveMatchesAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        db.VolunteerMatches.CountAsync(m => m.VolunteerId == volunteerId && (m.Status == MatchStatus.Proposed || m.Status == MatchStatus.Accepted), cancellationToken);

    public async Task<VolunteerDto> ToDtoAsync(Volunteer volunteer, CancellationToken cancellationToken) =>
        VolunteerDto.From(volunteer, await ActiveMatchesAsync(volunteer.Id, cancellationToken));
}
