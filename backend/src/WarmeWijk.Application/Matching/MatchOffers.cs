using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Domain.Volunteers;

namespace WarmeWijk.Application.Matching;

/// <summary>
/// Finds a proposal by the token of the volunteer's link. The link is the volunteer's only credential, so this is the one
/// place, besides sign-in, that reads across networks: the token's hash identifies one match, and with it its network.
/// </summary>
public static class MatchOffers
{
    public static async Task<VolunteerMatch> FindAsync(IAppDbContext db, string token, CancellationToken cancellationToken)
    {
        var hash = VolunteerMatch.HashToken(token.Trim());
        return await db.VolunteerMatches.IgnoreQueryFilters().SingleOrDefaultAsync(m => m.TokenHash == hash, cancellationToken)
            ?? throw new NotFoundException("Proposal", "link");
    }
}
