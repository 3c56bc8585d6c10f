using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Buurtanalyse.Data;
using WarmeWijk.Domain.Buurtplan;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Idempotency;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Matching;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Domain.Networks;
using WarmeWijk.Domain.Partners;
using WarmeWijk.Domain.Referrals;
using WarmeWijk.Domain.Reporting;
using WarmeWijk.Domain.Residents;
using WarmeWijk.Domain.Signals;
using WarmeWijk.Domain.Volunteers;
using WarmeWijk.Domain.Webhooks;

namespace WarmeWijk.Application.Privacy;

/// <summary>
/// Every stored type, and what the data export and erasure do with it. A test compares this with the database model, so a
/// new table cannot hold residents' data without a decision here (and in the export and the erasure).
/// </summary>
public static class PersonalDataMap
{
    /// <summary>Types that hold or point to a resident's data, with what the export shows and the erasure does.</summary>
    public static readonly IReadOnlyDictionary<Type, string> AboutResidents = new Dictionary<Type, string>
    {
        [typeof(Resident)] = "Exported whole. Erased: names, phone, e-mail, street, house number, box, home position; birth year, first language, postal code, municipality and sector kept.",
        [typeof(Consent)] = "Exported with its history. Erased: notes; active consents withdrawn; purposes and dates kept as proof.",
        [typeof(HelpRequest)] = "Exported whole. Erased: description and triage override reason; category, channel, sector, statuses and milestones kept.",
        [typeof(Triage)] = "Part of the help request, exported with it. Erased: the override reason; routes and the resident's choice kept.",
        [typeof(TimelineEntry)] = "Exported. Erased: reason; step, time and author kept.",
        [typeof(FollowUpTask)] = "Exported. Erased: description; dates kept.",
        [typeof(Referral)] = "Exported with the partner's feedback. Erased: note and feedback.",
        [typeof(VolunteerMatch)] = "Exported. Erased: decline reason and both sides' feedback; status, dates and hours kept.",
        [typeof(LoggedHours)] = "Hours on the resident's requests exported. Erased: their notes; the hours kept.",
        [typeof(Volunteer)] = "The resident's own volunteer profile, if any, exported and anonymised (and stopped).",
        [typeof(CriminalRecordExtract)] = "Part of the resident's own volunteer profile: issue and expiry dates only; exported, kept.",
        [typeof(FeedbackConversation)] = "Part of the resident's own volunteer profile. Erased: notes.",
        [typeof(Signal)] = "Signals raised by the resident's requests exported. Erased: description; theme and sector kept.",
        [typeof(IdempotencyRecord)] = "Stored responses about the resident's resources exported. Erased: the response becomes a stub with the id.",
        [typeof(OutboxMessage)] = "Webhook messages about the resident's referrals exported. Their payloads carry ids and statuses only, no personal data, so nothing to erase.",
        [typeof(ReferralCard)] = "Cards that started the resident's requests exported. 'Issued to' names the professional, not the resident: kept.",
        [typeof(AuditEntry)] = "Entries about the resident's records exported. Kept: they hold ids, roles and fixed purposes, never the data itself (accountability, art. 5(2)).",
    };

    /// <summary>Types that hold no data about a resident, and why.</summary>
    public static readonly IReadOnlyDictionary<Type, string> NotAboutResidents = new Dictionary<Type, string>
    {
        [typeof(Network)] = "The network itself.",
        [typeof(StaffUser)] = "Staff accounts.",
        [typeof(RefreshToken)] = "Staff sessions.",
        [typeof(PartnerOrganisation)] = "Organisations.",
        [typeof(PartnerApiClient)] = "Partner software credentials.",
        [typeof(WebhookSubscription)] = "Partner endpoints and secrets.",
        [typeof(Neighbourhood)] = "Areas.",
        [typeof(NeighbourhoodSector)] = "The sectors of an area.",
        [typeof(HelpCategory)] = "Reference data.",
        [typeof(Outcome)] = "Stories for funders: not linked to a request, and text with contact data is refused when recorded.",
        [typeof(ReferenceSector)] = "Open data.",
        [typeof(DatasetImport)] = "Open data imports.",
        [typeof(SectorYearFigures)] = "Open data.",
        [typeof(Consultation)] = "Buurtbevragingen: a neighbourhood's themes and quotes, not linked to a resident; text with contact data or a national number is refused.",
        [typeof(PlanGoal)] = "The buurtplan: neighbourhood goals; text with contact data is refused.",
        [typeof(PlanAction)] = "The buurtplan: actions with a staff owner or an organisation's name; text with contact data is refused.",
        [typeof(NeighbourhoodActivity)] = "Activities: counts and groups reached, nobody named.",
        [typeof(SectorGeometry)] = "Open data.",
    };
}
