using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WarmeWijk.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Volunteers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "home_latitude",
                table: "residents",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "home_longitude",
                table: "residents",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "matching_weights",
                table: "networks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "buddy_types",
                table: "help_categories",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "required_training",
                table: "help_categories",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<bool>(
                name: "requires_home_visit",
                table: "help_categories",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Existing networks get the buddy types of the default categories, as new networks do (HelpCategory.Defaults).
            migrationBuilder.Sql("UPDATE help_categories SET buddy_types = '[\"OddJobs\"]', requires_home_visit = 1 WHERE code = 'odd-jobs';");
            migrationBuilder.Sql("UPDATE help_categories SET buddy_types = '[\"OddJobs\"]', requires_home_visit = 0 WHERE code = 'rubbish';");
            migrationBuilder.Sql("UPDATE help_categories SET buddy_types = '[\"Garden\"]', requires_home_visit = 0 WHERE code = 'garden';");
            migrationBuilder.Sql("UPDATE help_categories SET buddy_types = '[\"Travel\"]', requires_home_visit = 0 WHERE code = 'transport';");
            migrationBuilder.Sql("UPDATE help_categories SET buddy_types = '[\"Chat\",\"Companionship\"]', requires_home_visit = 1 WHERE code = 'social-contact';");
            migrationBuilder.Sql("UPDATE help_categories SET buddy_types = '[\"Walking\"]', requires_home_visit = 0 WHERE code = 'dog-walking';");
            migrationBuilder.Sql("UPDATE help_categories SET buddy_types = '[\"Administration\",\"Paperwork\"]', requires_home_visit = 1 WHERE code = 'paperwork';");
            migrationBuilder.Sql("UPDATE help_categories SET buddy_types = '[\"Shopping\"]', requires_home_visit = 0 WHERE code = 'shopping';");
            migrationBuilder.Sql("UPDATE help_categories SET buddy_types = '[\"Digital\"]', requires_home_visit = 1 WHERE code = 'digital-help';");
            migrationBuilder.Sql("UPDATE help_categories SET buddy_types = '[\"Interpreter\"]', requires_home_visit = 0 WHERE code = 'interpreting';");
            migrationBuilder.Sql("UPDATE help_categories SET buddy_types = '[\"Companionship\",\"Walking\"]', requires_home_visit = 0 WHERE code = 'walking';");
            migrationBuilder.Sql("UPDATE help_categories SET buddy_types = '[\"Companionship\",\"Travel\"]', requires_home_visit = 0 WHERE code = 'accompanying';");
            migrationBuilder.Sql("UPDATE help_categories SET buddy_types = '[\"SickbedWatch\"]', requires_home_visit = 1 WHERE code = 'night-watch';");
            migrationBuilder.Sql("UPDATE help_categories SET buddy_types = '[\"Network\"]', requires_home_visit = 0 WHERE code = 'activate-network';");
            migrationBuilder.Sql("UPDATE help_categories SET buddy_types = '[\"OddJobs\"]', requires_home_visit = 0 WHERE code = 'material-lending';");

            migrationBuilder.CreateTable(
                name: "volunteers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    first_name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    last_name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    role = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    status_changed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    status_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    buddy_types = table.Column<string>(type: "TEXT", nullable: false),
                    skills = table.Column<string>(type: "TEXT", nullable: false),
                    home_latitude = table.Column<double>(type: "REAL", nullable: false),
                    home_longitude = table.Column<double>(type: "REAL", nullable: false),
                    sector_code = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    max_travel_km = table.Column<double>(type: "REAL", nullable: false),
                    max_concurrent_matches = table.Column<int>(type: "INTEGER", nullable: false),
                    refused_categories = table.Column<string>(type: "TEXT", nullable: false),
                    refused_home_conditions = table.Column<string>(type: "TEXT", nullable: false),
                    screening_issued_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    screening_expires_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    insured_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    network_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    absences = table.Column<string>(type: "TEXT", nullable: true),
                    availability = table.Column<string>(type: "TEXT", nullable: true),
                    languages = table.Column<string>(type: "TEXT", nullable: true),
                    training = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_volunteers", x => x.id);
                    table.ForeignKey(
                        name: "fk_volunteers_networks_network_id",
                        column: x => x.network_id,
                        principalTable: "networks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_volunteers_residents_resident_id",
                        column: x => x.resident_id,
                        principalTable: "residents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "volunteer_feedback",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_volunteer_feedback", x => x.id);
                    table.ForeignKey(
                        name: "fk_volunteer_feedback_volunteers_volunteer_id",
                        column: x => x.volunteer_id,
                        principalTable: "volunteers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "volunteer_hours",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    hours = table.Column<decimal>(type: "TEXT", precision: 4, scale: 2, nullable: false),
                    help_request_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_volunteer_hours", x => x.id);
                    table.ForeignKey(
                        name: "fk_volunteer_hours_volunteers_volunteer_id",
                        column: x => x.volunteer_id,
                        principalTable: "volunteers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "volunteer_matches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    help_request_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    score = table.Column<double>(type: "REAL", nullable: false),
                    proposed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    proposed_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    answer_by = table.Column<long>(type: "INTEGER", nullable: false),
                    answered_at = table.Column<long>(type: "INTEGER", nullable: true),
                    decline_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    token_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    volunteer_feedback = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    resident_feedback = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    network_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_volunteer_matches", x => x.id);
                    table.ForeignKey(
                        name: "fk_volunteer_matches_help_requests_help_request_id",
                        column: x => x.help_request_id,
                        principalTable: "help_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_volunteer_matches_networks_network_id",
                        column: x => x.network_id,
                        principalTable: "networks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_volunteer_matches_volunteers_volunteer_id",
                        column: x => x.volunteer_id,
                        principalTable: "volunteers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_volunteer_feedback_volunteer_id",
                table: "volunteer_feedback",
                column: "volunteer_id");

            migrationBuilder.CreateIndex(
                name: "ix_volunteer_hours_on",
                table: "volunteer_hours",
                column: "on");

            migrationBuilder.CreateIndex(
                name: "ix_volunteer_hours_volunteer_id",
                table: "volunteer_hours",
                column: "volunteer_id");

            migrationBuilder.CreateIndex(
                name: "ix_volunteer_matches_help_request_id_status",
                table: "volunteer_matches",
                columns: new[] { "help_request_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_volunteer_matches_network_id",
                table: "volunteer_matches",
                column: "network_id");

            migrationBuilder.CreateIndex(
                name: "ix_volunteer_matches_token_hash",
                table: "volunteer_matches",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_volunteer_matches_volunteer_id_status",
                table: "volunteer_matches",
                columns: new[] { "volunteer_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_volunteers_network_id",
                table: "volunteers",
                column: "network_id");

            migrationBuilder.CreateIndex(
                name: "ix_volunteers_network_id_status",
                table: "volunteers",
                columns: new[] { "network_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_volunteers_resident_id",
                table: "volunteers",
                column: "resident_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "volunteer_feedback");

            migrationBuilder.DropTable(
                name: "volunteer_hours");

            migrationBuilder.DropTable(
                name: "volunteer_matches");

            migrationBuilder.DropTable(
                name: "volunteers");

            migrationBuilder.DropColumn(
                name: "home_latitude",
                table: "residents");

            migrationBuilder.DropColumn(
                name: "home_longitude",
                table: "residents");

            migrationBuilder.DropColumn(
                name: "matching_weights",
                table: "networks");

            migrationBuilder.DropColumn(
                name: "buddy_types",
                table: "help_categories");

            migrationBuilder.DropColumn(
                name: "required_training",
                table: "help_categories");

            migrationBuilder.DropColumn(
                name: "requires_home_visit",
                table: "help_categories");
        }
    }
}
