using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.Signals;

namespace WarmeWijk.Domain.Tests.Signals;

public sealed class ConsultationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static Consultation Create(DateOnly? heldOn = null, int? participants = 12, string[]? themes = null, string summary = "Zorgen over huur.", string[]? quotes = null) =>
        new(Guid.CreateVersion7(), Content(heldOn, participants, themes, summary, quotes), Guid.CreateVersion7(), Now);

    private static ConsultationContent Content(
        DateOnly? heldOn = null, int? participants = 12, string[]? themes = null, string summary = "Zorgen over huur.", string[]? quotes = null) =>
        new(ConsultationMethod.HouseVisit, heldOn ?? new DateOnly(2026, 11, 20), participants, themes ?? ["Wonen", "Wonen"], summary, quotes ?? ["Mijn huis is koud."]);

    [Test]
    public void Should_record_a_buurtbevraging_with_each_theme_once()
    {
        var consultation = Create();

        Assert.Multiple(() =>
        {
            Assert.That(consultation.Themes, Is.EqualTo(new[] { "Wonen" }));
            Assert.That(consultation.Quotes, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void Should_accept_today_and_refuse_tomorrow()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Create(heldOn: new DateOnly(2026, 11, 23)), Throws.Nothing);
            Assert.That(() => Create(heldOn: new DateOnly(2026, 11, 24)), Throws.TypeOf<DomainRuleException>().With.Message.Contains("future"));
        });
    }

    [TestCase("Bel me: 0475 12 34 56", "a phone number")]
    [TestCase("jan@example.org", "an e-mail address")]
    [TestCase("85.07.30-033.61", "a national register number")]
    public void Should_refuse_quotes_that_identify_someone(string quote, string found) =>
        Assert.That(() => Create(quotes: [quote]), Throws.TypeOf<DomainRuleException>().With.Message.Contains(found));

    [Test]
    public void Should_refuse_unknown_themes_no_themes_and_zero_participants()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Create(themes: ["Weer"]), Throws.TypeOf<DomainRuleException>());
            Assert.That(() => Create(themes: []), Throws.TypeOf<DomainRuleException>());
            Assert.That(() => Create(participants: 0), Throws.TypeOf<DomainRuleException>());
            Assert.That(() => Create(participants: null), Throws.Nothing);
        });
    }

    [Test]
    public void Should_be_corrected_by_the_same_rules_and_raise_its_version()
    {
        var consultation = Create();
        consultation.Update(Content(participants: 30, themes: ["Eenzaamheid"], quotes: []), Now);

        Assert.Multiple(() =>
        {
            Assert.That(consultation.Version, Is.EqualTo(2));
            Assert.That(consultation.Participants, Is.EqualTo(30));
            Assert.That(consultation.Themes, Is.EqualTo(new[] { "Eenzaamheid" }));
            Assert.That(consultation.Quotes, Is.Empty);
            Assert.That(() => consultation.Update(Content(summary: "Mail jan@example.org"), Now), Throws.TypeOf<DomainRuleException>());
            Assert.That(consultation.Summary, Is.EqualTo("Zorgen over huur."));
            Assert.That(consultation.Version, Is.EqualTo(2));
        });
    }
}
