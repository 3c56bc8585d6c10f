using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeWijk.Domain.Networks;
using WarmeWijk.Domain.Residents;

namespace WarmeWijk.Infrastructure.Persistence.Configurations;

internal sealed class ResidentConfiguration : IEntityTypeConfiguration<Resident>
{
    public void Configure(EntityTypeBuilder<Resident> builder)
    {
        builder.ToTable("residents");
        builder.Property(r => r.FirstName).HasMaxLength(80).IsRequired();
        builder.Property(r => r.LastName).HasMaxLength(80).IsRequired();
        builder.Property(r => r.Phone).HasMaxLength(20);
        builder.Property(r => r.Email).HasMaxLength(320);
        builder.Property(r => r.ContactPreference).HasConversion<string>().HasMaxLength(20);
        builder.PrimitiveCollection(r => r.Languages);
        builder.Property(r => r.Version).IsConcurrencyToken().HasDefaultValue(1).ValueGeneratedNever();
        builder.Ignore(r => r.Home);
        builder.HasIndex(r => new { r.NetworkId, r.LastName });
        builder.HasOne<Network>().WithMany().HasForeignKey(r => r.NetworkId).OnDelete(DeleteBehavior.Restrict);

        builder.ComplexProperty(r => r.Address, address =>
        {
            address.Property(a => a.Street).HasMaxLength(120).IsRequired();
            address.Property(a => a.HouseNumber).HasMaxLength(10).IsRequired();
            address.Property(a => a.Box).HasMaxLength(10);
            address.Property(a => a.PostalCode).HasMaxLength(4).IsRequired();
            address.Property(a => a.Municipality).HasMaxLength(100).IsRequired();
            address.Property(a => a.SectorCode).HasMaxLength(9).IsRequired();
        });

        builder.OwnsMany(r => r.Consents, consent =>
        {
            consent.ToTable("resident_consents");
            consent.WithOwner().HasForeignKey("ResidentId");
            consent.HasKey(c => c.Id);
            consent.Property(c => c.Id).ValueGeneratedNever();
            consent.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(30);
            consent.Property(c => c.Note).HasMaxLength(500);
        });
        builder.Navigation(r => r.Consents).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
