using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WarmeWijk.Application.Buurtanalyse;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.ReferenceData;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Partners;
using WarmeWijk.Application.Reporting.Exports;
using WarmeWijk.Infrastructure.Buurtanalyse.Storage;
using WarmeWijk.Infrastructure.Health;
using WarmeWijk.Domain.Matching;
using WarmeWijk.Infrastructure.Identity;
using WarmeWijk.Infrastructure.Matching;
using WarmeWijk.Infrastructure.Partners;
using WarmeWijk.Infrastructure.Persistence;
using WarmeWijk.Infrastructure.ReferenceData;
using WarmeWijk.Infrastructure.Reporting.Exports;
using WarmeWijk.Infrastructure.Seeding;
using WarmeWijk.Infrastructure.Privacy;
using WarmeWijk.Infrastructure.Webhooks;

namespace WarmeWijk.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "WarmeWijk";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not configured.");

        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteFolderExists(connectionString);
                AddPooledContext<SqliteAppDbContext>(services, options => options
                    .UseSqlite(connectionString)
                    .UseSnakeCaseNamingConvention());
                break;
            case DatabaseProvider.PostgreSql:
                var npgsqlConnectionString = WithAutomaticPreparation(connectionString, database.MaxAutoPrepare);
                AddPooledContext<PostgreSqlAppDbContext>(services, options => options
                    .UseNpgsql(npgsqlConnectionString, npgsql => npgsql.EnableRetryOnFailure(database.RetryCount, database.MaxRetryDelay, errorCodesToAdd: null))
                    .UseSnakeCaseNamingConvention());
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{database.Provider}' is not supported.");
        }

        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<DemoSeeder>();
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));

        services.AddOptions<JwtOptions>()
            .Bind(configuration.GetSection(JwtOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        services.AddSingleton<ISecretHasher, SecretHasher>();
        services.AddSingleton<ISocialMapCsv, SocialMapCsv>();
        services.AddSingleton<StatisticalSectorDirectory>();
        services.AddSingleton<ISectorDirectory>(sp => sp.GetRequiredService<StatisticalSectorDirectory>());
        services.AddScoped<ReferenceSectorSeeder>();
        services.AddSingleton<ImportProgressRegistry>();
        services.AddSingleton<IImportProgress>(sp => sp.GetRequiredService<ImportProgressRegistry>());
        services.AddScoped<IDatasetImportRunner, DatasetImportRunner>();
        services.AddScoped<DemoBuurtanalyseSeeder>();
        services.AddSingleton<IAssignmentSolver, OrToolsAssignmentSolver>();
        services.AddSingleton<IReportExporter, CsvReportExporter>();
        services.AddSingleton<IReportExporter, XlsxReportExporter>();
        services.AddHostedService<ProposalExpiry>();
        services.AddSingleton<ResidentRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<ResidentRetention>());

        services.AddWebhooks(configuration);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// Contexts are pooled (one request leases one and gives it back), which saves building a context and its
    /// services per request; the lease is told who the caller is, for the tenant query filters.
    /// </summary>
    private static void AddPooledContext<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : AppDbContext
    {
        services.AddPooledDbContextFactory<TContext>(configure);
        services.AddScoped<AppDbContext>(sp =>
            sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext().ActingFor(sp.GetRequiredService<ICurrentUser>()));
    }

    private static string WithAutomaticPreparation(string connectionString, int maxAutoPrepare)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0 && maxAutoPrepare > 0)
        {
            builder.MaxAutoPrepare = maxAutoPrepare;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }

    private static void EnsureSqliteFolderExists(string connectionString)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
