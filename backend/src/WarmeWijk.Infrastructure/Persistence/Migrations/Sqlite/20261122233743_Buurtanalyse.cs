using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WarmeWijk.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Buurtanalyse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dataset_imports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: true),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    file_bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    imported_by_network_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    imported_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    imported_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: false),
                    finished_at = table.Column<long>(type: "INTEGER", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    is_synthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    accepted_rows = table.Column<long>(type: "INTEGER", nullable: false),
                    rejected_rows = table.Column<long>(type: "INTEGER", nullable: false),
                    skipped_rows = table.Column<long>(type: "INTEGER", nullable: false),
                    stored_values = table.Column<long>(type: "INTEGER", nullable: false),
                    first_year = table.Column<int>(type: "INTEGER", nullable: true),
                    last_year = table.Column<int>(type: "INTEGER", nullable: true),
                    fatal_error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    rejections = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dataset_imports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sector_figures",
                columns: table => new
                {
                    sector_code = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    indicator_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    municipality_nis = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true),
                    value_suppressed = table.Column<bool>(type: "INTEGER", nullable: false),
                    numerator = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true),
                    numerator_suppressed = table.Column<bool>(type: "INTEGER", nullable: false),
                    denominator = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true),
                    denominator_suppressed = table.Column<bool>(type: "INTEGER", nullable: false),
                    import_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sector_figures", x => new { x.sector_code, x.indicator_id, x.year });
                });

            migrationBuilder.CreateTable(
                name: "statistical_sectors",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    municipality_nis = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    municipality_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    wijk_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    wijk_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statistical_sectors", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "sector_geometries",
                columns: table => new
                {
                    sector_code = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    municipality_nis = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    geometry_type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    geometry = table.Column<string>(type: "TEXT", nullable: false),
                    import_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sector_geometries", x => x.sector_code);
                    table.ForeignKey(
                        name: "fk_sector_geometries_dataset_imports_import_id",
                        column: x => x.import_id,
                        principalTable: "dataset_imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dataset_imports_started_at",
                table: "dataset_imports",
                column: "started_at");

            migrationBuilder.CreateIndex(
                name: "ix_sector_figures_indicator_id_year",
                table: "sector_figures",
                columns: new[] { "indicator_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_sector_figures_municipality_nis_year",
                table: "sector_figures",
                columns: new[] { "municipality_nis", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_sector_geometries_import_id",
                table: "sector_geometries",
                column: "import_id");

            migrationBuilder.CreateIndex(
                name: "ix_statistical_sectors_municipality_nis",
                table: "statistical_sectors",
                column: "municipality_nis");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sector_figures");

            migrationBuilder.DropTable(
                name: "sector_geometries");

            migrationBuilder.DropTable(
                name: "statistical_sectors");

            migrationBuilder.DropTable(
                name: "dataset_imports");
        }
    }
}
