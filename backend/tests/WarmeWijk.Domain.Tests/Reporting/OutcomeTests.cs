using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.Reporting;

namespace WarmeWijk.Domain.Tests.Reporting;

public sealed class OutcomeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Recorder = Guid.CreateVersion7();

    private static OutcomeStory Story(
        DateOnly? observedOn = null,
        OutcomeType[]? types = null,
        string title = "Buren doen samen boodschappen",
        string change = "Drie alleenwonende buren in de Kielpark-blokken gaan nu samen naar de markt.",
        string? significance = null,
        string source = "Verteld door een buurvrouw op de koffieochtend") =>
        new(observedOn ?? new DateOnly(2026, 10, 1), null, types ?? [OutcomeType.SocialRelations], title, change, significance, null, source);

    [Test]
    public void Should_record_an_outcome_at_version_one_with_each_type_once_in_order()
    {
        var outcome = new Outcome(Story(types: [OutcomeType.Trust, OutcomeType.SocialRelations, OutcomeType.Trust]), Recorder, Now);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Version, Is.EqualTo(1));
            Assert.That(outcome.Types, Is.EqualTo(new[] { OutcomeType.SocialRelations, OutcomeType.Trust }));
            Assert.That(outcome.RecordedBy, Is.EqualTo(Recorder));
            Assert.That(outcome.Significance, Is.Null);
        });
    }

    [Test]
    public void Should_raise_the_version_on_every_change()
    {
        var outcome = new Outcome(Story(), Recorder, Now);

        outcome.Update(Story(title: "  Buren helpen elkaar  "), Now);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Version, Is.EqualTo(2));
            Assert.That(outcome.Title, Is.EqualTo("Buren helpen elkaar"));
        });
    }

    [Test]
    public void Should_accept_today_in_belgium_but_not_a_day_that_has_not_come_yet()
    {
        // 23:30 UTC on 22 November is already 23 November in Belgium.
        var lateEvening = new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.Zero);

        Assert.Multiple(() =>
        {
            Assert.That(new Outcome(Story(observedOn: new DateOnly(2026, 11, 23)), Recorder, lateEvening).ObservedOn, Is.EqualTo(new DateOnly(2026, 11, 23)));
            Assert.That(() => new Outcome(Story(observedOn: new DateOnly(2026, 11, 24)), Recorder, Now),
                Throws.TypeOf<DomainRuleException>().With.Message.Contains("has not come yet"));
        });
    }

    [Test]
    public void Should_need_at_least_one_known_type()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new Outcome(Story(types: []), Recorder, Now), Throws.TypeOf<DomainRuleException>().With.Message.Contains("at least one"));
            Assert.That(() => new Outcome(Story(types: [(OutcomeType)42]), Recorder, Now), Throws.TypeOf<DomainRuleException>().With.Message.Contains("42"));
        });
    }

    [Test]
    public void Should_refuse_text_that_is_missing_or_too_long()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new Outcome(Story(title: " "), Recorder, Now), Throws.TypeOf<DomainRuleException>().With.Message.StartsWith("Title"));
            Assert.That(() => new Outcome(Story(title: new string('x', 121)), Recorder, Now), Throws.TypeOf<DomainRuleException>().With.Message.Contains("120"));
            Assert.That(() => new Outcome(Story(change: new string('x', 2001)), Recorder, Now), Throws.TypeOf<DomainRuleException>().With.Message.StartsWith("Change"));
            Assert.That(() => new Outcome(Story(source: ""), Recorder, Now), Throws.TypeOf<DomainRuleException>().With.Message.StartsWith("Source"));
        });
    }

    [TestCase("title", "Mevrouw bereikbaar op 0475 12 34 56", "Title holds a phone number")]
    [TestCase("change", "Zie mail van an.peeters@example.org", "Change holds an e-mail address")]
    [TestCase("significance", "Voor 85.07.30-033.61 een grote stap", "Significance holds a national register number")]
    [TestCase("source", "Haar zoon, 03 123 45 67", "Source holds a phone number")]
    public void Should_refuse_contact_data_and_name_the_field(string field, string text, string message)
    {
        var story = field switch
        {
            "title" => Story(title: text),
            "change" => Story(change: text),
            "significance" => Story(significance: text),
            _ => Story(source: text),
        };

        Assert.That(() => new Outcome(story, Recorder, Now), Throws.TypeOf<DomainRuleException>().With.Message.StartsWith(message));
    }
}
