using System.Net;
using System.Net.Sockets;
using Npgsql;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Support;

/// <summary>
/// A throw-away database: a temporary SQLite file, or a fresh database on the PostgreSQL server named by
/// WARMEWIJK_TEST_POSTGRES (started by scripts/test.sh). Where Docker exists, Testcontainers can supply
/// that server instead; nothing else needs to change.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "WARMEWIJK_TEST_POSTGRES";
    private const string RequirePostgresVariable = "WARMEWIJK_REQUIRE_POSTGRES";

    private readonly Func<Task> _drop;

    private TestDatabase(DatabaseProvider provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _drop = drop;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"warmewijk-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={path};Pooling=False", () =>
            {
                File.Delete(path);
                return Task.CompletedTask;
            });
        }

        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            if (Environment.GetEnvironmentVariable(RequirePostgresVariable) == "1")
            {
                Assert.Fail($"{PostgresVariable} is not set, but PostgreSQL tests are required.");
            }

            Assert.Ignore($"No PostgreSQL server: set {PostgresVariable} (scripts/test.sh does).");
        }

        var name = $"warmewijk_test_{Guid.NewGuid():N}";
        await Execute(server, $"CREATE DATABASE {name}");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(provider, connectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await Execute(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        });
    }

    /// <summary>A PostgreSQL address where nothing listens: what the API sees while the server is down or restarting.</summary>
    public static TestDatabase Unreachable()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var connectionString = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres", Database = "warmewijk", Timeout = 2 };
        return new TestDatabase(DatabaseProvider.PostgreSql, connectionString.ConnectionString, () => Task.CompletedTask);
    }

    public async ValueTask DisposeAsync() => await _drop();

    private static async Task Execute(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
