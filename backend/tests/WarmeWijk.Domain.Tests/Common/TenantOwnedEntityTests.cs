using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.Partners;

namespace WarmeWijk.Domain.Tests.Common;

public sealed class TenantOwnedEntityTests
{
    private static readonly Guid NetworkA = Guid.CreateVersion7();
    private static readonly Guid NetworkB = Guid.CreateVersion7();

    [Test]
    public void Should_accept_being_assigned_to_the_same_network_again()
    {
        var row = new PartnerOrganisation("OCMW");
        row.AssignToNetwork(NetworkA);

        row.AssignToNetwork(NetworkA);

        Assert.That(row.NetworkId, Is.EqualTo(NetworkA));
    }

    [Test]
    public void Should_refuse_to_move_a_row_to_another_network()
    {
        var row = new PartnerOrganisation("OCMW");
        row.AssignToNetwork(NetworkA);

        Assert.That(() => row.AssignToNetwork(NetworkB), Throws.TypeOf<DomainRuleException>());
        Assert.That(row.NetworkId, Is.EqualTo(NetworkA));
    }
}
