using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.Partners;

namespace WarmeWijk.Domain.Tests.Partners;

public sealed class PartnerOrganisationTests
{
    private static readonly Guid Kiel = Guid.CreateVersion7();

    private static ActorProfile Profile(ActorKind kind = ActorKind.Formal, bool acceptsReferrals = true, bool isActive = true, string? phone = "03 123 45 67", Guid[]? areas = null) =>
        new("  CAW Kiel ", kind, " Onthaal ", ["debt", "debt", "housing"], null, phone, "caw@example.org", "https://caw.example.org", null,
            areas ?? [], acceptsReferrals, isActive);

    [Test]
    public void Should_keep_a_bare_organisation_a_referral_target()
    {
        var partner = new PartnerOrganisation("OCMW");

        Assert.Multiple(() =>
        {
            Assert.That(partner.Kind, Is.EqualTo(ActorKind.Formal));
            Assert.That(partner.IsReferralTarget, Is.True);
            Assert.That(partner.Version, Is.EqualTo(1));
        });
    }

    [Test]
    public void Should_trim_normalise_and_deduplicate_the_profile()
    {
        var actor = new PartnerOrganisation(Profile());

        Assert.Multiple(() =>
        {
            Assert.That(actor.Name, Is.EqualTo("CAW Kiel"));
            Assert.That(actor.Description, Is.EqualTo("Onthaal"));
            Assert.That(actor.Categories, Is.EqualTo(new[] { "debt", "housing" }));
            Assert.That(actor.Phone, Is.EqualTo("+3231234567"));
        });
    }

    [Test]
    public void Should_refuse_an_informal_actor_that_takes_referrals_and_a_bad_phone()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new PartnerOrganisation(Profile(ActorKind.Informal)), Throws.TypeOf<DomainRuleException>().With.Message.Contains("informal"));
            Assert.That(() => new PartnerOrganisation(Profile(phone: "12")), Throws.TypeOf<DomainRuleException>());
            Assert.That(() => new PartnerOrganisation(Profile(ActorKind.Informal, acceptsReferrals: false)), Throws.Nothing);
        });
    }

    [Test]
    public void Should_count_versions_and_serve_its_neighbourhoods_or_the_whole_network()
    {
        var everywhere = new PartnerOrganisation(Profile());
        var local = new PartnerOrganisation(Profile(areas: [Kiel]));
        local.Update(Profile(isActive: false, areas: [Kiel]));

        Assert.Multiple(() =>
        {
            Assert.That(everywhere.Serves(Guid.CreateVersion7()), Is.True);
            Assert.That(local.Serves(Kiel), Is.True);
            Assert.That(local.Serves(Guid.CreateVersion7()), Is.False);
            Assert.That(local.Version, Is.EqualTo(2));
            Assert.That(local.IsReferralTarget, Is.False);
        });
    }
}
