using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Tests.Reporting;

public sealed class IdentifyingTextTests
{
    [TestCase("Mail haar op jan.peeters@telenet.be als het kan.", "an e-mail address")]
    [TestCase("Contact: info@buurthuis-kiel.org", "an e-mail address")]
    [TestCase("Haar nummer is 0475 12 34 56.", "a phone number")]
    [TestCase("gsm 0475/12.34.56", "a phone number")]
    [TestCase("Bel 0475123456", "a phone number")]
    [TestCase("Bel 03 123 45 67 voor een afspraak", "a phone number")]
    [TestCase("03/123.45.67", "a phone number")]
    [TestCase("+32 475 12 34 56", "a phone number")]
    [TestCase("+32 (0)475 12 34 56", "a phone number")]
    [TestCase("0032 3 123 45 67", "a phone number")]
    [TestCase("(+32475123456)", "a phone number")]
    [TestCase("Haar dochter in Breda: +31 6 12345678", "a phone number")]
    [TestCase("Rijksregisternummer 85.07.30-033.61", "a national register number")]
    [TestCase("RRN 85073003328 staat op de kaart", "a national register number")]
    [TestCase("85 07 30 033 28", "a national register number")]
    public void Should_find_contact_data(string text, string expected)
    {
        Assert.That(IdentifyingText.Find(text), Is.EqualTo(expected));
    }

    [TestCase("Sinds 04.02.2025 15 bewoners op de koffieochtend.")]
    [TestCase("Elke dinsdag van 09.30 tot 11.45 in het buurthuis.")]
    [TestCase("Tussen 01/03/2025 en 30/06/2025 kwamen er 12 nieuwe buren.")]
    [TestCase("In 2025 vonden 27 bewoners de weg naar het sociaal huis; 0 klachten.")]
    [TestCase("Dossier 12345678901 bij de huisvestingsmaatschappij.")]
    [TestCase("Het OCMW, het CAW en de huisartsenpraktijk zitten nu samen aan tafel.")]
    [TestCase("De temperatuur zakte tot -5 en +3 graden; 2 buren hielpen bij het strooien.")]
    [TestCase("Een bewoner (80+) van blok 3 @ de koffieochtend")]
    [TestCase("")]
    public void Should_let_ordinary_story_text_pass(string text)
    {
        Assert.That(IdentifyingText.Find(text), Is.Null);
    }
}
