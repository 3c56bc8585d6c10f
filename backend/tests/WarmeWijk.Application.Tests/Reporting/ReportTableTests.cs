using WarmeWijk.Application.Reporting.Exports;
using static WarmeWijk.Application.Reporting.Exports.ReportCell;

namespace WarmeWijk.Application.Tests.Reporting;

public sealed class ReportTableTests
{
    [Test]
    public void Should_refuse_a_row_with_a_cell_more_or_less_than_the_columns()
    {
        Assert.That(
            () => new ReportTable("Per buurt", "Per buurt", ["Buurt", "Hulpvragen"], [[new Text("Kiel"), new Number(3)], [new Text("Linkeroever")]]),
            Throws.ArgumentException.With.Message.StartsWith("Row 2 of table 'Per buurt' has 1 cell(s) where there are 2 column(s)."));
    }

    [Test]
    public void Should_refuse_a_number_with_negative_decimals()
    {
        Assert.That(() => new Number(1, -1), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
