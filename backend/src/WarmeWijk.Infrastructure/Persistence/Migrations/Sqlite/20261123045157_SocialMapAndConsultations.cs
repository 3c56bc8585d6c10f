using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WarmeWijk.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SocialMapAndConsultations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "accepts_referrals",
                table: "partner_organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "address",
                table: "partner_organisations",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "categories",
                table: "partner_organisations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "description",
                table: "partner_organisations",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "email",
                table: "partner_organisations",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_active",
                table: "partner_organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "partner_organisations",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Formal");

            migrationBuilder.AddColumn<string>(
                name: "neighbourhood_ids",
                table: "partner_organisations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "phone",
                table: "partner_organisations",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "services",
                table: "partner_organisations",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "partner_organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "website",
                table: "partner_organisations",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "consultations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    neighbourhood_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    held_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    participants = table.Column<int>(type: "INTEGER", nullable: true),
                    themes = table.Column<string>(type: "TEXT", nullable: false),
                    summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    quotes = table.Column<string>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    network_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consultations", x => x.id);
                    table.ForeignKey(
                        name: "fk_consultations_neighbourhoods_neighbourhood_id",
                        column: x => x.neighbourhood_id,
                        principalTable: "neighbourhoods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_partner_organisations_network_id_name",
                table: "partner_organisations",
                columns: new[] { "network_id", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_consultations_neighbourhood_id_held_on",
                table: "consultations",
                columns: new[] { "neighbourhood_id", "held_on" });

            migrationBuilder.CreateIndex(
                name: "ix_consultations_network_id",
                table: "consultations",
                column: "network_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consultations");

            migrationBuilder.DropIndex(
                name: "ix_partner_organisations_network_id_name",
                table: "partner_organisations");

            migrationBuilder.DropColumn(
                name: "accepts_referrals",
                table: "partner_organisations");

            migrationBuilder.DropColumn(
                name: "address",
                table: "partner_organisations");

            migrationBuilder.DropColumn(
                name: "categories",
                table: "partner_organisations");

            migrationBuilder.DropColumn(
                name: "description",
                table: "partner_organisations");

            migrationBuilder.DropColumn(
                name: "email",
                table: "partner_organisations");

            migrationBuilder.DropColumn(
                name: "is_active",
                table: "partner_organisations");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "partner_organisations");

            migrationBuilder.DropColumn(
                name: "neighbourhood_ids",
                table: "partner_organisations");

            migrationBuilder.DropColumn(
                name: "phone",
                table: "partner_organisations");

            migrationBuilder.DropColumn(
                name: "services",
                table: "partner_organisations");

            migrationBuilder.DropColumn(
                name: "version",
                table: "partner_organisations");

            migrationBuilder.DropColumn(
                name: "website",
                table: "partner_organisations");
        }
    }
}
