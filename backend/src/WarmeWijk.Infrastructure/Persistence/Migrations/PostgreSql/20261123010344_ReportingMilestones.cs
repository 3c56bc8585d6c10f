using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WarmeWijk.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ReportingMilestones : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                table: "help_requests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "first_contact_at",
                table: "help_requests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "first_contact_by",
                table: "help_requests",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "matched_at",
                table: "help_requests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "partner_accepted_at",
                table: "help_requests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "referred_at",
                table: "help_requests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sector_code",
                table: "help_requests",
                type: "character varying(9)",
                maxLength: 9,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "triaged_at",
                table: "help_requests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_help_requests_network_id_created_at",
                table: "help_requests",
                columns: new[] { "network_id", "created_at" });

            // Requests recorded before these columns existed: the sector from the resident, the milestones from the timeline.
            migrationBuilder.Sql("""
                UPDATE help_requests SET sector_code = (SELECT r.address_sector_code FROM residents r WHERE r.id = help_requests.resident_id);
                UPDATE help_requests SET
                    triaged_at = (SELECT MIN(t.at) FROM help_request_timeline t WHERE t.help_request_id = help_requests.id AND t."to" = 'Triaged'),
                    matched_at = (SELECT MIN(t.at) FROM help_request_timeline t WHERE t.help_request_id = help_requests.id AND t."to" = 'Matched'),
                    referred_at = (SELECT MIN(t.at) FROM help_request_timeline t WHERE t.help_request_id = help_requests.id AND t."to" = 'Referred'),
                    partner_accepted_at = (SELECT MIN(t.at) FROM help_request_timeline t WHERE t.help_request_id = help_requests.id AND t."to" = 'AcceptedByPartner'),
                    closed_at = (SELECT MAX(t.at) FROM help_request_timeline t WHERE t.help_request_id = help_requests.id
                                 AND t."to" IN ('Completed', 'Closed', 'Cancelled', 'ClosedNoOffer'));
                UPDATE help_requests SET first_contact_at = created_at, first_contact_by = created_by
                    WHERE channel IN ('PhoneLine', 'HomeVisit', 'DoorToDoorRound', 'WalkIn');
                UPDATE help_requests SET first_contact_at = triaged_at,
                    first_contact_by = (SELECT t."by" FROM help_request_timeline t WHERE t.help_request_id = help_requests.id AND t."to" = 'Triaged' ORDER BY t.at LIMIT 1)
                    WHERE first_contact_at IS NULL AND triaged_at IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_help_requests_network_id_created_at",
                table: "help_requests");

            migrationBuilder.DropColumn(
                name: "closed_at",
                table: "help_requests");

            migrationBuilder.DropColumn(
                name: "first_contact_at",
                table: "help_requests");

            migrationBuilder.DropColumn(
                name: "first_contact_by",
                table: "help_requests");

            migrationBuilder.DropColumn(
                name: "matched_at",
                table: "help_requests");

            migrationBuilder.DropColumn(
                name: "partner_accepted_at",
                table: "help_requests");

            migrationBuilder.DropColumn(
                name: "referred_at",
                table: "help_requests");

            migrationBuilder.DropColumn(
                name: "sector_code",
                table: "help_requests");

            migrationBuilder.DropColumn(
                name: "triaged_at",
                table: "help_requests");
        }
    }
}
