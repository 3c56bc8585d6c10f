using Npgsql;

namespace WarmeWijk.Benchmarks;

/// <summary>
/// The primary keys, unique constraints, indexes and foreign keys of tables about to be bulk-loaded, as the migrations made
/// them: dropped before the load (so COPY appends rows without maintaining indexes or checking every reference) and
/// recreated from their own definitions after it (one sort per index, one join per foreign key).
/// </summary>
internal sealed class BulkKeys
{
    private readonly List<(string Table, string Name, string Definition)> _constraints = [];
    private readonly List<string> _indexes = [];
    private readonly List<(string Table, string Name, string Definition)> _foreignKeys = [];

    public static async Task<BulkKeys> DropAsync(NpgsqlConnection connection, string[] tables)
    {
        var keys = new BulkKeys();
        const string ConstraintsSql = """
            SELECT c.conrelid::regclass::text, c.conname, c.contype::text, pg_get_constraintdef(c.oid)
            FROM pg_constraint c
            WHERE c.contype IN ('p', 'u', 'f')
              AND (c.conrelid::regclass::text = ANY($1) OR (c.contype = 'f' AND c.confrelid::regclass::text = ANY($1)))
            """;
        await using (var command = new NpgsqlCommand(ConstraintsSql, connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = tables });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var row = (reader.GetString(0), reader.GetString(1), reader.GetString(3));
                (reader.GetString(2) == "f" ? keys._foreignKeys : keys._constraints).Add(row);
            }
        }

        const string IndexesSql = """
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype IN ('p', 'u'))
            """;
        var indexNames = new List<string>();
        await using (var command = new NpgsqlCommand(IndexesSql, connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = tables });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                indexNames.Add(reader.GetString(0));
                keys._indexes.Add(reader.GetString(1));
            }
        }

        foreach (var (table, name, _) in keys._foreignKeys)
        {
            await ExecuteAsync(connection, $"ALTER TABLE {table} DROP CONSTRAINT \"{name}\"");
        }

        foreach (var name in indexNames)
        {
            await ExecuteAsync(connection, $"DROP INDEX \"{name}\"");
        }

        foreach (var (table, name, _) in keys._constraints)
        {
            await ExecuteAsync(connection, $"ALTER TABLE {table} DROP CONSTRAINT \"{name}\"");
        }

        return keys;
    }

    public async Task RestoreAsync(NpgsqlConnection connection)
    {
        await ExecuteAsync(connection, "SET maintenance_work_mem = '512MB'");
        foreach (var (table, name, definition) in _constraints)
        {
            await ExecuteAsync(connection, $"ALTER TABLE {table} ADD CONSTRAINT \"{name}\" {definition}");
        }

        foreach (var definition in _indexes)
        {
            await ExecuteAsync(connection, definition);
        }

        foreach (var (table, name, definition) in _foreignKeys)
        {
            await ExecuteAsync(connection, $"ALTER TABLE {table} ADD CONSTRAINT \"{name}\" {definition}");
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
