using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace WarmeWijk.Infrastructure.Persistence;

/// <summary>
/// Tells a database that cannot be reached (PostgreSQL restarting, the network to it gone, SQLite's file locked by
/// another process) from a fault in the request: the first is worth a retry by the caller, the second is not.
/// </summary>
public static class DatabaseUnavailable
{
    public static bool Is(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                // EF Core's retrying strategy gave up on transient failures.
                case RetryLimitExceededException:
                // Connection refused or reset, a timeout, "the database system is shutting down / starting up" (57P0x),
                // a connection exception (class 08).
                case NpgsqlException { IsTransient: true }:
                case PostgresException { SqlState: ['0', '8', ..] or ['5', '7', 'P', ..] }:
                // SQLITE_BUSY and SQLITE_LOCKED: another process holds the file longer than the busy timeout.
                case SqliteException { SqliteErrorCode: 5 or 6 }:
                    return true;
            }
        }

        return false;
    }
}
