using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Persistence;

/// <summary>The tenancy rules of the DbContext itself, below any endpoint (see docs/decisions/0004-tenancy.md).</summary>
public sealed class TenantAssignmentTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    [Test]
    public async Task Should_assign_new_rows_to_the_signed_in_users_network_and_hide_them_from_others()
    {
        var (a, b) = (await NetworkIdOf(ApiFactory.NetworkA), await NetworkIdOf(ApiFactory.NetworkB));
        var neighbourhood = NewNeighbourhood("Tenancy probe");

        await using (var asA = ContextFor(a))
        {
            asA.Neighbourhoods.Add(neighbourhood);
            await asA.SaveChangesAsync();
        }

        await using var asB = ContextFor(b);
        await using var asAgainA = ContextFor(a);
        Assert.Multiple(async () =>
        {
            Assert.That(neighbourhood.NetworkId, Is.EqualTo(a));
            Assert.That(await asB.Neighbourhoods.AnyAsync(n => n.Id == neighbourhood.Id), Is.False);
            Assert.That(await asAgainA.Neighbourhoods.AnyAsync(n => n.Id == neighbourhood.Id), Is.True);
        });
    }

    [Test]
    public async Task Should_refuse_to_save_a_new_row_without_a_signed_in_user()
    {
        await using var anonymous = ContextFor(networkId: null);
        anonymous.Neighbourhoods.Add(NewNeighbourhood("Orphan"));

        Assert.ThrowsAsync<InvalidOperationException>(() => anonymous.SaveChangesAsync());
    }

    [Test]
    public async Task Should_refuse_to_move_a_row_to_another_network()
    {
        var (a, b) = (await NetworkIdOf(ApiFactory.NetworkA), await NetworkIdOf(ApiFactory.NetworkB));
        await using var asA = ContextFor(a);
        var kiel = await asA.Neighbourhoods.SingleAsync(n => n.Name == "Kiel");

        asA.Entry(kiel).Property(n => n.NetworkId).CurrentValue = b;

        Assert.ThrowsAsync<InvalidOperationException>(() => asA.SaveChangesAsync());
    }

    [Test]
    public async Task Should_serve_nobody_once_a_pooled_context_is_given_back()
    {
        var a = await NetworkIdOf(ApiFactory.NetworkA);
        using var scope = Api.Services.CreateScope();
        var lease = () => Api.Provider == DatabaseProvider.Sqlite
            ? (AppDbContext)scope.ServiceProvider.GetRequiredService<IDbContextFactory<SqliteAppDbContext>>().CreateDbContext()
            : scope.ServiceProvider.GetRequiredService<IDbContextFactory<PostgreSqlAppDbContext>>().CreateDbContext();

        var first = lease().ActingFor(new SignedInAs(a));
        var seenByA = await first.Neighbourhoods.CountAsync();
        await first.DisposeAsync();

        // The pool is a queue that earlier requests filled too: lease until the same instance comes back.
        var leased = new List<AppDbContext>();
        while (leased.Count < 2048 && !leased.Contains(first))
        {
            leased.Add(lease());
        }

        Assert.Multiple(async () =>
        {
            Assert.That(leased, Does.Contain(first), "the pool hands out the given-back instance again");
            Assert.That(seenByA, Is.GreaterThan(0));
            Assert.That(await first.Neighbourhoods.CountAsync(), Is.Zero);
        });
        leased.ForEach(context => context.Dispose());
    }

    private static Neighbourhood NewNeighbourhood(string name) =>
        new(name, "11002", "Antwerpen", [new NeighbourhoodSector(SectorCode.Parse("11002F60-"), "Kiel - Centrum (Kiel)", "11002")]);

    private async Task<Guid> NetworkIdOf(string slug)
    {
        await using var anonymous = ContextFor(networkId: null);
        return await anonymous.Networks.Where(n => n.Slug == slug).Select(n => n.Id).SingleAsync();
    }

    private AppDbContext ContextFor(Guid? networkId)
    {
        var user = new SignedInAs(networkId);
        return Api.Provider == DatabaseProvider.Sqlite
            ? new SqliteAppDbContext(Api.Services.GetRequiredService<DbContextOptions<SqliteAppDbContext>>()).ActingFor(user)
            : new PostgreSqlAppDbContext(Api.Services.GetRequiredService<DbContextOptions<PostgreSqlAppDbContext>>()).ActingFor(user);
    }

    private sealed record SignedInAs(Guid? NetworkId) : ICurrentUser
    {
        public bool IsAuthenticated => NetworkId is not null;

        public Guid? Id => NetworkId is null ? null : Guid.Empty;

        public Role? Role => NetworkId is null ? null : Domain.Identity.Role.Coordinator;

        public Guid? PartnerOrganisationId => null;
    }
}
