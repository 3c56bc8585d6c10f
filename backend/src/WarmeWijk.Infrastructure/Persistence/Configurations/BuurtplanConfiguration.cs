using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeWijk.Domain.Buurtplan;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Domain.Networks;

namespace WarmeWijk.Infrastructure.Persistence.Configurations;

internal sealed class PlanGoalConfiguration : IEntityTypeConfiguration<PlanGoal>
{
    public void Configure(EntityTypeBuilder<PlanGoal> builder)
    {
        builder.ToTable("plan_goals");
        builder.Property(g => g.Title).HasMaxLength(PlanGoal.MaxTitleLength).IsRequired();
        builder.Property(g => g.Description).HasMaxLength(PlanGoal.MaxDescriptionLength);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.OwnsMany(g => g.Findings, finding =>
        {
            finding.ToJson("findings");
            finding.Property(f => f.Kind).HasConversion<string>();
        });
        builder.OwnsMany(g => g.Indicators, indicator => indicator.ToJson("indicators"));
        builder.HasIndex(g => new { g.NetworkId, g.NeighbourhoodId });
        builder.HasOne<Network>().WithMany().HasForeignKey(g => g.NetworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Neighbourhood>().WithMany().HasForeignKey(g => g.NeighbourhoodId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> builder)
    {
        builder.ToTable("plan_actions");
        builder.Property(a => a.Title).HasMaxLength(PlanAction.MaxTitleLength).IsRequired();
        builder.Property(a => a.OwnerName).HasMaxLength(PlanAction.MaxOwnerNameLength);
        builder.Property(a => a.Notes).HasMaxLength(PlanAction.MaxNotesLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(a => a.PartnerIds);
        builder.HasIndex(a => new { a.NetworkId, a.NeighbourhoodId });
        builder.HasIndex(a => a.GoalId);
        builder.HasOne<Network>().WithMany().HasForeignKey(a => a.NetworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Neighbourhood>().WithMany().HasForeignKey(a => a.NeighbourhoodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanGoal>().WithMany().HasForeignKey(a => a.GoalId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NeighbourhoodActivityConfiguration : IEntityTypeConfiguration<NeighbourhoodActivity>
{
    public void Configure(EntityTypeBuilder<NeighbourhoodActivity> builder)
    {
        builder.ToTable("neighbourhood_activities");
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Description).HasMaxLength(NeighbourhoodActivity.MaxDescriptionLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(a => a.GroupsReached).ElementType().HasConversion<string>();
        builder.HasIndex(a => new { a.NetworkId, a.NeighbourhoodId, a.HeldOn });
        builder.HasOne<Network>().WithMany().HasForeignKey(a => a.NetworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Neighbourhood>().WithMany().HasForeignKey(a => a.NeighbourhoodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanAction>().WithMany().HasForeignKey(a => a.ActionId).OnDelete(DeleteBehavior.Restrict);
    }
}
