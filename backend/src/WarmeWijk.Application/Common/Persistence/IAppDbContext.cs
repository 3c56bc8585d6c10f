using Microsoft.EntityFrameworkCore;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Domain.Networks;
using WarmeWijk.Domain.Partners;

namespace WarmeWijk.Application.Common.Persistence;

/// <summary>
/// The unit of work of the use cases. Tenant-owned sets are already filtered to the caller's network;
/// rows added through it are assigned to that network when saved.
/// </summary>
public interface IAppDbContext
{
    DbSet<Network> Networks { get; }

    DbSet<StaffUser> StaffUsers { get; }

    DbSet<RefreshToken> RefreshTokens { get; }

    DbSet<PartnerOrganisation> PartnerOrganisations { get; }

    DbSet<PartnerApiClient> PartnerApiClients { get; }

    DbSet<Neighbourhood> Neighbourhoods { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
