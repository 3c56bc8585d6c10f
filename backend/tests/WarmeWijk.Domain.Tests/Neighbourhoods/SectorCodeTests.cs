using WarmeWijk.Domain.Neighbourhoods;

namespace WarmeWijk.Domain.Tests.Neighbourhoods;

public sealed class SectorCodeTests
{
    [TestCase("11002F60-")]
    [TestCase("11056ZZZZ")]
    [TestCase("1100212MQ")]
    [TestCase("13011A212")]
    public void Should_accept_an_official_sector_code(string text)
    {
        Assert.That(SectorCode.TryParse(text, out var code), Is.True);
        Assert.That(code.Value, Is.EqualTo(text));
    }

    [TestCase("11002f60-", "11002F60-")]
    [TestCase("  11056zzzz\t", "11056ZZZZ")]
    public void Should_normalise_lower_case_and_surrounding_spaces(string text, string expected)
    {
        Assert.That(SectorCode.Parse(text).Value, Is.EqualTo(expected));
    }

    [TestCase("11002F60")]
    [TestCase("11002F60-1")]
    [TestCase("1100AF60-")]
    [TestCase("11002F-60")]
    [TestCase("11002 F60-")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public void Should_reject_text_that_is_not_a_sector_code(string? text)
    {
        Assert.That(SectorCode.TryParse(text, out var code), Is.False);
        Assert.That(code, Is.EqualTo(default(SectorCode)));
    }

    [Test]
    public void Should_throw_a_format_exception_when_parsing_an_invalid_code()
    {
        Assert.That(() => SectorCode.Parse("ABCDE123-"), Throws.TypeOf<FormatException>().With.Message.Contains("ABCDE123-"));
    }

    [TestCase("11002F60-", "11002")]
    [TestCase("13011a212", "13011")]
    public void Should_take_the_municipality_nis_from_the_first_five_digits(string text, string expectedNis)
    {
        Assert.That(SectorCode.Parse(text).MunicipalityNis, Is.EqualTo(expectedNis));
    }
}
