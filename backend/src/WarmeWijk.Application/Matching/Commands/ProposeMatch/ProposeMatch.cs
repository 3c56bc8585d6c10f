using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.HelpRequests;
using WarmeWijk.Application.Referrals;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Residents;
using WarmeWijk.Domain.Volunteers;

namespace WarmeWijk.Application.Matching.Commands.ProposeMatch;

/// <summary>
/// The coordinator proposes a volunteer for a request in Matching (If-Match on the request). The volunteer must be able to
/// take it now: a full, paused or excluded volunteer is refused with every reason. The answer holds the volunteer's
/// personal link, the only time its token is shown.
/// </summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record ProposeMatchCommand(Guid HelpRequestId, int? ExpectedVersion, Guid VolunteerId) : IRequest<VolunteerMatchDto>;

public sealed class ProposeMatchHandler(
    IAppDbContext db, HelpRequestStore requests, MatchingSession session, ICurrentUser currentUser, AuditTrail audit, TimeProvider clock, IOptions<MatchingOptions> options, PartnerReferrals referrals)
    : IRequestHandler<ProposeMatchCommand, VolunteerMatchDto>
{
    public async Task<VolunteerMatchDto> Handle(ProposeMatchCommand command, CancellationToken cancellationToken)
    {
        var (request, _) = await requests.LoadForChangeAsync(command.HelpRequestId, command.ExpectedVersion, cancellationToken);
        if (!await db.Volunteers.AnyAsync(v => v.Id == command.VolunteerId, cancellationToken))
        {
            throw new NotFoundException("Volunteer", command.VolunteerId);
        }

        var resident = await db.Residents.AsNoTracking().SingleAsync(r => r.Id == request.ResidentId, cancellationToken);
        if (resident.WithdrewConsentFor(ConsentPurpose.VolunteerMatching))
        {
            throw new ConflictException("The resident withdrew consent for volunteer matching; no volunteer can be proposed.");
        }

        if (request.Status != HelpRequestStatus.Matching)
        {
            throw new ConflictException($"Only a request in Matching can be proposed to a volunteer; this one is {request.Status}.");
        }

        var engine = await session.BuildEngineAsync(cancellationToken);
        var assessment = engine.Assess((await session.ToMatchRequestAsync(request, cancellationToken)).Request, command.VolunteerId);
        if (assessment.Candidate is not { } candidate)
        {
            throw new ConflictException(
                $"{assessment.Volunteer.FirstName} cannot take this request: {string.Join(" ", assessment.Violations.Select(v => v.Reason.En))}");
        }

        var now = clock.GetUtcNow();
        var userId = currentUser.Id!.Value;
        var (match, token) = VolunteerMatch.Propose(request.Id, command.VolunteerId, request.ResidentId, candidate.Score, now, userId, options.Value.AnswerWithin);
        db.VolunteerMatches.Add(match);
        request.TransitionTo(HelpRequestStatus.Proposed, now, userId, $"Proposed to volunteer {candidate.Volunteer.FirstName}.");
        audit.Record(AuditAction.Create, nameof(VolunteerMatch), match.Id, $"Volunteer proposed for help request {request.Id}.");
        await referrals.NotifyAsync(request, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return VolunteerMatchDto.From(match, $"/aanbod/{token}");
    }
}
