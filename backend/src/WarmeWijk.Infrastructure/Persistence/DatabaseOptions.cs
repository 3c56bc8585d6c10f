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

    /// <summary>
    /// PostgreSQL only: how often a statement that failed on a transient error (a restart, a dropped connection) is
    /// retried before the request gets 503 with Retry-After. Few and short, so a caller waits seconds, not a minute.
    /// </summary>
    public int RetryCount { get; set; } = 3;

    /// <summary>PostgreSQL only: the longest wait between two retries.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
