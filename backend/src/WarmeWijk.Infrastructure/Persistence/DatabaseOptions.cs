namespace WarmeWijk.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the API starts. Off in production, where a migration job runs them.</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>
    /// PostgreSQL only: how many of the most used statements Npgsql prepares per connection (0 turns it off, e.g. behind
    /// a transaction-pooling PgBouncer). EF Core does not prepare its statements; preparing them halves PostgreSQL's
    /// parse and plan work per intake (docs/benchmarks/intake.md). A "Max Auto Prepare" in the connection string wins.
    /// </summary>
    public int MaxAutoPrepare { get; set; } = 100;
}
