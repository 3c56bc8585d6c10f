using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Reporting;

namespace WarmeWijk.Application.Reporting.Outcomes;

/// <summary>Loads an outcome of the caller's network for a change, and shows outcomes as the caller may see them.</summary>
public sealed class OutcomeStore(IAppDbContext db, ICurrentUser currentUser)
{
    /// <summary>
    /// The outcome to change or delete: If-Match is required (428) and must be current (412). A field worker may change
    /// only the outcomes they recorded (403): a story is told in the words of whoever recorded it; a coordinator may
    /// correct any.
    /// </summary>
    public async Task<Outcome> LoadForChangeAsync(Guid id, int? expectedVersion, CancellationToken cancellationToken)
    {
        if (expectedVersion is null)
        {
            throw new PreconditionRequiredException("outcome");
        }

        var outcome = await db.Outcomes.SingleOrDefaultAsync(o => o.Id == id, cancellationToken) ?? throw new NotFoundException("Outcome", id);
        if (!CanChangeEvery && outcome.RecordedBy != currentUser.Id)
        {
            throw new ForbiddenException("A field worker may change or delete only the outcomes they recorded themselves; ask a coordinator.");
        }

        return outcome.Version == expectedVersion ? outcome : throw new PreconditionFailedException("outcome", outcome.Version);
    }

    public async Task<OutcomeDto> ToDtoAsync(Outcome outcome, CancellationToken cancellationToken) =>
        await Dtos(db.Outcomes.AsNoTracking().Where(o => o.Id == outcome.Id)).SingleAsync(cancellationToken);

    /// <summary>Projects outcomes in SQL, with the neighbourhood's name and whether the caller may change each one.</summary>
    public IQueryable<OutcomeDto> Dtos(IQueryable<Outcome> outcomes)
    {
        var every = CanChangeEvery;
        var own = currentUser.Role == Role.FieldWorker;
        var me = currentUser.Id;
        return from outcome in outcomes
               join neighbourhood in db.Neighbourhoods on outcome.NeighbourhoodId equals (Guid?)neighbourhood.Id into neighbourhoods
               from neighbourhood in neighbourhoods.DefaultIfEmpty()
               select new OutcomeDto(
                   outcome.Id,
                   outcome.ObservedOn,
                   outcome.NeighbourhoodId,
                   neighbourhood == null ? null : neighbourhood.Name,
                   outcome.Types,
                   outcome.Title,
                   outcome.Change,
                   outcome.Significance,
                   outcome.Contribution,
                   outcome.Source,
                   outcome.RecordedBy,
                   outcome.RecordedAt,
                   outcome.Version,
                   every || (own && outcome.RecordedBy == me));
    }

    private bool CanChangeEvery => currentUser.Role is Role.Admin or Role.Coordinator;
}
