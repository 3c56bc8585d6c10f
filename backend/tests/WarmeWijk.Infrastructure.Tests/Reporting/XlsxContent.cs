using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace WarmeWijk.Infrastructure.Tests.Reporting;

/// <summary>A cell as a reader sees it: its text or number, and how it is styled.</summary>
internal sealed record XlsxCell(string Value, bool IsNumber, string? NumberFormat, bool Bold, bool RightAligned, bool Wrapped = false);

/// <summary>An XLSX read back with the Open XML SDK.</summary>
internal sealed class XlsxContent : IDisposable
{
    private readonly SpreadsheetDocument document;

    private XlsxContent(SpreadsheetDocument document) => this.document = document;

    private WorkbookPart Workbook => document.WorkbookPart!;

    private Stylesheet Styles => Workbook.WorkbookStylesPart!.Stylesheet!;

    public IReadOnlyList<string> SheetNames => [.. Workbook.Workbook!.Sheets!.Elements<Sheet>().Select(sheet => sheet.Name!.Value!)];

    public static XlsxContent Open(byte[] bytes) => new(SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false));

    /// <summary>What the validator finds wrong, one line each.</summary>
    public IReadOnlyList<string> ValidationErrors() =>
        [.. new OpenXmlValidator().Validate(document).Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")];

    public Worksheet Worksheet(string sheetName)
    {
        var sheet = Workbook.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        return ((WorksheetPart)Workbook.GetPartById(sheet.Id!)).Worksheet!;
    }

    /// <summary>The cell at <paramref name="reference"/> (e.g. <c>B2</c>), or <see langword="null"/> when the sheet has none there.</summary>
    public XlsxCell? Cell(string sheetName, string reference)
    {
        var cell = Worksheet(sheetName).Descendants<Cell>().SingleOrDefault(c => c.CellReference == reference);
        if (cell is null)
        {
            return null;
        }

        var type = cell.DataType?.Value;
        var value = type == CellValues.SharedString
            ? Workbook.SharedStringTablePart!.SharedStringTable!.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)).InnerText
            : type == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue!.Text;
        var format = Styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var numberFormat = Styles.NumberingFormats?.Elements<NumberingFormat>().SingleOrDefault(f => f.NumberFormatId! == format.NumberFormatId!)?.FormatCode?.Value;
        var font = Styles.Fonts!.Elements<Font>().ElementAt((int)(format.FontId?.Value ?? 0));
        return new XlsxCell(value, type is null || type == CellValues.Number, numberFormat, font.Bold is not null, format.Alignment?.Horizontal?.Value == HorizontalAlignmentValues.Right,
            format.Alignment?.WrapText?.Value ?? false);
    }

    public void Dispose() => document.Dispose();
}
