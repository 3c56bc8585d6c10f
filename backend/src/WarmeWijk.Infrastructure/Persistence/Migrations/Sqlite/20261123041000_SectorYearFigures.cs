using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WarmeWijk.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SectorYearFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sector_year_figures",
                columns: table => new
                {
                    sector_code = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    municipality_nis = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    figures = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sector_year_figures", x => new { x.sector_code, x.year });
                });

            migrationBuilder.CreateIndex(
                name: "ix_sector_year_figures_municipality_nis_year",
                table: "sector_year_figures",
                columns: new[] { "municipality_nis", "year" });

            // The figures move over: one JSON object per sector and year (FigureJson), absent parts left out, "C" for
            // suppressed, "s" for figures of a synthetic import.
            migrationBuilder.Sql("""
                INSERT INTO sector_year_figures (sector_code, year, municipality_nis, figures)
                SELECT f.sector_code, f.year, min(f.municipality_nis),
                       json_group_object(f.indicator_id, json_patch('{}', json_object(
                           'v', CASE WHEN f.value_suppressed THEN 'C' ELSE json(f.value) END,
                           'n', CASE WHEN f.numerator_suppressed THEN 'C' ELSE json(f.numerator) END,
                           'd', CASE WHEN f.denominator_suppressed THEN 'C' ELSE json(f.denominator) END,
                           's', CASE WHEN i.is_synthetic THEN json('true') END)))
                FROM sector_figures f LEFT JOIN dataset_imports i ON i.id = f.import_id
                GROUP BY f.sector_code, f.year;
                """);

            migrationBuilder.DropTable(
                name: "sector_figures");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Going back leaves the figures behind: import the files again after a downgrade.
            migrationBuilder.DropTable(
                name: "sector_year_figures");

            migrationBuilder.CreateTable(
                name: "sector_figures",
                columns: table => new
                {
                    sector_code = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    indicator_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    denominator = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true),
                    denominator_suppressed = table.Column<bool>(type: "INTEGER", nullable: false),
                    import_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    municipality_nis = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    numerator = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true),
                    numerator_suppressed = table.Column<bool>(type: "INTEGER", nullable: false),
                    value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true),
                    value_suppressed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sector_figures", x => new { x.sector_code, x.indicator_id, x.year });
                });

            migrationBuilder.CreateIndex(
                name: "ix_sector_figures_indicator_id_year",
                table: "sector_figures",
                columns: new[] { "indicator_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_sector_figures_municipality_nis_year",
                table: "sector_figures",
                columns: new[] { "municipality_nis", "year" });
        }
    }
}
