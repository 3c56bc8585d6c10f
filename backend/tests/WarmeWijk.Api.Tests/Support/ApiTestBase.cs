using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Support;

/// <summary>Runs every test of a derived fixture once on SQLite and once on PostgreSQL, each on its own database.</summary>
[TestFixtureSource(nameof(Providers))]
public abstract class ApiTestBase(DatabaseProvider provider)
{
    public static readonly DatabaseProvider[] Providers = [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    protected ApiFactory Api { get; private set; } = null!;

    /// <summary>Configuration for this fixture's API on top of the test defaults, e.g. <c>Demo:History = true</c>.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    [OneTimeSetUp]
    public async Task StartApi() => Api = await ApiFactory.StartAsync(provider, Settings);

    [OneTimeTearDown]
    public async Task StopApi()
    {
        if (Api is not null)
        {
            await Api.DisposeAsync();
        }
    }
}
