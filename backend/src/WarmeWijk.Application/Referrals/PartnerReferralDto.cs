using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Referrals;
using WarmeWijk.Domain.Residents;

namespace WarmeWijk.Application.Referrals;

/// <summary>The resident as a partner sees them: only what is needed to contact them, and only with consent.</summary>
public sealed record PartnerResidentDto(string FirstName, string LastName, string? Phone, IReadOnlyList<string> Languages, ContactPreference ContactPreference);

/// <summary>A referral as the partner organisation sees it: its own referrals only, with minimum data.</summary>
public sealed record PartnerReferralDto(
    Guid Id,
    ReferralDirection Direction,
    ReferralStatus Status,
    HelpRequestStatus HelpRequestStatus,
    string CategoryCode,
    string? Description,
    PartnerResidentDto? Resident,
    string? Note,
    string? Feedback,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>The body of a referral.status_changed webhook: no personal data, the partner looks the referral up.</summary>
public sealed record ReferralStatusChanged(Guid ReferralId, ReferralDirection Direction, ReferralStatus Status, HelpRequestStatus HelpRequestStatus, DateTimeOffset ChangedAt);
