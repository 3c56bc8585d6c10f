using Microsoft.Extensions.Options;
using WarmeWijk.Infrastructure.Persistence;
using WarmeWijk.Infrastructure.Seeding;

namespace WarmeWijk.Api.Hosting;

internal static class StartupTasks
{
    /// <summary>The explicit start-up steps: migrate when configured, seed demo data when configured (never in Production).</summary>
    public static async Task RunStartupTasksAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }

        if (!app.Configuration.GetValue<bool>("Demo:Seed"))
        {
            return;
        }

        if (app.Environment.IsProduction())
        {
            throw new InvalidOperationException("Demo:Seed is set in the Production environment. Demo data is for the run configuration only.");
        }

        var logins = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        PrintDemoLogins(logins);
    }

    public static async Task MigrateAndExitAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    }

    private static void PrintDemoLogins(IReadOnlyList<DemoLogin> logins)
    {
        Console.WriteLine();
        Console.WriteLine("Demo logins (synthetic data; the same password for every demo staff user):");
        foreach (var network in logins.GroupBy(l => l.Network))
        {
            Console.WriteLine($"  {network.Key}");
            foreach (var login in network)
            {
                Console.WriteLine($"    {login.Role,-30} {login.Login,-45} {login.Secret}");
            }
        }

        Console.WriteLine();
    }
}
