using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Common;
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

namespace WarmeWijk.Infrastructure.Persistence;

/// <summary>
/// The model, shared by both providers. Each provider has a subclass so that each keeps its own
/// migration set (see docs/decisions/0002-migrations-per-provider.md).
/// </summary>
public abstract class AppDbContext : DbContext, IAppDbContext
{
    private static readonly ICurrentUser Nobody = new NobodySignedIn();
    private ICurrentUser currentUser = Nobody;

    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Network> Networks => Set<Network>();

    public DbSet<StaffUser> StaffUsers => Set<StaffUser>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<PartnerOrganisation> PartnerOrganisations => Set<PartnerOrganisation>();

    public DbSet<PartnerApiClient> PartnerApiClients => Set<PartnerApiClient>();

    public DbSet<Neighbourhood> Neighbourhoods => Set<Neighbourhood>();

    public DbSet<Resident> Residents => Set<Resident>();

    public DbSet<HelpCategory> HelpCategories => Set<HelpCategory>();

    public DbSet<HelpRequest> HelpRequests => Set<HelpRequest>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<ReferralCard> ReferralCards => Set<ReferralCard>();

    public DbSet<Outcome> Outcomes => Set<Outcome>();

    public DbSet<Signal> Signals => Set<Signal>();

    public DbSet<Consultation> Consultations => Set<Consultation>();

    public DbSet<PlanGoal> PlanGoals => Set<PlanGoal>();

    public DbSet<PlanAction> PlanActions => Set<PlanAction>();

    public DbSet<NeighbourhoodActivity> NeighbourhoodActivities => Set<NeighbourhoodActivity>();

    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Volunteer> Volunteers => Set<Volunteer>();

    public DbSet<VolunteerMatch> VolunteerMatches => Set<VolunteerMatch>();

    public DbSet<ReferenceSector> ReferenceSectors => Set<ReferenceSector>();

    public DbSet<DatasetImport> DatasetImports => Set<DatasetImport>();

    public DbSet<SectorYearFigures> SectorYearFigures => Set<SectorYearFigures>();

    public DbSet<SectorGeometry> SectorGeometries => Set<SectorGeometry>();

    /// <summary>Read by the query filters on every query; Guid.Empty (no row matches) when nobody is signed in.</summary>
    private Guid CurrentNetworkId => currentUser.NetworkId ?? Guid.Empty;

    /// <summary>
    /// Whom the context works for: the tenant query filters and new rows follow the caller's network. Until this is
    /// called, and again once the context is disposed (returned to the pool), nobody is signed in.
    /// </summary>
    public AppDbContext ActingFor(ICurrentUser user)
    {
        currentUser = user;
        return this;
    }

    public override void Dispose()
    {
        currentUser = Nobody;
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override ValueTask DisposeAsync()
    {
        currentUser = Nobody;
        GC.SuppressFinalize(this);
        return base.DisposeAsync();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        foreach (var entityType in modelBuilder.Model.GetEntityTypes()
                     .Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && !t.IsOwned()))
        {
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(TenantFilter(entityType.ClrType));
            modelBuilder.Entity(entityType.ClrType).HasIndex(nameof(ITenantOwned.NetworkId));
        }
    }

    public Task<T> StreamReadsAsync<T>(Func<CancellationToken, Task<T>> reads, CancellationToken cancellationToken) =>
        new StreamingReads(this).ExecuteAsync(reads, cancellationToken);

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AssignNetworkToNewRows();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AssignNetworkToNewRows();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void AssignNetworkToNewRows()
    {
        foreach (var entry in ChangeTracker.Entries<TenantOwnedEntity>())
        {
            if (entry.State == EntityState.Added && entry.Entity.NetworkId == Guid.Empty)
            {
                entry.Entity.AssignToNetwork(currentUser.NetworkId
                    ?? throw new InvalidOperationException($"A {entry.Entity.GetType().Name} can only be created by a signed-in user."));
            }
            else if (entry.State == EntityState.Modified && entry.Property(e => e.NetworkId).IsModified)
            {
                throw new InvalidOperationException("A row cannot move to another network.");
            }
        }
    }

    private LambdaExpression TenantFilter(Type entityType)
    {
        // e => e.NetworkId == this.CurrentNetworkId; EF evaluates the property per query, per context instance.
        var entity = Expression.Parameter(entityType, "e");
        var networkId = Expression.Property(entity, nameof(ITenantOwned.NetworkId));
        var current = Expression.Property(Expression.Constant(this, typeof(AppDbContext)), nameof(CurrentNetworkId));
        return Expression.Lambda(Expression.Equal(networkId, current), entity);
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date type; as numbers, instants sort and compare correctly in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options) : AppDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Arrays added to tables that have rows need a default; SQLite's JSON columns get '[]' without being told.
        modelBuilder.Entity<PartnerOrganisation>().PrimitiveCollection(p => p.Categories).HasDefaultValueSql("'{}'").ValueGeneratedNever();
        modelBuilder.Entity<PartnerOrganisation>().PrimitiveCollection(p => p.NeighbourhoodIds).HasDefaultValueSql("'{}'").ValueGeneratedNever();
    }
}
