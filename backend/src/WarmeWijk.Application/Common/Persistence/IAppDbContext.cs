using Microsoft.EntityFrameworkCore;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Buurtanalyse.Data;
using WarmeWijk.Domain.Buurtplan;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Idempotency;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Domain.Networks;
using WarmeWijk.Domain.Partners;
using WarmeWijk.Domain.Referrals;
using WarmeWijk.Domain.Reporting;
using WarmeWijk.Domain.Residents;
using WarmeWijk.Domain.Signals;
using WarmeWijk.Domain.Volunteers;
using WarmeWijk.Domain.Webhooks;

namespace WarmeWijk.Application.Common.Persistence;

/// <summary>
/// The unit of work of the use cases. Tenant-owned sets are already filtered to the caller's network;
/// rows added through it are assigned to that network when saved.
/// </summary>
public interface IAppDbContext
{
    DbSet<Network> Networks { get; }

    DbSet<StaffUser> StaffUsers { get; }

    DbSet<RefreshToken> RefreshTokens { get; }

    DbSet<PartnerOrganisation> PartnerOrganisations { get; }

    DbSet<PartnerApiClient> PartnerApiClients { get; }

    DbSet<Neighbourhood> Neighbourhoods { get; }

    DbSet<Resident> Residents { get; }

    DbSet<HelpCategory> HelpCategories { get; }

    DbSet<HelpRequest> HelpRequests { get; }

    DbSet<Referral> Referrals { get; }

    DbSet<ReferralCard> ReferralCards { get; }

    DbSet<Outcome> Outcomes { get; }

    DbSet<Signal> Signals { get; }

    DbSet<Consultation> Consultations { get; }

    DbSet<PlanGoal> PlanGoals { get; }

    DbSet<PlanAction> PlanActions { get; }

    DbSet<NeighbourhoodActivity> NeighbourhoodActivities { get; }

    DbSet<WebhookSubscription> WebhookSubscriptions { get; }

    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<IdempotencyRecord> IdempotencyRecords { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<Volunteer> Volunteers { get; }

    DbSet<VolunteerMatch> VolunteerMatches { get; }

    DbSet<ReferenceSector> ReferenceSectors { get; }

    DbSet<DatasetImport> DatasetImports { get; }

    DbSet<SectorYearFigures> SectorYearFigures { get; }

    DbSet<SectorGeometry> SectorGeometries { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs a report's reads without the database's retry, so that their rows stream: a query that may be retried is
    /// first read whole into large arrays, which cost a full garbage collection per report. A transient failure then
    /// fails the report (503 with Retry-After) instead of being retried here.
    /// </summary>
    Task<T> StreamReadsAsync<T>(Func<CancellationToken, Task<T>> reads, CancellationToken cancellationToken);
}
