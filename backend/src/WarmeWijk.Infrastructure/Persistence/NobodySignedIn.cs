using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Infrastructure.Persistence;

/// <summary>
/// The caller of a context that no request has leased (design-time tools, data generators, tests, a context back in
/// the pool): nobody, so every tenant query filter matches nothing and new rows must carry their network already.
/// </summary>
internal sealed class NobodySignedIn : ICurrentUser
{
    public bool IsAuthenticated => false;

    public Guid? Id => null;

    public Guid? NetworkId => null;

    public Role? Role => null;

    public Guid? PartnerOrganisationId => null;
}
