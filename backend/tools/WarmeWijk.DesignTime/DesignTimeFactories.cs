using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.DesignTime;

/// <summary>Builds each provider's context for `dotnet ef`; no database is contacted to add a migration.</summary>
internal sealed class SqliteFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .UseSnakeCaseNamingConvention()
            .Options);
}

internal sealed class PostgreSqlFactory : IDesignTimeDbContextFactory<PostgreSqlAppDbContext>
{
    public PostgreSqlAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlAppDbContext>()
            .UseNpgsql("Host=localhost;Database=warmewijk_design_time")
            .UseSnakeCaseNamingConvention()
            .Options);
}

internal static class Program
{
    private static void Main() => Console.WriteLine("Design-time host for `dotnet ef`; run it through dotnet ef.");
}
