using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeWijk.Domain.Networks;
using WarmeWijk.Domain.Partners;

namespace WarmeWijk.Infrastructure.Persistence.Configurations;

internal sealed class PartnerOrganisationConfiguration : IEntityTypeConfiguration<PartnerOrganisation>
{
    public void Configure(EntityTypeBuilder<PartnerOrganisation> builder)
    {
        builder.ToTable("partner_organisations");
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.HasOne<Network>().WithMany().HasForeignKey(p => p.NetworkId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PartnerApiClientConfiguration : IEntityTypeConfiguration<PartnerApiClient>
{
    public void Configure(EntityTypeBuilder<PartnerApiClient> builder)
    {
        builder.ToTable("partner_api_clients");
        builder.Property(c => c.ClientId).HasMaxLength(100).IsRequired();
        builder.HasIndex(c => c.ClientId).IsUnique();
        builder.Property(c => c.SecretHash).HasMaxLength(500).IsRequired();
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(c => c.PartnerOrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
