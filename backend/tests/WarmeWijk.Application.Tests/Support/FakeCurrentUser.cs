using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Tests.Support;

public sealed class FakeCurrentUser : ICurrentUser
{
    public static FakeCurrentUser Anonymous { get; } = new();

    public bool IsAuthenticated { get; private init; }

    public Guid? Id { get; private init; }

    public Guid? NetworkId { get; private init; }

    public Role? Role { get; private init; }

    public Guid? PartnerOrganisationId => null;

    public static FakeCurrentUser SignedInAs(Role role) =>
        new() { IsAuthenticated = true, Id = Guid.CreateVersion7(), NetworkId = Guid.CreateVersion7(), Role = role };
}
