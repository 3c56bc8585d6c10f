using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Domain.Networks;

namespace WarmeWijk.Infrastructure.Persistence.Configurations;

internal sealed class NeighbourhoodConfiguration : IEntityTypeConfiguration<Neighbourhood>
{
    public void Configure(EntityTypeBuilder<Neighbourhood> builder)
    {
        builder.ToTable("neighbourhoods");
        builder.Property(n => n.Name).HasMaxLength(120).IsRequired();
        builder.HasIndex(n => new { n.NetworkId, n.Name }).IsUnique();
        builder.Property(n => n.MunicipalityNis).HasMaxLength(5).IsRequired();
        builder.Property(n => n.MunicipalityName).HasMaxLength(100).IsRequired();
        builder.HasOne<Network>().WithMany().HasForeignKey(n => n.NetworkId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsMany(n => n.Sectors, sector =>
        {
            sector.ToTable("neighbourhood_sectors");
            sector.WithOwner().HasForeignKey("NeighbourhoodId");
            sector.HasKey("NeighbourhoodId", nameof(NeighbourhoodSector.Code));
            sector.Property(s => s.Code).HasMaxLength(9);
            sector.Property(s => s.Name).HasMaxLength(200).IsRequired();
            sector.Property(s => s.MunicipalityNis).HasMaxLength(5).IsRequired();
        });
        builder.Navigation(n => n.Sectors).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
