using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Partners;
using WarmeWijk.Domain.Referrals;

namespace WarmeWijk.Infrastructure.Persistence.Configurations;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("referrals");
        builder.Property(r => r.Direction).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.Property(r => r.Feedback).HasMaxLength(2000);
        builder.HasIndex(r => new { r.PartnerOrganisationId, r.Id });
        builder.HasOne<HelpRequest>().WithMany().HasForeignKey(r => r.HelpRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(r => r.PartnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReferralCardConfiguration : IEntityTypeConfiguration<ReferralCard>
{
    public void Configure(EntityTypeBuilder<ReferralCard> builder)
    {
        builder.ToTable("referral_cards");
        builder.Property(c => c.Code).HasMaxLength(8).IsRequired();
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.IssuedTo).HasMaxLength(200).IsRequired();
    }
}
