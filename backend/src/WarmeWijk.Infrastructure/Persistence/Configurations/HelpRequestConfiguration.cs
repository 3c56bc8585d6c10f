using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Networks;
using WarmeWijk.Domain.Residents;

namespace WarmeWijk.Infrastructure.Persistence.Configurations;

internal sealed class HelpRequestConfiguration : IEntityTypeConfiguration<HelpRequest>
{
    public void Configure(EntityTypeBuilder<HelpRequest> builder)
    {
        builder.ToTable("help_requests");
        builder.Property(h => h.SectorCode).HasMaxLength(9).IsRequired();
        builder.Property(h => h.Channel).HasConversion<string>().HasMaxLength(30);
        builder.Property(h => h.CategoryCode).HasMaxLength(40).IsRequired();
        builder.Property(h => h.Description).HasMaxLength(HelpRequest.MaxDescriptionLength).IsRequired();
        builder.Property(h => h.Urgency).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Recurrence).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(h => h.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(h => h.Needs);
        builder.OwnsMany(h => h.TimeWindows, window =>
        {
            window.ToJson("time_windows");
            window.Property(w => w.Day).HasConversion<string>();
        });
        builder.OwnsOne(h => h.Triage, triage =>
        {
            triage.Property(t => t.SuggestedRoute).HasConversion<string>().HasMaxLength(10);
            triage.Property(t => t.DecidedRoute).HasConversion<string>().HasMaxLength(10);
            triage.Property(t => t.ResidentChoice).HasConversion<string>().HasMaxLength(30);
            triage.Property(t => t.SuggestionReason).HasMaxLength(300);
            triage.Property(t => t.OverrideReason).HasMaxLength(500);
        });
        builder.HasIndex(h => new { h.NetworkId, h.Status });
        builder.HasIndex(h => new { h.NetworkId, h.CreatedAt });
        builder.HasIndex(h => h.AssignedFieldWorkerId);
        builder.HasIndex(h => h.ResidentId);
        builder.HasOne<Network>().WithMany().HasForeignKey(h => h.NetworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Resident>().WithMany().HasForeignKey(h => h.ResidentId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsMany(h => h.Timeline, entry =>
        {
            entry.ToTable("help_request_timeline");
            entry.WithOwner().HasForeignKey("HelpRequestId");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedNever();
            entry.Property(e => e.From).HasConversion<string>().HasMaxLength(30);
            entry.Property(e => e.To).HasConversion<string>().HasMaxLength(30);
            entry.Property(e => e.Reason).HasMaxLength(500);
        });
        builder.Navigation(h => h.Timeline).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(h => h.FollowUps, task =>
        {
            task.ToTable("follow_up_tasks");
            task.WithOwner().HasForeignKey("HelpRequestId");
            task.HasKey(t => t.Id);
            task.Property(t => t.Id).ValueGeneratedNever();
            task.Property(t => t.Description).HasMaxLength(300);
            task.Property(t => t.Recurrence).HasConversion<string>().HasMaxLength(20);
            task.HasIndex(t => new { t.AssignedTo, t.DueOn });
        });
        builder.Navigation(h => h.FollowUps).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class HelpCategoryConfiguration : IEntityTypeConfiguration<HelpCategory>
{
    public void Configure(EntityTypeBuilder<HelpCategory> builder)
    {
        builder.ToTable("help_categories");
        builder.Property(c => c.Code).HasMaxLength(40).IsRequired();
        builder.Property(c => c.NameNl).HasMaxLength(100).IsRequired();
        builder.Property(c => c.NameEn).HasMaxLength(100).IsRequired();
        builder.Property(c => c.DefaultRoute).HasConversion<string>().HasMaxLength(10);
        builder.PrimitiveCollection(c => c.BuddyTypes).ElementType().HasConversion<string>();
        builder.PrimitiveCollection(c => c.RequiredTraining);
        builder.HasIndex(c => new { c.NetworkId, c.Code }).IsUnique();
        builder.HasOne<Network>().WithMany().HasForeignKey(c => c.NetworkId).OnDelete(DeleteBehavior.Restrict);
    }
}
