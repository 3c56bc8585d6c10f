using System.Globalization;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Matching;
using WarmeWijk.Domain.Referrals;
using WarmeWijk.Domain.Residents;
using WarmeWijk.Domain.Signals;
using WarmeWijk.Domain.Volunteers;

namespace WarmeWijk.Benchmarks;

/// <summary>
/// The entity objects as binary COPY rows, table by table, with the columns of the PostgreSQL migrations (snake case;
/// enums as their names; owned collections stored as JSON in jsonb, in the shape EF Core writes and reads; primitive
/// collections as text[]). <see cref="CheckColumnsAsync"/> refuses to start when a table has a column not written here.
/// </summary>
internal static class ReportingCopy
{
    private const string EmptyJson = "[]";

    public static readonly CopyTable<Resident> Residents = new("residents",
        ("id", (w, r) => w.Write(r.Id, NpgsqlDbType.Uuid)),
        ("network_id", (w, r) => w.Write(r.NetworkId, NpgsqlDbType.Uuid)),
        ("first_name", (w, r) => w.Write(r.FirstName, NpgsqlDbType.Varchar)),
        ("last_name", (w, r) => w.Write(r.LastName, NpgsqlDbType.Varchar)),
        ("birth_year", (w, r) => Nullable(w, r.BirthYear, NpgsqlDbType.Integer)),
        ("phone", (w, r) => Text(w, r.Phone)),
        ("email", (w, r) => Text(w, r.Email)),
        ("address_street", (w, r) => w.Write(r.Address.Street, NpgsqlDbType.Varchar)),
        ("address_house_number", (w, r) => w.Write(r.Address.HouseNumber, NpgsqlDbType.Varchar)),
        ("address_box", (w, r) => Text(w, r.Address.Box)),
        ("address_postal_code", (w, r) => w.Write(r.Address.PostalCode, NpgsqlDbType.Varchar)),
        ("address_municipality", (w, r) => w.Write(r.Address.Municipality, NpgsqlDbType.Varchar)),
        ("address_sector_code", (w, r) => w.Write(r.Address.SectorCode, NpgsqlDbType.Varchar)),
        ("languages", (w, r) => w.Write(r.Languages, NpgsqlDbType.Array | NpgsqlDbType.Text)),
        ("contact_preference", (w, r) => w.Write(r.ContactPreference.ToString(), NpgsqlDbType.Varchar)),
        ("created_at", (w, r) => w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz)),
        ("home_latitude", (w, r) => Nullable(w, r.HomeLatitude, NpgsqlDbType.Double)),
        ("home_longitude", (w, r) => Nullable(w, r.HomeLongitude, NpgsqlDbType.Double)),
        ("erased_at", (w, r) => Nullable(w, r.ErasedAt, NpgsqlDbType.TimestampTz)),
        ("version", (w, r) => w.Write(r.Version, NpgsqlDbType.Integer)));

    public static readonly CopyTable<(Guid ResidentId, Consent Consent)> Consents = new("resident_consents",
        ("id", (w, r) => w.Write(r.Consent.Id, NpgsqlDbType.Uuid)),
        ("resident_id", (w, r) => w.Write(r.ResidentId, NpgsqlDbType.Uuid)),
        ("purpose", (w, r) => w.Write(r.Consent.Purpose.ToString(), NpgsqlDbType.Varchar)),
        ("given_at", (w, r) => w.Write(r.Consent.GivenAt, NpgsqlDbType.TimestampTz)),
        ("recorded_by", (w, r) => w.Write(r.Consent.RecordedBy, NpgsqlDbType.Uuid)),
        ("note", (w, r) => Text(w, r.Consent.Note)),
        ("withdrawn_at", (w, r) => Nullable(w, r.Consent.WithdrawnAt, NpgsqlDbType.TimestampTz)),
        ("withdrawn_by", (w, r) => Nullable(w, r.Consent.WithdrawnBy, NpgsqlDbType.Uuid)));

    public static readonly CopyTable<Volunteer> Volunteers = new("volunteers",
        ("id", (w, v) => w.Write(v.Id, NpgsqlDbType.Uuid)),
        ("network_id", (w, v) => w.Write(v.NetworkId, NpgsqlDbType.Uuid)),
        ("first_name", (w, v) => w.Write(v.FirstName, NpgsqlDbType.Varchar)),
        ("last_name", (w, v) => w.Write(v.LastName, NpgsqlDbType.Varchar)),
        ("email", (w, v) => Text(w, v.Email)),
        ("phone", (w, v) => Text(w, v.Phone)),
        ("role", (w, v) => w.Write(v.Role.ToString(), NpgsqlDbType.Varchar)),
        ("status", (w, v) => w.Write(v.Status.ToString(), NpgsqlDbType.Varchar)),
        ("status_changed_at", (w, v) => w.Write(v.StatusChangedAt, NpgsqlDbType.TimestampTz)),
        ("status_reason", (w, v) => Text(w, v.StatusReason)),
        ("buddy_types", (w, v) => w.Write(v.BuddyTypes.Select(t => t.ToString()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)),
        ("skills", (w, v) => w.Write(v.Skills, NpgsqlDbType.Array | NpgsqlDbType.Text)),
        ("languages", (w, v) => Json(w, v.Languages.Select(l => new { l.Code, Level = l.Level.ToString() }))),
        ("availability", (w, v) => Json(w, v.Availability.Select(Window))),
        ("absences", (w, v) => Json(w, v.Absences.Select(a => new { From = Day(a.From), Until = Day(a.Until) }))),
        ("home_latitude", (w, v) => w.Write(v.HomeLatitude, NpgsqlDbType.Double)),
        ("home_longitude", (w, v) => w.Write(v.HomeLongitude, NpgsqlDbType.Double)),
        ("sector_code", (w, v) => w.Write(v.SectorCode, NpgsqlDbType.Varchar)),
        ("max_travel_km", (w, v) => w.Write(v.MaxTravelKm, NpgsqlDbType.Double)),
        ("max_concurrent_matches", (w, v) => w.Write(v.MaxConcurrentMatches, NpgsqlDbType.Integer)),
        ("refused_categories", (w, v) => w.Write(v.RefusedCategories, NpgsqlDbType.Array | NpgsqlDbType.Text)),
        ("refused_home_conditions", (w, v) => w.Write(v.RefusedHomeConditions.Select(c => c.ToString()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)),
        ("training", (w, v) => Json(w, v.Training.Select(t => new { CompletedOn = Day(t.CompletedOn), t.Module }))),
        ("screening_issued_on", (w, v) => Nullable(w, v.Screening?.IssuedOn, NpgsqlDbType.Date)),
        ("screening_expires_on", (w, v) => Nullable(w, v.Screening?.ExpiresOn, NpgsqlDbType.Date)),
        ("insured_until", (w, v) => Nullable(w, v.InsuredUntil, NpgsqlDbType.Date)),
        ("resident_id", (w, v) => Nullable(w, v.ResidentId, NpgsqlDbType.Uuid)),
        ("created_at", (w, v) => w.Write(v.CreatedAt, NpgsqlDbType.TimestampTz)),
        ("version", (w, v) => w.Write(v.Version, NpgsqlDbType.Integer)));

    public static readonly CopyTable<(Guid VolunteerId, LoggedHours Hours)> VolunteerHours = new("volunteer_hours",
        ("id", (w, h) => w.Write(h.Hours.Id, NpgsqlDbType.Uuid)),
        ("volunteer_id", (w, h) => w.Write(h.VolunteerId, NpgsqlDbType.Uuid)),
        ("on", (w, h) => w.Write(h.Hours.On, NpgsqlDbType.Date)),
        ("hours", (w, h) => w.Write(h.Hours.Hours, NpgsqlDbType.Numeric)),
        ("help_request_id", (w, h) => Nullable(w, h.Hours.HelpRequestId, NpgsqlDbType.Uuid)),
        ("note", (w, h) => Text(w, h.Hours.Note)),
        ("recorded_by", (w, h) => w.Write(h.Hours.RecordedBy, NpgsqlDbType.Uuid)));

    public static readonly CopyTable<(Guid VolunteerId, FeedbackConversation Conversation)> VolunteerFeedback = new("volunteer_feedback",
        ("id", (w, f) => w.Write(f.Conversation.Id, NpgsqlDbType.Uuid)),
        ("volunteer_id", (w, f) => w.Write(f.VolunteerId, NpgsqlDbType.Uuid)),
        ("on", (w, f) => w.Write(f.Conversation.On, NpgsqlDbType.Date)),
        ("notes", (w, f) => w.Write(f.Conversation.Notes, NpgsqlDbType.Varchar)),
        ("recorded_by", (w, f) => w.Write(f.Conversation.RecordedBy, NpgsqlDbType.Uuid)));

    public static readonly CopyTable<HelpRequest> HelpRequests = new("help_requests",
        ("id", (w, r) => w.Write(r.Id, NpgsqlDbType.Uuid)),
        ("network_id", (w, r) => w.Write(r.NetworkId, NpgsqlDbType.Uuid)),
        ("resident_id", (w, r) => w.Write(r.ResidentId, NpgsqlDbType.Uuid)),
        ("sector_code", (w, r) => w.Write(r.SectorCode, NpgsqlDbType.Varchar)),
        ("channel", (w, r) => w.Write(r.Channel.ToString(), NpgsqlDbType.Varchar)),
        ("category_code", (w, r) => w.Write(r.CategoryCode, NpgsqlDbType.Varchar)),
        ("description", (w, r) => w.Write(r.Description, NpgsqlDbType.Varchar)),
        ("urgency", (w, r) => w.Write(r.Urgency.ToString(), NpgsqlDbType.Varchar)),
        ("recurrence", (w, r) => w.Write(r.Recurrence.ToString(), NpgsqlDbType.Varchar)),
        ("wished_from", (w, r) => Nullable(w, r.WishedFrom, NpgsqlDbType.Date)),
        ("time_windows", (w, r) => Json(w, r.TimeWindows.Select(Window))),
        ("needs", (w, r) => w.Write(r.Needs, NpgsqlDbType.Array | NpgsqlDbType.Text)),
        ("referring_partner_organisation_id", (w, r) => Nullable(w, r.ReferringPartnerOrganisationId, NpgsqlDbType.Uuid)),
        ("assigned_field_worker_id", (w, r) => Nullable(w, r.AssignedFieldWorkerId, NpgsqlDbType.Uuid)),
        ("status", (w, r) => w.Write(r.Status.ToString(), NpgsqlDbType.Varchar)),
        ("triage_suggested_route", (w, r) => Text(w, r.Triage?.SuggestedRoute.ToString())),
        ("triage_suggestion_reason", (w, r) => Text(w, r.Triage?.SuggestionReason)),
        ("triage_decided_route", (w, r) => Text(w, r.Triage?.DecidedRoute.ToString())),
        ("triage_override_reason", (w, r) => Text(w, r.Triage?.OverrideReason)),
        ("triage_resident_choice", (w, r) => Text(w, r.Triage?.ResidentChoice.ToString())),
        ("triage_decided_by", (w, r) => Nullable(w, r.Triage?.DecidedBy, NpgsqlDbType.Uuid)),
        ("triage_decided_at", (w, r) => Nullable(w, r.Triage?.DecidedAt, NpgsqlDbType.TimestampTz)),
        ("waitlist_priority", (w, r) => Nullable(w, r.WaitlistPriority, NpgsqlDbType.Integer)),
        ("waitlisted_at", (w, r) => Nullable(w, r.WaitlistedAt, NpgsqlDbType.TimestampTz)),
        ("created_at", (w, r) => w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz)),
        ("created_by", (w, r) => w.Write(r.CreatedBy, NpgsqlDbType.Uuid)),
        ("first_contact_at", (w, r) => Nullable(w, r.FirstContactAt, NpgsqlDbType.TimestampTz)),
        ("first_contact_by", (w, r) => Nullable(w, r.FirstContactBy, NpgsqlDbType.Uuid)),
        ("triaged_at", (w, r) => Nullable(w, r.TriagedAt, NpgsqlDbType.TimestampTz)),
        ("matched_at", (w, r) => Nullable(w, r.MatchedAt, NpgsqlDbType.TimestampTz)),
        ("referred_at", (w, r) => Nullable(w, r.ReferredAt, NpgsqlDbType.TimestampTz)),
        ("partner_accepted_at", (w, r) => Nullable(w, r.PartnerAcceptedAt, NpgsqlDbType.TimestampTz)),
        ("closed_at", (w, r) => Nullable(w, r.ClosedAt, NpgsqlDbType.TimestampTz)),
        ("version", (w, r) => w.Write(r.Version, NpgsqlDbType.Integer)));

    public static readonly CopyTable<(Guid HelpRequestId, TimelineEntry Entry)> Timeline = new("help_request_timeline",
        ("id", (w, t) => w.Write(t.Entry.Id, NpgsqlDbType.Uuid)),
        ("help_request_id", (w, t) => w.Write(t.HelpRequestId, NpgsqlDbType.Uuid)),
        ("from", (w, t) => Text(w, t.Entry.From?.ToString())),
        ("to", (w, t) => w.Write(t.Entry.To.ToString(), NpgsqlDbType.Varchar)),
        ("at", (w, t) => w.Write(t.Entry.At, NpgsqlDbType.TimestampTz)),
        ("by", (w, t) => w.Write(t.Entry.By, NpgsqlDbType.Uuid)),
        ("reason", (w, t) => w.Write(t.Entry.Reason, NpgsqlDbType.Varchar)));

    public static readonly CopyTable<(Guid HelpRequestId, FollowUpTask Task)> FollowUps = new("follow_up_tasks",
        ("id", (w, f) => w.Write(f.Task.Id, NpgsqlDbType.Uuid)),
        ("help_request_id", (w, f) => w.Write(f.HelpRequestId, NpgsqlDbType.Uuid)),
        ("description", (w, f) => w.Write(f.Task.Description, NpgsqlDbType.Varchar)),
        ("due_on", (w, f) => w.Write(f.Task.DueOn, NpgsqlDbType.Date)),
        ("assigned_to", (w, f) => w.Write(f.Task.AssignedTo, NpgsqlDbType.Uuid)),
        ("recurrence", (w, f) => w.Write(f.Task.Recurrence.ToString(), NpgsqlDbType.Varchar)),
        ("done_at", (w, f) => Nullable(w, f.Task.DoneAt, NpgsqlDbType.TimestampTz)),
        ("cancelled_at", (w, f) => Nullable(w, f.Task.CancelledAt, NpgsqlDbType.TimestampTz)));

    public static readonly CopyTable<VolunteerMatch> Matches = new("volunteer_matches",
        ("id", (w, m) => w.Write(m.Id, NpgsqlDbType.Uuid)),
        ("network_id", (w, m) => w.Write(m.NetworkId, NpgsqlDbType.Uuid)),
        ("help_request_id", (w, m) => w.Write(m.HelpRequestId, NpgsqlDbType.Uuid)),
        ("volunteer_id", (w, m) => w.Write(m.VolunteerId, NpgsqlDbType.Uuid)),
        ("resident_id", (w, m) => w.Write(m.ResidentId, NpgsqlDbType.Uuid)),
        ("status", (w, m) => w.Write(m.Status.ToString(), NpgsqlDbType.Varchar)),
        ("score", (w, m) => w.Write(m.Score, NpgsqlDbType.Double)),
        ("proposed_at", (w, m) => w.Write(m.ProposedAt, NpgsqlDbType.TimestampTz)),
        ("proposed_by", (w, m) => w.Write(m.ProposedBy, NpgsqlDbType.Uuid)),
        ("answer_by", (w, m) => w.Write(m.AnswerBy, NpgsqlDbType.TimestampTz)),
        ("answered_at", (w, m) => Nullable(w, m.AnsweredAt, NpgsqlDbType.TimestampTz)),
        ("decline_reason", (w, m) => Text(w, m.DeclineReason)),
        ("token_hash", (w, m) => w.Write(m.TokenHash, NpgsqlDbType.Varchar)),
        ("completed_at", (w, m) => Nullable(w, m.CompletedAt, NpgsqlDbType.TimestampTz)),
        ("hours", (w, m) => Nullable(w, m.Hours, NpgsqlDbType.Numeric)),
        ("volunteer_feedback", (w, m) => Text(w, m.VolunteerFeedback)),
        ("resident_feedback", (w, m) => Text(w, m.ResidentFeedback)));

    public static readonly CopyTable<Referral> Referrals = new("referrals",
        ("id", (w, r) => w.Write(r.Id, NpgsqlDbType.Uuid)),
        ("network_id", (w, r) => w.Write(r.NetworkId, NpgsqlDbType.Uuid)),
        ("help_request_id", (w, r) => w.Write(r.HelpRequestId, NpgsqlDbType.Uuid)),
        ("partner_organisation_id", (w, r) => w.Write(r.PartnerOrganisationId, NpgsqlDbType.Uuid)),
        ("direction", (w, r) => w.Write(r.Direction.ToString(), NpgsqlDbType.Varchar)),
        ("status", (w, r) => w.Write(r.Status.ToString(), NpgsqlDbType.Varchar)),
        ("note", (w, r) => Text(w, r.Note)),
        ("feedback", (w, r) => Text(w, r.Feedback)),
        ("created_at", (w, r) => w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz)),
        ("updated_at", (w, r) => w.Write(r.UpdatedAt, NpgsqlDbType.TimestampTz)));

    public static readonly CopyTable<ReferralCard> ReferralCards = new("referral_cards",
        ("id", (w, c) => w.Write(c.Id, NpgsqlDbType.Uuid)),
        ("network_id", (w, c) => w.Write(c.NetworkId, NpgsqlDbType.Uuid)),
        ("code", (w, c) => w.Write(c.Code, NpgsqlDbType.Varchar)),
        ("issued_to", (w, c) => w.Write(c.IssuedTo, NpgsqlDbType.Varchar)),
        ("partner_organisation_id", (w, c) => Nullable(w, c.PartnerOrganisationId, NpgsqlDbType.Uuid)),
        ("issued_at", (w, c) => w.Write(c.IssuedAt, NpgsqlDbType.TimestampTz)),
        ("used_by_help_request_id", (w, c) => Nullable(w, c.UsedByHelpRequestId, NpgsqlDbType.Uuid)));

    public static readonly CopyTable<Signal> Signals = new("signals",
        ("id", (w, s) => w.Write(s.Id, NpgsqlDbType.Uuid)),
        ("network_id", (w, s) => w.Write(s.NetworkId, NpgsqlDbType.Uuid)),
        ("source", (w, s) => w.Write(s.Source.ToString(), NpgsqlDbType.Varchar)),
        ("theme", (w, s) => w.Write(s.Theme, NpgsqlDbType.Varchar)),
        ("sector_code", (w, s) => w.Write(s.SectorCode, NpgsqlDbType.Varchar)),
        ("description", (w, s) => w.Write(s.Description, NpgsqlDbType.Varchar)),
        ("raised_at", (w, s) => w.Write(s.RaisedAt, NpgsqlDbType.TimestampTz)),
        ("raised_by", (w, s) => w.Write(s.RaisedBy, NpgsqlDbType.Uuid)),
        ("help_request_id", (w, s) => Nullable(w, s.HelpRequestId, NpgsqlDbType.Uuid)));

    public static readonly ICopyTable[] All =
        [Residents, Consents, Volunteers, VolunteerHours, VolunteerFeedback, HelpRequests, Timeline, FollowUps, Matches, Referrals, ReferralCards, Signals];

    /// <summary>Fails when a table has a column this mapping does not write, or lacks one it does.</summary>
    public static async Task CheckColumnsAsync(NpgsqlConnection connection)
    {
        foreach (var table in All)
        {
            await using var command = new NpgsqlCommand("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = table.Name });
            var actual = new HashSet<string>(StringComparer.Ordinal);
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    actual.Add(reader.GetString(0));
                }
            }

            var written = table.Columns.ToHashSet(StringComparer.Ordinal);
            if (!actual.SetEquals(written))
            {
                throw new InvalidOperationException(
                    $"Table {table.Name} changed: not written here {string.Join(", ", actual.Except(written))}; not in the table {string.Join(", ", written.Except(actual))}. Update ReportingCopy.");
            }
        }
    }

    private static object Window(TimeWindow w) => new { Day = w.Day.ToString(), From = Time(w.From), Until = Time(w.Until) };

    private static string Time(TimeOnly time) => time.ToString("HH:mm:ss.fffffff", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Json<T>(NpgsqlBinaryImporter writer, IEnumerable<T> items)
    {
        var list = items.ToList();
        writer.Write(list.Count == 0 ? EmptyJson : JsonSerializer.Serialize(list), NpgsqlDbType.Jsonb);
    }

    private static void Text(NpgsqlBinaryImporter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, NpgsqlDbType.Varchar);
        }
    }

    private static void Nullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } present)
        {
            writer.Write(present, type);
        }
        else
        {
            writer.WriteNull();
        }
    }
}

internal interface ICopyTable
{
    string Name { get; }

    IReadOnlyList<string> Columns { get; }
}

/// <summary>A table written by binary COPY: its columns, each with how to write it from a row object.</summary>
internal sealed class CopyTable<T>(string name, params (string Column, Action<NpgsqlBinaryImporter, T> Write)[] columns) : ICopyTable
{
    public string Name => name;

    public IReadOnlyList<string> Columns { get; } = [.. columns.Select(c => c.Column)];

    /// <summary>Writes the rows in one COPY; returns how many.</summary>
    public ulong Copy(NpgsqlConnection connection, IEnumerable<T> rows)
    {
        using var importer = connection.BeginBinaryImport(
            $"COPY {name} ({string.Join(", ", columns.Select(c => $"\"{c.Column}\""))}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            importer.StartRow();
            foreach (var (_, write) in columns)
            {
                write(importer, row);
            }
        }

        return importer.Complete();
    }
}
