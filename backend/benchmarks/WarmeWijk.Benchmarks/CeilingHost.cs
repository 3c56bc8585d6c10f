using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using NpgsqlTypes;

namespace WarmeWijk.Benchmarks;

/// <summary>
/// The ceiling: the same Kestrel stack and JSON body binding as the API, and the same help_requests row written with
/// one parameterised INSERT on a pooled NpgsqlDataSource. No authentication, validation, timeline, audit or
/// idempotency record: that is what the real intake adds on top. The host also serves <see cref="HandWrittenIntake"/>,
/// which adds exactly those, by hand.
/// </summary>
internal static class CeilingHost
{
    // As the real intake by a field worker stores it: status New, created by and assigned to that field worker,
    // version 2 (created as 1, raised once by the assignment).
    private const string InsertSql = """
        INSERT INTO help_requests (id, network_id, resident_id, channel, category_code, description, urgency, recurrence,
                                   wished_from, time_windows, needs, status, assigned_field_worker_id, created_by, created_at, version)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'New', $12, $12, $13, 2)
        """;

    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var connectionString = builder.Configuration.GetConnectionString("WarmeWijk")
            ?? throw new InvalidOperationException("Set ConnectionStrings__WarmeWijk to the API's PostgreSQL database.");
        // Prepared, as the API's statements are (Database:MaxAutoPrepare): the ceiling is the best one INSERT can do.
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 100, AutoPrepareMinUsages = 2 });
        var worker = await FindFieldWorkerAsync(dataSource, IntakeLoad.FieldWorkerEmail);

        var app = builder.Build();
        app.MapGet("/health", () => TypedResults.Ok());
        app.MapPost("/ceiling/help-requests", (IntakeBody body, CancellationToken ct) => InsertAsync(dataSource, worker, body, ct));
        app.MapPost("/by-hand/help-requests", (IntakeBody body, HttpRequest http, CancellationToken ct) =>
            HandWrittenIntake.RecordAsync(dataSource, worker, body, http.Headers["Idempotency-Key"].ToString(), ct));
        await app.RunAsync();
    }

    private static async Task<Created<CeilingCreated>> InsertAsync(NpgsqlDataSource dataSource, FieldWorker worker, IntakeBody body, CancellationToken ct)
    {
        var id = Guid.CreateVersion7();
        await using var command = dataSource.CreateCommand(InsertSql);
        AddRowParameters(command, id, worker, body, DateTimeOffset.UtcNow);
        await command.ExecuteNonQueryAsync(ct);
        return TypedResults.Created($"/ceiling/help-requests/{id}", new CeilingCreated(id, "New", 2));
    }

    /// <summary>$1 to $13 of <see cref="InsertSql"/>: the help_requests row as the real intake writes it.</summary>
    public static void AddRowParameters(NpgsqlCommand command, Guid id, FieldWorker worker, IntakeBody body, DateTimeOffset now)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = worker.NetworkId });
        command.Parameters.Add(new NpgsqlParameter { Value = body.ResidentId });
        command.Parameters.Add(new NpgsqlParameter { Value = body.Channel });
        command.Parameters.Add(new NpgsqlParameter { Value = body.CategoryCode });
        command.Parameters.Add(new NpgsqlParameter { Value = body.Description });
        command.Parameters.Add(new NpgsqlParameter { Value = body.Urgency });
        command.Parameters.Add(new NpgsqlParameter { Value = body.Recurrence });
        command.Parameters.Add(new NpgsqlParameter { Value = body.WishedFrom is { } from ? from : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date });
        command.Parameters.Add(new NpgsqlParameter { Value = TimeWindowsJson(body.TimeWindows), NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = body.Needs?.ToArray() ?? [] });
        command.Parameters.Add(new NpgsqlParameter { Value = worker.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
    }

    /// <summary>The JSON that EF Core writes for the owned time windows, so both rows look alike.</summary>
    private static string TimeWindowsJson(IReadOnlyList<TimeWindowBody>? windows) =>
        JsonSerializer.Serialize((windows ?? []).Select(w => new StoredTimeWindow(w.Day, Stored(w.From), Stored(w.Until))));

    private static string Stored(TimeOnly time) => time.ToString("HH:mm:ss.fffffff", CultureInfo.InvariantCulture);

    /// <summary>Looked up once at start-up: the real intake takes these from the access token.</summary>
    private static async Task<FieldWorker> FindFieldWorkerAsync(NpgsqlDataSource dataSource, string email)
    {
        await using var command = dataSource.CreateCommand("SELECT id, network_id FROM staff_users WHERE email = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = email });
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? new FieldWorker(reader.GetGuid(0), reader.GetGuid(1))
            : throw new InvalidOperationException($"No staff user {email}: start the API with the demo seed first.");
    }

    internal sealed record FieldWorker(Guid Id, Guid NetworkId);

    private sealed record StoredTimeWindow(string Day, string From, string Until);

    private sealed record CeilingCreated(Guid Id, string Status, int Version);
}
