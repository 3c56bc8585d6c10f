using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WarmeWijk.Infrastructure.Persistence.Migrations.PostgreSql
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
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "address",
                table: "partner_organisations",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "categories",
                table: "partner_organisations",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "description",
                table: "partner_organisations",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "email",
                table: "partner_organisations",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_active",
                table: "partner_organisations",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "partner_organisations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Formal");

            migrationBuilder.AddColumn<List<Guid>>(
                name: "neighbourhood_ids",
                table: "partner_organisations",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "phone",
                table: "partner_organisations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "services",
                table: "partner_organisations",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "partner_organisations",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "website",
                table: "partner_organisations",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "consultations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    neighbourhood_id = table.Column<Guid>(type: "uuid", nullable: false),
                    method = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    participants = table.Column<int>(type: "integer", nullable: true),
                    themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    quotes = table.Column<List<string>>(type: "text[]", nullable: false),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    network_id = table.Column<Guid>(type: "uuid", nullable: false)
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
