using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WarmeWijk.Infrastructure.Persistence.Migrations.Sqlite
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    observed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    neighbourhood_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    types = table.Column<string>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    change = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    significance = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    contribution = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    network_id = table.Column<Guid>(type: "TEXT", nullable: false)
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
