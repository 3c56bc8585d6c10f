using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Networks;
using WarmeWijk.Domain.Residents;
using WarmeWijk.Domain.Volunteers;

namespace WarmeWijk.Infrastructure.Persistence.Configurations;

internal sealed class VolunteerConfiguration : IEntityTypeConfiguration<Volunteer>
{
    public void Configure(EntityTypeBuilder<Volunteer> builder)
    {
        builder.ToTable("volunteers");
        builder.Property(v => v.FirstName).HasMaxLength(80).IsRequired();
        builder.Property(v => v.LastName).HasMaxLength(80).IsRequired();
        builder.Property(v => v.Email).HasMaxLength(320);
        builder.Property(v => v.Phone).HasMaxLength(20);
        builder.Property(v => v.Role).HasConversion<string>().HasMaxLength(30);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.StatusReason).HasMaxLength(500);
        builder.Property(v => v.SectorCode).HasMaxLength(9).IsRequired();
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(v => v.BuddyTypes).ElementType().HasConversion<string>();
        builder.PrimitiveCollection(v => v.Skills);
        builder.PrimitiveCollection(v => v.RefusedCategories);
        builder.PrimitiveCollection(v => v.RefusedHomeConditions).ElementType().HasConversion<string>();
        builder.OwnsMany(v => v.Languages, language =>
        {
            language.ToJson("languages");
            language.Property(l => l.Level).HasConversion<string>();
        });
        builder.OwnsMany(v => v.Availability, window =>
        {
            window.ToJson("availability");
            window.Property(w => w.Day).HasConversion<string>();
        });
        builder.OwnsMany(v => v.Absences, absence => absence.ToJson("absences"));
        builder.OwnsMany(v => v.Training, training => training.ToJson("training"));
        builder.OwnsOne(v => v.Screening, screening =>
        {
            screening.Property(s => s.IssuedOn).HasColumnName("screening_issued_on");
            screening.Property(s => s.ExpiresOn).HasColumnName("screening_expires_on");
        });
        builder.Ignore(v => v.Home);
        builder.HasIndex(v => new { v.NetworkId, v.Status });
        builder.HasIndex(v => v.ResidentId);
        builder.HasOne<Network>().WithMany().HasForeignKey(v => v.NetworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Resident>().WithMany().HasForeignKey(v => v.ResidentId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsMany(v => v.Feedback, feedback =>
        {
            feedback.ToTable("volunteer_feedback");
            feedback.WithOwner().HasForeignKey("VolunteerId");
            feedback.HasKey(f => f.Id);
            feedback.Property(f => f.Id).ValueGeneratedNever();
            feedback.Property(f => f.Notes).HasMaxLength(2000);
        });
        builder.Navigation(v => v.Feedback).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(v => v.Hours, hours =>
        {
            hours.ToTable("volunteer_hours");
            hours.WithOwner().HasForeignKey("VolunteerId");
            hours.HasKey(h => h.Id);
            hours.Property(h => h.Id).ValueGeneratedNever();
            hours.Property(h => h.Hours).HasPrecision(4, 2);
            hours.Property(h => h.Note).HasMaxLength(500);
            hours.HasIndex(h => h.On);
        });
        builder.Navigation(v => v.Hours).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class VolunteerMatchConfiguration : IEntityTypeConfiguration<VolunteerMatch>
{
    public void Configure(EntityTypeBuilder<VolunteerMatch> builder)
    {
        builder.ToTable("volunteer_matches");
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.TokenHash).HasMaxLength(64).IsRequired();
        builder.Property(m => m.DeclineReason).HasMaxLength(500);
        builder.Property(m => m.Hours).HasPrecision(6, 2);
        builder.Property(m => m.VolunteerFeedback).HasMaxLength(1000);
        builder.Property(m => m.ResidentFeedback).HasMaxLength(1000);
        builder.Ignore(m => m.IsOpen);
        builder.HasIndex(m => m.TokenHash).IsUnique();
        builder.HasIndex(m => new { m.HelpRequestId, m.Status });
        builder.HasIndex(m => new { m.VolunteerId, m.Status });
        builder.HasOne<Network>().WithMany().HasForeignKey(m => m.NetworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<HelpRequest>().WithMany().HasForeignKey(m => m.HelpRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(m => m.VolunteerId).OnDelete(DeleteBehavior.Restrict);
    }
}
