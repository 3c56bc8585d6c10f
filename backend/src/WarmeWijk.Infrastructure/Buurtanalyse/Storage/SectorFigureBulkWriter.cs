using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using WarmeWijk.Domain.Buurtanalyse.Data;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Infrastructure.Buurtanalyse.Storage;

/// <summary>
/// Inserts sector figures in bulk inside the context's current transaction: PostgreSQL's binary COPY, or one prepared
/// SQLite statement. EF's change tracker would need minutes for the two million rows of a Flanders-wide file.
/// </summary>
internal static class SectorFigureBulkWriter
{
    private const string Columns =
        "sector_code, municipality_nis, year, indicator_id, value, value_suppressed, numerator, numerator_suppressed, "
        + "denominator, denominator_suppressed, import_id";

    public static Task WriteAsync(AppDbContext db, IReadOnlyList<SectorFigure> figures, CancellationToken cancellationToken) =>
        db.Database.GetDbConnection() switch
        {
            NpgsqlConnection npgsql => CopyAsync(npgsql, figures, cancellationToken),
            SqliteConnection sqlite => InsertAsync(sqlite, db.Database.CurrentTransaction, figures, cancellationToken),
            var other => throw new NotSupportedException($"No bulk insert for {other.GetType().Name}."),
        };

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<SectorFigure> figures, CancellationToken cancellationToken)
    {
        // The synchronous writes only fill Npgsql's buffer; an awaited call per field costs more than the copy itself.
        await using var copy = await connection.BeginBinaryImportAsync($"COPY sector_figures ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var f in figures)
        {
            copy.StartRow();
            copy.Write(f.SectorCode, NpgsqlDbType.Varchar);
            copy.Write(f.MunicipalityNis, NpgsqlDbType.Varchar);
            copy.Write(f.Year, NpgsqlDbType.Integer);
            copy.Write(f.IndicatorId, NpgsqlDbType.Varchar);
            WriteNullable(copy, f.Value);
            copy.Write(f.ValueSuppressed, NpgsqlDbType.Boolean);
            WriteNullable(copy, f.Numerator);
            copy.Write(f.NumeratorSuppressed, NpgsqlDbType.Boolean);
            WriteNullable(copy, f.Denominator);
            copy.Write(f.DenominatorSuppressed, NpgsqlDbType.Boolean);
            copy.Write(f.ImportId, NpgsqlDbType.Uuid);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private static void WriteNullable(NpgsqlBinaryImporter copy, decimal? value)
    {
        if (value is { } number)
        {
            copy.Write(number, NpgsqlDbType.Numeric);
        }
        else
        {
            copy.WriteNull();
        }
    }

    private static async Task InsertAsync(
        SqliteConnection connection, IDbContextTransaction? transaction, IReadOnlyList<SectorFigure> figures, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction?)transaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO sector_figures ({Columns}) VALUES ($s, $m, $y, $i, $v, $vs, $n, $ns, $d, $ds, $import)";
        var parameters = "$s $m $y $i $v $vs $n $ns $d $ds $import".Split(' ').Select(name => command.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        await command.PrepareAsync(cancellationToken);
        foreach (var f in figures)
        {
            // The same representations as EF's SQLite mappings: decimals and GUIDs (upper case) as text, booleans as 0/1.
            parameters[0].Value = f.SectorCode;
            parameters[1].Value = f.MunicipalityNis;
            parameters[2].Value = f.Year;
            parameters[3].Value = f.IndicatorId;
            parameters[4].Value = Text(f.Value);
            parameters[5].Value = f.ValueSuppressed ? 1 : 0;
            parameters[6].Value = Text(f.Numerator);
            parameters[7].Value = f.NumeratorSuppressed ? 1 : 0;
            parameters[8].Value = Text(f.Denominator);
            parameters[9].Value = f.DenominatorSuppressed ? 1 : 0;
            parameters[10].Value = f.ImportId.ToString().ToUpperInvariant();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static object Text(decimal? value) => value?.ToString("0.0###########################", CultureInfo.InvariantCulture) ?? (object)DBNull.Value;
}
