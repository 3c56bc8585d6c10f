using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeWijk.Domain.Buurtanalyse.Data;
using WarmeWijk.Infrastructure.Buurtanalyse.Storage;

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

internal sealed class SectorYearFiguresConfiguration : IEntityTypeConfiguration<SectorYearFigures>
{
    public void Configure(EntityTypeBuilder<SectorYearFigures> builder)
    {
        builder.ToTable("sector_year_figures");
        builder.HasKey(f => new { f.SectorCode, f.Year });
        builder.Property(f => f.SectorCode).HasMaxLength(9);
        builder.Property(f => f.MunicipalityNis).HasMaxLength(5).IsRequired();
        // JSON as text on both databases: the importer merges it in SQL (jsonb on PostgreSQL, json1 on SQLite) and
        // everything else reads it whole.
        builder.Property(f => f.Figures)
            .HasConversion(figures => FigureJson.Write(figures), text => FigureJson.Read(text), FiguresComparer)
            .IsRequired();

        // Reading a municipality's figures of a year.
        builder.HasIndex(f => new { f.MunicipalityNis, f.Year });

        // No foreign keys and no index on the JSON: the importer checks sectors against the same table, and every
        // index slows down a bulk load.
    }

    private static readonly ValueComparer<Dictionary<string, StoredFigure>> FiguresComparer = new(
        (a, b) => Same(a!, b!),
        figures => figures.Count,
        figures => new Dictionary<string, StoredFigure>(figures, StringComparer.Ordinal));

    private static bool Same(Dictionary<string, StoredFigure> a, Dictionary<string, StoredFigure> b) =>
        a.Count == b.Count && a.All(f => b.TryGetValue(f.Key, out var other) && other == f.Value);
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
