using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Domain.Residents;

namespace WarmeWijk.Domain.Tests.Residents;

public sealed class ResidentCorrectionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static Address Home(string street = "Sint-Bernardsesteenweg") => new(street, "12", null, "2020", "Antwerpen", SectorCode.Parse("11002F60-"));

    private static Resident Maria() => new("Maria", "Janssens", 1941, null, null, Home(), ["nl"], ContactPreference.Phone, Now);

    [Test]
    public void Should_name_only_the_fields_that_changed_and_raise_the_version()
    {
        var resident = Maria();
        Assert.That(PhoneNumber.TryParse("0475 12 34 56", out var phone), Is.True);

        var changed = resident.Correct(" Maria ", "Janssen", 1941, phone, null, Home("Kioskplaats"), ["NL", "fr"], ContactPreference.Phone);

        Assert.Multiple(() =>
        {
            Assert.That(changed, Is.EqualTo(new[] { "lastName", "phone", "address", "languages" }));
            Assert.That(resident.LastName, Is.EqualTo("Janssen"));
            Assert.That(resident.Languages, Is.EqualTo(new[] { "nl", "fr" }));
            Assert.That(resident.Version, Is.EqualTo(2));
        });
    }

    [Test]
    public void Should_keep_the_version_when_nothing_changed()
    {
        var resident = Maria();

        var changed = resident.Correct("Maria", "Janssens", 1941, null, " ", Home(), ["nl"], ContactPreference.Phone);

        Assert.Multiple(() =>
        {
            Assert.That(changed, Is.Empty);
            Assert.That(resident.Version, Is.EqualTo(1));
        });
    }

    [Test]
    public void Should_refuse_to_correct_an_erased_resident()
    {
        var resident = Maria();
        resident.Anonymise(Now, Guid.CreateVersion7());

        Assert.That(() => resident.Correct("Maria", "Janssens", 1941, null, null, Home(), ["nl"], ContactPreference.Phone),
            Throws.TypeOf<DomainRuleException>().With.Message.Contains("erased"));
    }
}
