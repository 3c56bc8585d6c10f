using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeWijk.Domain.Buurtanalyse.Data;

namespace WarmeWijk.Infrastructure.Persistence.Configurations;

internal sealed class ReferenceSectorConfiguration : IEntityTypeConfiguration<ReferenceSector>
{
    public void Configure(EntityTypeBuilder<ReferenceSector> builder)
    {
        builder.ToTable("statistical_sectors");
        builder.HasKey(s => s.Code);
        builder.Property(s => s.Code).HasMaxLength(9);
        builder.Property(s => s.Name).HasMaxLength(200).IsRequired();
        builder.Property(s => s.MunicipalityNis).HasMaxLength(5).IsRequired();
        builder.Property(s => s.MunicipalityName).HasMaxLength(100).IsRequired();
        builder.Property(s => s.WijkCode).HasMaxLength(20);
        builder.Property(s => s.WijkName).HasMaxLength(200);
        builder.HasIndex(s => s.MunicipalityNis);
    }
}

internal sealed class DatasetImportConfiguration : IEntityTypeConfiguration<DatasetImport>
{
    public void Configure(EntityTypeBuilder<DatasetImport> builder)
    {
        builder.ToTable("dataset_imports");
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.FileName).HasMaxLength(255).IsRequired();
        builder.Property(i => i.ImportedByName).HasMaxLength(200).IsRequired();
        builder.Property(i => i.FatalError).HasMaxLength(2000);
        builder.HasIndex(i => i.StartedAt);

        // The report is read and written as a whole, with its import: one JSON column.
        builder.OwnsMany(i => i.Rejections, rejection =>
        {
            rejection.ToJson("rejections");
            rejection.Property(r => r.Reason).HasMaxLength(1000);
        });
        builder.Navigation(i => i.Rejections).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SectorFigureConfiguration : IEntityTypeConfiguration<SectorFigure>
{
    public void Configure(EntityTypeBuilder<SectorFigure> builder)
    {
        builder.ToTable("sector_figures");
        builder.HasKey(f => new { f.SectorCode, f.IndicatorId, f.Year });
        builder.Property(f => f.SectorCode).HasMaxLength(9);
        builder.Property(f => f.IndicatorId).HasMaxLength(64);
        builder.Property(f => f.MunicipalityNis).HasMaxLength(5).IsRequired();
        builder.Property(f => f.Value).HasPrecision(20, 4);
        builder.Property(f => f.Numerator).HasPrecision(20, 4);
        builder.Property(f => f.Denominator).HasPrecision(20, 4);

        // Replacing an indicator's year, and reading a municipality's figures of a year.
        builder.HasIndex(f => new { f.IndicatorId, f.Year });
        builder.HasIndex(f => new { f.MunicipalityNis, f.Year });

        // No foreign keys and no index on import_id: the importer checks sectors against the same table, and every
        // index slows down a bulk load of millions of rows.
    }
}

internal sealed class SectorGeometryConfiguration : IEntityTypeConfiguration<SectorGeometry>
{
    public void Configure(EntityTypeBuilder<SectorGeometry> builder)
    {
        builder.ToTable("sector_geometries");
        builder.HasKey(g => g.SectorCode);
        builder.Property(g => g.SectorCode).HasMaxLength(9);
        builder.Property(g => g.MunicipalityNis).HasMaxLength(5).IsRequired();
        builder.Property(g => g.GeometryType).HasMaxLength(20).IsRequired();
        builder.Property(g => g.Geometry).IsRequired();
        builder.HasOne<DatasetImport>().WithMany().HasForeignKey(g => g.ImportId).OnDelete(DeleteBehavior.Restrict);
    }
}
