using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Residents;
using WarmeWijk.Domain.Matching;

namespace WarmeWijk.Application.Privacy;

/// <summary>What an erasure changed, counted per table; it repeats none of the erased data.</summary>
public sealed record ResidentErasureDto(
    Guid ResidentId,
    DateTimeOffset ErasedAt,
    int HelpRequests,
    int Referrals,
    int VolunteerMatches,
    int VolunteerHourNotes,
    int Signals,
    int StoredResponses,
    bool VolunteerProfile);

/// <summary>
/// Erasure as anonymisation (GDPR art. 17) across every table of <see cref="PersonalDataMap.AboutResidents"/>: personal data
/// is replaced, what reports count by is kept, so reports are the same before and after. Used by the coordinator's erasure
/// and by the retention job; it reads across the query filters but only within the resident's own network. The caller saves.
/// </summary>
public sealed class ResidentErasure(IAppDbContext db)
{
    public async Task<ResidentErasureDto> EraseAsync(
        Resident resident, DateTimeOffset at, Guid actorId, string actorRole, string reason, CancellationToken cancellationToken)
    {
        if (resident.IsErased)
        {
            throw new DomainRuleException($"The resident's personal data was already erased on {resident.ErasedAt:yyyy-MM-dd}.");
        }

        // Every check comes before the first change, so a refusal leaves nothing half-erased in the unit of work.
        var network = resident.NetworkId;
        var requests = await db.HelpRequests.IgnoreQueryFilters()
            .Where(h => h.NetworkId == network && h.ResidentId == resident.Id)
            .ToListAsync(cancellationToken);
        var requestIds = requests.Select(h => h.Id).ToList();
        if (requests.Where(h => !HelpRequestTransitions.IsFinal(h.Status)).Select(h => h.Status).ToList() is [var open, ..])
        {
            throw new DomainRuleException(
                $"The resident still has an open help request ({open}); close or cancel every request before erasing, so that reports stay true.");
        }

        var volunteers = await db.Volunteers.IgnoreQueryFilters()
            .Where(v => v.NetworkId == network
                && (v.ResidentId == resident.Id || v.Hours.Any(h => h.HelpRequestId != null && requestIds.Contains(h.HelpRequestId.Value))))
            .ToListAsync(cancellationToken);
        var ownProfile = volunteers.SingleOrDefault(v => v.ResidentId == resident.Id);
        if (ownProfile is { Status: not VolunteerStatus.Stopped })
        {
            throw new DomainRuleException(
                $"The resident is also a volunteer ({ownProfile.Status}); stop the volunteer first, so that reports stay true.");
        }

        resident.Anonymise(at, actorId);
        ownProfile?.Anonymise();
        foreach (var request in requests)
        {
            request.Anonymise();
        }

        var referrals = await db.Referrals.IgnoreQueryFilters()
            .Where(r => r.NetworkId == network && requestIds.Contains(r.HelpRequestId))
            .ToListAsync(cancellationToken);
        referrals.ForEach(r => r.Anonymise());

        var matches = await db.VolunteerMatches.IgnoreQueryFilters()
            .Where(m => m.NetworkId == network && (m.ResidentId == resident.Id || requestIds.Contains(m.HelpRequestId)))
            .ToListAsync(cancellationToken);
        matches.ForEach(m => m.Anonymise());

        var requestSet = requestIds.ToHashSet();
        var hourNotes = volunteers.Sum(v => v.AnonymiseNotesAbout(requestSet));

        var signals = await db.Signals.IgnoreQueryFilters()
            .Where(s => s.NetworkId == network && s.HelpRequestId != null && requestIds.Contains(s.HelpRequestId.Value))
            .ToListAsync(cancellationToken);
        signals.ForEach(s => s.Anonymise());

        List<Guid> resources = [resident.Id, .. requestIds, .. referrals.Select(r => r.Id), .. matches.Select(m => m.Id)];
        var stored = await db.IdempotencyRecords.IgnoreQueryFilters()
            .Where(r => r.NetworkId == network && resources.Contains(r.ResourceId))
            .ToListAsync(cancellationToken);
        stored.ForEach(r => r.Anonymise());

        // The reason is checked to hold no contact data (see the validator); the entry names the resident by id only.
        var entry = new AuditEntry(at, actorId, actorRole, AuditAction.Erasure, nameof(Resident), resident.Id, $"Personal data erased: {reason}");
        entry.AssignToNetwork(network);
        db.AuditEntries.Add(entry);

        return new ResidentErasureDto(
            resident.Id, at, requests.Count, referrals.Count, matches.Count, hourNotes, signals.Count, stored.Count, ownProfile is not null);
    }
}
