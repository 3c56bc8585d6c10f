using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Webhooks;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Referrals;
using WarmeWijk.Domain.Residents;

namespace WarmeWijk.Application.Referrals;

/// <summary>Reads referrals for partners and tells partners, through the outbox, when one of theirs changes.</summary>
public sealed class PartnerReferrals(IAppDbContext db, IWebhookOutbox outbox, TimeProvider clock)
{
    /// <summary>
    /// Queues a webhook for every referral of the request whose partner is still involved (all but those it declined),
    /// after any change of the request's status; saved with the caller's change. The request was loaded in the caller's
    /// network (or through a volunteer's link), so its referrals are looked up by its network, also without a signed-in user.
    /// </summary>
    public async Task NotifyAsync(HelpRequest request, CancellationToken cancellationToken)
    {
        // Materialised first: Enqueue adds outbox rows to the same unit of work while we iterate.
        var referrals = db.Referrals.Local.Where(r => r.HelpRequestId == request.Id)
            .Union(await db.Referrals.IgnoreQueryFilters()
                .Where(r => r.HelpRequestId == request.Id && r.NetworkId == request.NetworkId)
                .ToListAsync(cancellationToken))
            .Where(r => r.Status != ReferralStatus.Declined)
            .ToList();
        foreach (var referral in referrals)
        {
            Notify(referral, request.Status);
        }
    }

    public void Notify(Referral referral, HelpRequestStatus requestStatus) =>
        outbox.Enqueue(referral.PartnerOrganisationId, WebhookEventTypes.ReferralStatusChanged, referral.Id,
            new ReferralStatusChanged(referral.Id, referral.Direction, referral.Status, requestStatus, clock.GetUtcNow()));

    /// <summary>The partner's referrals as flat rows (filter and page these), turned into views with <see cref="PartnerReferralRow.ToView"/>.</summary>
    public IQueryable<PartnerReferralRow> RowsFor(Guid partnerOrganisationId) =>
        from referral in db.Referrals.AsNoTracking()
        where referral.PartnerOrganisationId == partnerOrganisationId
        join request in db.HelpRequests.AsNoTracking() on referral.HelpRequestId equals request.Id
        join resident in db.Residents.AsNoTracking() on request.ResidentId equals resident.Id
        select new PartnerReferralRow
        {
            Id = referral.Id,
            Direction = referral.Direction,
            Status = referral.Status,
            HelpRequestStatus = request.Status,
            CategoryCode = request.CategoryCode,
            Description = request.Description,
            FirstName = resident.FirstName,
            LastName = resident.LastName,
            Phone = resident.Phone,
            Languages = resident.Languages,
            ContactPreference = resident.ContactPreference,
            ResidentConsentedToReferral = resident.Consents.Any(c => c.Purpose == ConsentPurpose.PartnerReferral && c.WithdrawnAt == null),
            Note = referral.Note,
            Feedback = referral.Feedback,
            CreatedAt = referral.CreatedAt,
            UpdatedAt = referral.UpdatedAt,
        };
}

/// <summary>Set with an object initialiser so that EF can still filter on its members after the projection.</summary>
public sealed record PartnerReferralRow
{
    public Guid Id { get; init; }

    public ReferralDirection Direction { get; init; }

    public ReferralStatus Status { get; init; }

    public HelpRequestStatus HelpRequestStatus { get; init; }

    public string CategoryCode { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;

    public string FirstName { get; init; } = string.Empty;

    public string LastName { get; init; } = string.Empty;

    public string? Phone { get; init; }

    public List<string> Languages { get; init; } = [];

    public ContactPreference ContactPreference { get; init; }

    public bool ResidentConsentedToReferral { get; init; }

    public string? Note { get; init; }

    public string? Feedback { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>
    /// The resident's contact details and the description are shared only with consent for partner referral, and only
    /// while the partner is involved: once it declined, it no longer needs them.
    /// </summary>
    public PartnerReferralDto ToView()
    {
        var shared = ResidentConsentedToReferral && Status != ReferralStatus.Declined;
        return new(
            Id,
            Direction,
            Status,
            HelpRequestStatus,
            CategoryCode,
            shared ? Description : null,
            shared ? new PartnerResidentDto(FirstName, LastName, Phone, Languages, ContactPreference) : null,
            Note,
            Feedback,
            CreatedAt,
            UpdatedAt);
    }
}
