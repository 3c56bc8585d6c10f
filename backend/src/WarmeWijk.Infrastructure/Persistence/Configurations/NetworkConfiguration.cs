using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeWijk.Domain.Networks;

namespace WarmeWijk.Infrastructure.Persistence.Configurations;

internal sealed class NetworkConfiguration : IEntityTypeConfiguration<Network>
{
    public void Configure(EntityTypeBuilder<Network> builder)
    {
        builder.ToTable("networks");
        builder.Property(n => n.Name).HasMaxLength(200).IsRequired();
        builder.Property(n => n.Slug).HasMaxLength(60).IsRequired();
        builder.HasIndex(n => n.Slug).IsUnique();
        builder.OwnsOne(n => n.CustomMatchingWeights, weights => weights.ToJson("matching_weights"));
        builder.Ignore(n => n.MatchingWeights);
    }
}
