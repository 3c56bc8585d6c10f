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
        builder.Property(p => p.Name).HasMaxLength(PartnerOrganisation.NameMax).IsRequired();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20).HasDefaultValue(ActorKind.Formal).ValueGeneratedNever();
        builder.Property(p => p.Description).HasMaxLength(PartnerOrganisation.TextMax);
        builder.PrimitiveCollection(p => p.Categories);
        builder.Property(p => p.Services).HasMaxLength(PartnerOrganisation.TextMax);
        builder.Property(p => p.Phone).HasMaxLength(20);
        builder.Property(p => p.Email).HasMaxLength(PartnerOrganisation.ContactMax);
        builder.Property(p => p.Website).HasMaxLength(PartnerOrganisation.ContactMax);
        builder.Property(p => p.Address).HasMaxLength(PartnerOrganisation.AddressMax);
        builder.PrimitiveCollection(p => p.NeighbourhoodIds);

        // Organisations from before the sociale kaart take referrals and are active; the values are always written.
        builder.Property(p => p.AcceptsReferrals).HasDefaultValue(true).ValueGeneratedNever();
        builder.Property(p => p.IsActive).HasDefaultValue(true).ValueGeneratedNever();
        builder.Property(p => p.Version).IsConcurrencyToken().HasDefaultValue(1).ValueGeneratedNever();
        builder.Ignore(p => p.IsReferralTarget);
        builder.HasIndex(p => new { p.NetworkId, p.Name });
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
