using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Domain.Networks;
using WarmeWijk.Domain.Reporting;

namespace WarmeWijk.Infrastructure.Persistence.Configurations;

internal sealed class OutcomeConfiguration : IEntityTypeConfiguration<Outcome>
{
    public void Configure(EntityTypeBuilder<Outcome> builder)
    {
        builder.ToTable("outcomes");
        builder.Property(o => o.Title).HasMaxLength(Outcome.MaxTitleLength).IsRequired();
        builder.Property(o => o.Change).HasMaxLength(Outcome.MaxChangeLength).IsRequired();
        builder.Property(o => o.Significance).HasMaxLength(Outcome.MaxSignificanceLength);
        builder.Property(o => o.Contribution).HasMaxLength(Outcome.MaxContributionLength);
        builder.Property(o => o.Source).HasMaxLength(Outcome.MaxSourceLength).IsRequired();
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(o => o.Types).ElementType().HasConversion<string>();
        builder.HasIndex(o => new { o.NetworkId, o.ObservedOn });
        builder.HasOne<Network>().WithMany().HasForeignKey(o => o.NetworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Neighbourhood>().WithMany().HasForeignKey(o => o.NeighbourhoodId).OnDelete(DeleteBehavior.Restrict);
    }
}
