using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using WarmeWijk.Domain.Buurtanalyse.Data;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Infrastructure.Buurtanalyse.Storage;

/// <summary>
/// Writes imported figures in bulk inside the context's current transaction, merging them into the rows of their
/// sector and year: PostgreSQL's binary COPY into a temporary table and one upsert per batch, or one prepared SQLite
/// upsert. EF's change tracker would need minutes for the two million figures of a Flanders-wide file.
/// </summary>
internal static class SectorFigureStore
{
    /// <summary>Takes the indicators out of every sector's figures of the year: the import replaces them.</summary>
    public static Task RemoveAsync(AppDbContext db, int year, IReadOnlyCollection<string> indicators, CancellationToken cancellationToken)
    {
        var ids = indicators.ToArray();
        if (db.Database.IsNpgsql())
        {
            return db.Database.ExecuteSqlAsync(
                $"UPDATE sector_year_figures SET figures = (figures::jsonb - {ids}::text[])::text WHERE year = {year} AND figures::jsonb ?| {ids}::text[]",
                cancellationToken);
        }

        // json_remove takes one path argument per key: {1}, {2}, … are parameters, like the year {0}.
        var paths = string.Join(", ", ids.Select((_, i) => "{" + (i + 1) + "}"));
        var sql = "UPDATE sector_year_figures SET figures = json_remove(figures, " + paths + ") WHERE year = {0}";
        return db.Database.ExecuteSqlRawAsync(sql, [year, .. ids.Select(id => "$.\"" + id + "\"")], cancellationToken);
    }

    /// <summary>Adds the figures to their rows, creating the rows that do not exist yet. No indicator is in both.</summary>
    public static Task MergeAsync(AppDbContext db, IReadOnlyList<SectorYearFigures> rows, CancellationToken cancellationToken) =>
        db.Database.GetDbConnection() switch
        {
            NpgsqlConnection npgsql => CopyAsync(db, npgsql, rows, cancellationToken),
            SqliteConnection sqlite => UpsertAsync(sqlite, db.Database.CurrentTransaction, rows, cancellationToken),
            var other => throw new NotSupportedException($"No bulk insert for {other.GetType().Name}."),
        };

    /// <summary>Rows whose every indicator was replaced by nothing.</summary>
    public static Task DeleteEmptyAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("DELETE FROM sector_year_figures WHERE figures = '{{}}'", cancellationToken);

    private static async Task CopyAsync(AppDbContext db, NpgsqlConnection connection, IReadOnlyList<SectorYearFigures> rows, CancellationToken cancellationToken)
    {
        // A temporary table takes the batch without WAL or index work; rows of a sector and year already written by an
        // earlier batch or import are then merged in one statement.
        await db.Database.ExecuteSqlRawAsync(
            "CREATE TEMPORARY TABLE IF NOT EXISTS imported_figures (sector_code varchar(9), municipality_nis varchar(5), year integer, figures text) ON COMMIT DROP;"
            + " TRUNCATE imported_figures",
            cancellationToken);

        // The synchronous writes only fill Npgsql's buffer; an awaited call per field costs more than the copy itself.
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY imported_figures (sector_code, municipality_nis, year, figures) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var row in rows)
            {
                copy.StartRow();
                copy.Write(row.SectorCode, NpgsqlDbType.Varchar);
                copy.Write(row.MunicipalityNis, NpgsqlDbType.Varchar);
                copy.Write(row.Year, NpgsqlDbType.Integer);
                copy.Write(FigureJson.Write(row.Figures), NpgsqlDbType.Text);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO sector_year_figures (sector_code, municipality_nis, year, figures)"
            + " SELECT sector_code, municipality_nis, year, figures FROM imported_figures"
            + " ON CONFLICT (sector_code, year) DO UPDATE SET figures = (sector_year_figures.figures::jsonb || excluded.figures::jsonb)::text",
            cancellationToken);
    }

    private static async Task UpsertAsync(
        SqliteConnection connection, IDbContextTransaction? transaction, IReadOnlyList<SectorYearFigures> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction?)transaction?.GetDbTransaction();
        command.CommandText = "INSERT INTO sector_year_figures (sector_code, municipality_nis, year, figures) VALUES ($s, $m, $y, $f)"
            + " ON CONFLICT (sector_code, year) DO UPDATE SET figures = json_patch(figures, excluded.figures)";
        var parameters = "$s $m $y $f".Split(' ').Select(name => command.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            parameters[0].Value = row.SectorCode;
            parameters[1].Value = row.MunicipalityNis;
            parameters[2].Value = row.Year;
            parameters[3].Value = FigureJson.Write(row.Figures);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
