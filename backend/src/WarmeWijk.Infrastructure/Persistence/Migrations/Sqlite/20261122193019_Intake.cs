using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WarmeWijk.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Intake : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    actor_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    actor_role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    entity_type = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    entity_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    network_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "help_categories",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    name_nl = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    default_route = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    network_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_help_categories", x => x.id);
                    table.ForeignKey(
                        name: "fk_help_categories_networks_network_id",
                        column: x => x.network_id,
                        principalTable: "networks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    caller_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    request_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    status_code = table.Column<int>(type: "INTEGER", nullable: false),
                    response_body = table.Column<string>(type: "TEXT", nullable: false),
                    resource_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    network_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "referral_cards",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    issued_to = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    partner_organisation_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    issued_at = table.Column<long>(type: "INTEGER", nullable: false),
                    used_by_help_request_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    network_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referral_cards", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "residents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    first_name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    last_name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    birth_year = table.Column<int>(type: "INTEGER", nullable: true),
                    phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    languages = table.Column<string>(type: "TEXT", nullable: false),
                    contact_preference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    address_box = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    address_house_number = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    address_municipality = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    address_postal_code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    address_sector_code = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    address_street = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    network_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_residents", x => x.id);
                    table.ForeignKey(
                        name: "fk_residents_networks_network_id",
                        column: x => x.network_id,
                        principalTable: "networks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "signals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    theme = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    sector_code = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    raised_at = table.Column<long>(type: "INTEGER", nullable: false),
                    raised_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    help_request_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    network_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_signals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "webhook_subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    partner_organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    secret = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    network_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_subscriptions", x => x.id);
                    table.ForeignKey(
                        name: "fk_webhook_subscriptions_partner_organisations_partner_organisation_id",
                        column: x => x.partner_organisation_id,
                        principalTable: "partner_organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "help_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    category_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    urgency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    recurrence = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    wished_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    needs = table.Column<string>(type: "TEXT", nullable: false),
                    referring_partner_organisation_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    assigned_field_worker_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    triage_suggested_route = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    triage_suggestion_reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    triage_decided_route = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    triage_override_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    triage_resident_choice = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    triage_decided_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    triage_decided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    waitlist_priority = table.Column<int>(type: "INTEGER", nullable: true),
                    waitlisted_at = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    network_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    time_windows = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_help_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_help_requests_networks_network_id",
                        column: x => x.network_id,
                        principalTable: "networks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_help_requests_residents_resident_id",
                        column: x => x.resident_id,
                        principalTable: "residents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "resident_consents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    given_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    withdrawn_at = table.Column<long>(type: "INTEGER", nullable: true),
                    withdrawn_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    resident_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resident_consents", x => x.id);
                    table.ForeignKey(
                        name: "fk_resident_consents_residents_resident_id",
                        column: x => x.resident_id,
                        principalTable: "residents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subscription_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_type = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<long>(type: "INTEGER", nullable: false),
                    delivered_at = table.Column<long>(type: "INTEGER", nullable: true),
                    dead_lettered_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    leased_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    leased_until = table.Column<long>(type: "INTEGER", nullable: true),
                    network_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                    table.ForeignKey(
                        name: "fk_outbox_messages_webhook_subscriptions_subscription_id",
                        column: x => x.subscription_id,
                        principalTable: "webhook_subscriptions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    assigned_to = table.Column<Guid>(type: "TEXT", nullable: false),
                    recurrence = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    done_at = table.Column<long>(type: "INTEGER", nullable: true),
                    help_request_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_up_tasks", x => x.id);
                    table.ForeignKey(
                        name: "fk_follow_up_tasks_help_requests_help_request_id",
                        column: x => x.help_request_id,
                        principalTable: "help_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "help_request_timeline",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    from = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    to = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    by = table.Column<Guid>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    help_request_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_help_request_timeline", x => x.id);
                    table.ForeignKey(
                        name: "fk_help_request_timeline_help_requests_help_request_id",
                        column: x => x.help_request_id,
                        principalTable: "help_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    help_request_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    partner_organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    direction = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    feedback = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    network_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referrals", x => x.id);
                    table.ForeignKey(
                        name: "fk_referrals_help_requests_help_request_id",
                        column: x => x.help_request_id,
                        principalTable: "help_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_partner_organisations_partner_organisation_id",
                        column: x => x.partner_organisation_id,
                        principalTable: "partner_organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_type_entity_id_at",
                table: "audit_entries",
                columns: new[] { "entity_type", "entity_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_network_id",
                table: "audit_entries",
                column: "network_id");

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_tasks_assigned_to_due_on",
                table: "follow_up_tasks",
                columns: new[] { "assigned_to", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_tasks_help_request_id",
                table: "follow_up_tasks",
                column: "help_request_id");

            migrationBuilder.CreateIndex(
                name: "ix_help_categories_network_id",
                table: "help_categories",
                column: "network_id");

            migrationBuilder.CreateIndex(
                name: "ix_help_categories_network_id_code",
                table: "help_categories",
                columns: new[] { "network_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_help_request_timeline_help_request_id",
                table: "help_request_timeline",
                column: "help_request_id");

            migrationBuilder.CreateIndex(
                name: "ix_help_requests_assigned_field_worker_id",
                table: "help_requests",
                column: "assigned_field_worker_id");

            migrationBuilder.CreateIndex(
                name: "ix_help_requests_network_id",
                table: "help_requests",
                column: "network_id");

            migrationBuilder.CreateIndex(
                name: "ix_help_requests_network_id_status",
                table: "help_requests",
                columns: new[] { "network_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_help_requests_resident_id",
                table: "help_requests",
                column: "resident_id");

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_records_caller_id_key",
                table: "idempotency_records",
                columns: new[] { "caller_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_records_network_id",
                table: "idempotency_records",
                column: "network_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_delivered_at_dead_lettered_at_next_attempt_at",
                table: "outbox_messages",
                columns: new[] { "delivered_at", "dead_lettered_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_network_id",
                table: "outbox_messages",
                column: "network_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_subscription_id_subject_id_created_at",
                table: "outbox_messages",
                columns: new[] { "subscription_id", "subject_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_referral_cards_code",
                table: "referral_cards",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_referral_cards_network_id",
                table: "referral_cards",
                column: "network_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_help_request_id",
                table: "referrals",
                column: "help_request_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_network_id",
                table: "referrals",
                column: "network_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_partner_organisation_id_id",
                table: "referrals",
                columns: new[] { "partner_organisation_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_resident_consents_resident_id",
                table: "resident_consents",
                column: "resident_id");

            migrationBuilder.CreateIndex(
                name: "ix_residents_network_id",
                table: "residents",
                column: "network_id");

            migrationBuilder.CreateIndex(
                name: "ix_residents_network_id_last_name",
                table: "residents",
                columns: new[] { "network_id", "last_name" });

            migrationBuilder.CreateIndex(
                name: "ix_signals_network_id",
                table: "signals",
                column: "network_id");

            migrationBuilder.CreateIndex(
                name: "ix_webhook_subscriptions_network_id",
                table: "webhook_subscriptions",
                column: "network_id");

            migrationBuilder.CreateIndex(
                name: "ix_webhook_subscriptions_partner_organisation_id",
                table: "webhook_subscriptions",
                column: "partner_organisation_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "follow_up_tasks");

            migrationBuilder.DropTable(
                name: "help_categories");

            migrationBuilder.DropTable(
                name: "help_request_timeline");

            migrationBuilder.DropTable(
                name: "idempotency_records");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "referral_cards");

            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropTable(
                name: "resident_consents");

            migrationBuilder.DropTable(
                name: "signals");

            migrationBuilder.DropTable(
                name: "webhook_subscriptions");

            migrationBuilder.DropTable(
                name: "help_requests");

            migrationBuilder.DropTable(
                name: "residents");
        }
    }
}
