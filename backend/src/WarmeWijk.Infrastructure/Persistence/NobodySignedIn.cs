using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Infrastructure.Persistence;

/// <summary>
/// The caller of a context used outside a request (design-time tools, data generators, tests): nobody, so every tenant
/// query filter matches nothing and new rows must carry their network already.
/// </summary>
public sealed class NobodySignedIn : ICurrentUser
{
    public bool IsAuthenticated => false;

    public Guid? Id => null;

    public Guid? NetworkId => null;

    public Role? Role => null;

    public Guid? PartnerOrganisationId => null;
}
