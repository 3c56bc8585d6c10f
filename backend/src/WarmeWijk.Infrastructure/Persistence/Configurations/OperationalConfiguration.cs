using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.Idempotency;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Domain.Partners;
using WarmeWijk.Domain.Signals;
using WarmeWijk.Domain.Webhooks;

namespace WarmeWijk.Infrastructure.Persistence.Configurations;

internal sealed class SignalConfiguration : IEntityTypeConfiguration<Signal>
{
    public void Configure(EntityTypeBuilder<Signal> builder)
    {
        builder.ToTable("signals");
        builder.Property(s => s.Source).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Theme).HasMaxLength(80).IsRequired();
        builder.Property(s => s.SectorCode).HasMaxLength(9).IsRequired();
        builder.Property(s => s.Description).HasMaxLength(1000).IsRequired();
    }
}

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> builder)
    {
        builder.ToTable("consultations");
        builder.Property(c => c.Method).HasConversion<string>().HasMaxLength(30);
        builder.PrimitiveCollection(c => c.Themes);
        builder.Property(c => c.Summary).HasMaxLength(Consultation.SummaryMax).IsRequired();
        builder.PrimitiveCollection(c => c.Quotes);
        builder.HasOne<Neighbourhood>().WithMany().HasForeignKey(c => c.NeighbourhoodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.NeighbourhoodId, c.HeldOn });
        // Buurtbevragingen recorded before they could be corrected start at version 1.
        builder.Property(c => c.Version).IsConcurrencyToken().HasDefaultValue(1).ValueGeneratedNever();
    }
}

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("webhook_subscriptions");
        builder.Property(s => s.Url).HasMaxLength(2000).IsRequired();
        builder.Property(s => s.Secret).HasMaxLength(100).IsRequired();
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(s => s.PartnerOrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.Property(m => m.EventType).HasMaxLength(60).IsRequired();
        builder.Property(m => m.Payload).IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.Property(m => m.LeasedBy).HasMaxLength(100);
        builder.HasIndex(m => new { m.DeliveredAt, m.DeadLetteredAt, m.NextAttemptAt });
        builder.HasIndex(m => new { m.SubscriptionId, m.SubjectId, m.CreatedAt });
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(m => m.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_records");
        builder.Property(r => r.CallerId).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Key).HasMaxLength(200).IsRequired();
        builder.Property(r => r.RequestHash).HasMaxLength(64).IsRequired();
        builder.Property(r => r.ResponseBody).IsRequired();

        // The unique key is what makes concurrent retries safe: only one insert can win.
        builder.HasIndex(r => new { r.CallerId, r.Key }).IsUnique();
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.Property(a => a.ActorRole).HasMaxLength(20).IsRequired();
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.EntityType).HasMaxLength(60).IsRequired();
        builder.Property(a => a.Purpose).HasMaxLength(300).IsRequired();
        builder.HasIndex(a => new { a.EntityType, a.EntityId, a.At });
    }
}
