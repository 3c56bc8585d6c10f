using System.Security.Cryptography;
using System.Text.Json;
using Npgsql;

namespace WarmeWijk.Benchmarks;

/// <summary>
/// The intake's own database work written by hand, as the least any implementation of it must do: one read for the
/// checks and for the names the response shows (resident in the caller's network and not erased, consent for the
/// intake, active category, the author's name), then one statement that writes the four rows the real intake writes
/// (help request, timeline entry, audit entry, idempotency record with the response). No authentication, no
/// validation of the body, no EF Core. It answers how close the real intake could come to the ceiling at best.
/// </summary>
internal static class HandWrittenIntake
{
    private const string ReadSql = """
        SELECT r.first_name, r.last_name, r.address_sector_code,
               EXISTS (SELECT 1 FROM resident_consents c WHERE c.resident_id = r.id AND c.purpose = 'Intake' AND c.withdrawn_at IS NULL),
               EXISTS (SELECT 1 FROM help_categories k WHERE k.network_id = $2 AND k.code = $3 AND k.is_active),
               (SELECT s.display_name FROM staff_users s WHERE s.id = $4 AND s.network_id = $2)
        FROM residents r
        WHERE r.id = $1 AND r.network_id = $2 AND r.erased_at IS NULL
        """;

    // $1 to $13 are the ceiling's row (CeilingHost.AddRowParameters); one statement is one implicit transaction.
    private const string WriteSql = """
        WITH request AS (
            INSERT INTO help_requests (id, network_id, resident_id, channel, category_code, description, urgency, recurrence,
                                       wished_from, time_windows, needs, status, assigned_field_worker_id, created_by, created_at,
                                       version, sector_code)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'New', $12, $12, $13, 2, $14)
            RETURNING id),
        timeline AS (
            INSERT INTO help_request_timeline (id, "to", at, by, reason, help_request_id)
            SELECT $15, 'New', $13, $12, $16, id FROM request),
        audit AS (
            INSERT INTO audit_entries (id, at, actor_id, actor_role, action, entity_type, entity_id, purpose, network_id)
            SELECT $17, $13, $12, 'FieldWorker', 'Create', 'HelpRequest', id, $16, $2 FROM request)
        INSERT INTO idempotency_records (id, caller_id, key, request_hash, status_code, response_body, resource_id, created_at, network_id)
        SELECT $18, $19, $20, $21, 201, $22, id, $13, $2 FROM request
        """;

    public static async Task<IResult> RecordAsync(
        NpgsqlDataSource dataSource, CeilingHost.FieldWorker worker, IntakeBody body, string key, CancellationToken ct)
    {
        // One connection for both round trips, as a request's DbContext holds one.
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var found = await ReadAsync(connection, worker, body, ct);
        if (found is not { HasConsent: true, CategoryIsActive: true })
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "No such resident, consent or category.");
        }

        var id = Guid.CreateVersion7();
        var now = DateTimeOffset.UtcNow;
        var response = new Created(id, "New", 2, new ResidentRef(body.ResidentId, found.FirstName, found.LastName), found.AuthorName);
        var reason = $"Intake via {body.Channel}.";
        await using var command = new NpgsqlCommand(WriteSql, connection);
        CeilingHost.AddRowParameters(command, id, worker, body, now);
        command.Parameters.Add(new NpgsqlParameter { Value = found.SectorCode });
        command.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7() });
        command.Parameters.Add(new NpgsqlParameter { Value = reason });
        command.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7() });
        command.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7() });
        command.Parameters.Add(new NpgsqlParameter { Value = worker.Id.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(body))) });
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(response) });
        await command.ExecuteNonQueryAsync(ct);
        return TypedResults.Created($"/by-hand/help-requests/{id}", response);
    }

    private static async Task<Found?> ReadAsync(NpgsqlConnection connection, CeilingHost.FieldWorker worker, IntakeBody body, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(ReadSql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = body.ResidentId });
        command.Parameters.Add(new NpgsqlParameter { Value = worker.NetworkId });
        command.Parameters.Add(new NpgsqlParameter { Value = body.CategoryCode });
        command.Parameters.Add(new NpgsqlParameter { Value = worker.Id });
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new Found(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3), reader.GetBoolean(4), reader.GetString(5))
            : null;
    }

    private sealed record Found(string FirstName, string LastName, string SectorCode, bool HasConsent, bool CategoryIsActive, string AuthorName);

    private sealed record ResidentRef(Guid Id, string FirstName, string LastName);

    private sealed record Created(Guid Id, string Status, int Version, ResidentRef Resident, string CreatedBy);
}
