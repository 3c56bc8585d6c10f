using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WarmeWijk.Infrastructure.Persistence.Migrations.PostgreSql
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: true),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    file_bytes = table.Column<long>(type: "bigint", nullable: false),
                    imported_by_network_id = table.Column<Guid>(type: "uuid", nullable: true),
                    imported_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    imported_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    is_synthetic = table.Column<bool>(type: "boolean", nullable: false),
                    accepted_rows = table.Column<long>(type: "bigint", nullable: false),
                    rejected_rows = table.Column<long>(type: "bigint", nullable: false),
                    skipped_rows = table.Column<long>(type: "bigint", nullable: false),
                    stored_values = table.Column<long>(type: "bigint", nullable: false),
                    first_year = table.Column<int>(type: "integer", nullable: true),
                    last_year = table.Column<int>(type: "integer", nullable: true),
                    fatal_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    rejections = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dataset_imports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sector_figures",
                columns: table => new
                {
                    sector_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    indicator_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    municipality_nis = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true),
                    value_suppressed = table.Column<bool>(type: "boolean", nullable: false),
                    numerator = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true),
                    numerator_suppressed = table.Column<bool>(type: "boolean", nullable: false),
                    denominator = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true),
                    denominator_suppressed = table.Column<bool>(type: "boolean", nullable: false),
                    import_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sector_figures", x => new { x.sector_code, x.indicator_id, x.year });
                });

            migrationBuilder.CreateTable(
                name: "statistical_sectors",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    municipality_nis = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    municipality_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    wijk_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    wijk_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statistical_sectors", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "sector_geometries",
                columns: table => new
                {
                    sector_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    municipality_nis = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    geometry_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    geometry = table.Column<string>(type: "text", nullable: false),
                    import_id = table.Column<Guid>(type: "uuid", nullable: false)
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
