using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WarmeWijk.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Outcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "outcomes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    observed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    neighbourhood_id = table.Column<Guid>(type: "uuid", nullable: true),
                    types = table.Column<string[]>(type: "text[]", nullable: false),
                    title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    change = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    significance = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    contribution = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    network_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outcomes", x => x.id);
                    table.ForeignKey(
                        name: "fk_outcomes_neighbourhoods_neighbourhood_id",
                        column: x => x.neighbourhood_id,
                        principalTable: "neighbourhoods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_outcomes_networks_network_id",
                        column: x => x.network_id,
                        principalTable: "networks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_outcomes_neighbourhood_id",
                table: "outcomes",
                column: "neighbourhood_id");

            migrationBuilder.CreateIndex(
                name: "ix_outcomes_network_id",
                table: "outcomes",
                column: "network_id");

            migrationBuilder.CreateIndex(
                name: "ix_outcomes_network_id_observed_on",
                table: "outcomes",
                columns: new[] { "network_id", "observed_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outcomes");
        }
    }
}
