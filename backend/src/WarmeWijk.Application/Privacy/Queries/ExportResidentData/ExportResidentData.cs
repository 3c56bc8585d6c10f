using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.HelpRequests;
using WarmeWijk.Application.Residents;
using WarmeWijk.Application.Volunteers;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Referrals;
using WarmeWijk.Domain.Residents;
using WarmeWijk.Domain.Volunteers;

namespace WarmeWijk.Application.Privacy.Queries.ExportResidentData;

/// <summary>
/// Everything the network holds about one resident (GDPR art. 15 access and art. 20 portability), from every table that
/// <see cref="PersonalDataMap.AboutResidents"/> lists. The export is itself a read of personal data: it is audited.
/// </summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record ExportResidentDataQuery(Guid ResidentId) : IRequest<ResidentDataExportDto>;

public sealed record ExportConsentDto(
    ConsentPurpose Purpose, DateTimeOffset GivenAt, Guid RecordedBy, string? Note, DateTimeOffset? WithdrawnAt, Guid? WithdrawnBy, bool Active);

public sealed record ExportResidentDto(ResidentDto Person, DateTimeOffset CreatedAt, DateTimeOffset? ErasedAt, IReadOnlyList<ExportConsentDto> ConsentHistory);

public sealed record ExportReferralDto(
    Guid Id, Guid HelpRequestId, Guid PartnerOrganisationId, string? PartnerName, ReferralDirection Direction, ReferralStatus Status,
    string? Note, string? Feedback, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record ExportMatchDto(
    Guid Id, Guid HelpRequestId, Guid VolunteerId, string? VolunteerFirstName, MatchStatus Status, DateTimeOffset ProposedAt,
    DateTimeOffset? AnsweredAt, string? DeclineReason, DateTimeOffset? CompletedAt, decimal? Hours, string? VolunteerFeedback, string? ResidentFeedback);

public sealed record ExportVolunteerHoursDto(Guid VolunteerId, string? VolunteerFirstName, DateOnly On, decimal Hours, Guid HelpRequestId, string? Note);

public sealed record ExportSignalDto(Guid Id, Guid HelpRequestId, string Theme, string SectorCode, string Description, DateTimeOffset RaisedAt);

public sealed record ExportReferralCardDto(string Code, string IssuedTo, DateTimeOffset IssuedAt, Guid HelpRequestId);

public sealed record ExportWebhookMessageDto(
    Guid Id, string EventType, Guid SubjectId, string Payload, DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt, DateTimeOffset? DeadLetteredAt);

public sealed record ExportStoredResponseDto(string Key, Guid ResourceId, int StatusCode, string ResponseBody, DateTimeOffset CreatedAt);

public sealed record ExportAuditEntryDto(DateTimeOffset At, Guid ActorId, string? ActorName, string ActorRole, AuditAction Action, string EntityType, Guid EntityId, string Purpose);

/// <summary>The whole export; every list is present (empty when nothing is held), so its absence never hides data.</summary>
public sealed record ResidentDataExportDto(
    DateTimeOffset ExportedAt,
    string NetworkName,
    ExportResidentDto Resident,
    IReadOnlyList<HelpRequestDto> HelpRequests,
    IReadOnlyList<ExportReferralDto> Referrals,
    IReadOnlyList<ExportMatchDto> VolunteerMatches,
    IReadOnlyList<ExportVolunteerHoursDto> VolunteerHours,
    IReadOnlyList<ExportSignalDto> Signals,
    IReadOnlyList<ExportReferralCardDto> ReferralCards,
    IReadOnlyList<ExportWebhookMessageDto> WebhookMessages,
    IReadOnlyList<ExportStoredResponseDto> StoredResponses,
    IReadOnlyList<ExportAuditEntryDto> AuditEntries,
    VolunteerDto? AsVolunteer);

public sealed class ExportResidentDataHandler(IAppDbContext db, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<ExportResidentDataQuery, ResidentDataExportDto>
{
    public async Task<ResidentDataExportDto> Handle(ExportResidentDataQuery query, CancellationToken cancellationToken)
    {
        var resident = await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.ResidentId, cancellationToken)
            ?? throw new NotFoundException("Resident", query.ResidentId);
        var network = await db.Networks.AsNoTracking().Where(n => n.Id == resident.NetworkId).Select(n => n.Name).SingleAsync(cancellationToken);

        var requests = await db.HelpRequests.AsNoTracking().Where(h => h.ResidentId == resident.Id).OrderBy(h => h.CreatedAt).ToListAsync(cancellationToken);
        var requestIds = requests.Select(h => h.Id).ToList();
        var referrals = await db.Referrals.AsNoTracking().Where(r => requestIds.Contains(r.HelpRequestId)).OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        var referralIds = referrals.Select(r => r.Id).ToList();
        var matches = await db.VolunteerMatches.AsNoTracking()
            .Where(m => m.ResidentId == resident.Id || requestIds.Contains(m.HelpRequestId)).OrderBy(m => m.ProposedAt).ToListAsync(cancellationToken);
        var matchedVolunteers = matches.Select(m => m.VolunteerId).Distinct().ToList();
        var helpers = await db.Volunteers.AsNoTracking()
            .Where(v => v.ResidentId == resident.Id || v.Hours.Any(h => h.HelpRequestId != null && requestIds.Contains(h.HelpRequestId.Value))
                || matchedVolunteers.Contains(v.Id))
            .ToListAsync(cancellationToken);
        var signals = await db.Signals.AsNoTracking()
            .Where(s => s.HelpRequestId != null && requestIds.Contains(s.HelpRequestId.Value)).ToListAsync(cancellationToken);
        var cards = await db.ReferralCards.AsNoTracking()
            .Where(c => c.UsedByHelpRequestId != null && requestIds.Contains(c.UsedByHelpRequestId.Value)).ToListAsync(cancellationToken);
        var messages = await db.OutboxMessages.AsNoTracking()
            .Where(m => referralIds.Contains(m.SubjectId) || requestIds.Contains(m.SubjectId)).OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken);
        List<Guid> ids = [resident.Id, .. requestIds, .. referralIds, .. matches.Select(m => m.Id)];
        var stored = await db.IdempotencyRecords.AsNoTracking().Where(r => ids.Contains(r.ResourceId)).OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        var auditEntries = await db.AuditEntries.AsNoTracking().Where(a => ids.Contains(a.EntityId)).OrderBy(a => a.At).ToListAsync(cancellationToken);
        var partnerIds = referrals.Select(r => r.PartnerOrganisationId).Distinct().ToList();
        var partners = await db.PartnerOrganisations.AsNoTracking().Where(p => partnerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var people = requests.SelectMany(h => h.Timeline.Select(e => e.By)).Concat(auditEntries.Select(a => a.ActorId)).Distinct().ToList();
        var staff = await db.StaffUsers.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

        var residentRef = new ResidentRefDto(resident.Id, resident.FirstName, resident.LastName);
        var helperNames = helpers.ToDictionary(v => v.Id, v => v.FirstName);
        var requestSet = requestIds.ToHashSet();
        var ownProfile = helpers.SingleOrDefault(v => v.ResidentId == resident.Id);
        var ownOpenMatches = ownProfile is null ? 0 : await db.VolunteerMatches
            .CountAsync(m => m.VolunteerId == ownProfile.Id && (m.Status == MatchStatus.Proposed || m.Status == MatchStatus.Accepted), cancellationToken);

        audit.Record(AuditAction.Read, nameof(Resident), resident.Id, "Data export of the resident (GDPR art. 15/20).");
        await db.SaveChangesAsync(cancellationToken);

        return new ResidentDataExportDto(
            clock.GetUtcNow(),
            network,
            new ExportResidentDto(
                ResidentDto.From(resident),
                resident.CreatedAt,
                resident.ErasedAt,
                [.. resident.Consents.OrderBy(c => c.GivenAt)
                    .Select(c => new ExportConsentDto(c.Purpose, c.GivenAt, c.RecordedBy, c.Note, c.WithdrawnAt, c.WithdrawnBy, c.IsActive))]),
            [.. requests.Select(h => HelpRequestDto.From(h, residentRef, staff))],
            [.. referrals.Select(r => new ExportReferralDto(r.Id, r.HelpRequestId, r.PartnerOrganisationId, partners.GetValueOrDefault(r.PartnerOrganisationId),
                r.Direction, r.Status, r.Note, r.Feedback, r.CreatedAt, r.UpdatedAt))],
            [.. matches.Select(m => new ExportMatchDto(m.Id, m.HelpRequestId, m.VolunteerId, helperNames.GetValueOrDefault(m.VolunteerId), m.Status,
                m.ProposedAt, m.AnsweredAt, m.DeclineReason, m.CompletedAt, m.Hours, m.VolunteerFeedback, m.ResidentFeedback))],
            [.. helpers.SelectMany(v => v.Hours
                    .Where(h => h.HelpRequestId is { } id && requestSet.Contains(id))
                    .Select(h => new ExportVolunteerHoursDto(v.Id, v.FirstName, h.On, h.Hours, h.HelpRequestId!.Value, h.Note)))
                .OrderBy(h => h.On)],
            [.. signals.OrderBy(s => s.RaisedAt).Select(s => new ExportSignalDto(s.Id, s.HelpRequestId!.Value, s.Theme, s.SectorCode, s.Description, s.RaisedAt))],
            [.. cards.Select(c => new ExportReferralCardDto(c.Code, c.IssuedTo, c.IssuedAt, c.UsedByHelpRequestId!.Value))],
            [.. messages.Select(m => new ExportWebhookMessageDto(m.Id, m.EventType, m.SubjectId, m.Payload, m.CreatedAt, m.DeliveredAt, m.DeadLetteredAt))],
            [.. stored.Select(r => new ExportStoredResponseDto(r.Key, r.ResourceId, r.StatusCode, r.ResponseBody, r.CreatedAt))],
            [.. auditEntries.Select(a => new ExportAuditEntryDto(a.At, a.ActorId, staff.GetValueOrDefault(a.ActorId), a.ActorRole, a.Action, a.EntityType, a.EntityId, a.Purpose))],
            ownProfile is null ? null : VolunteerDto.From(ownProfile, ownOpenMatches));
    }
}
