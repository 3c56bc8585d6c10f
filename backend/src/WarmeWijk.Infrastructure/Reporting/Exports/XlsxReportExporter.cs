using System.Diagnostics;
using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using WarmeWijk.Application.Reporting.Exports;

namespace WarmeWijk.Infrastructure.Reporting.Exports;

/// <summary>
/// The workbook as XLSX: a cover sheet (the title, the notes and which sheet holds which table), then a sheet per
/// table with a bold, frozen header row. Numbers and percentages are numeric cells with a number format, a
/// suppressed count is the right-aligned text "&lt;5" and an empty cell is left out. See ADR 0011.
/// </summary>
public sealed class XlsxReportExporter : IReportExporter
{
    public const string CoverSheetName = "Rapport";

    /// <summary>The height in points of a line of Calibri 11, Excel's default row height.</summary>
    private const double LineHeight = 15;

    public ReportFormat Format => ReportFormat.Xlsx;

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string FileExtension => "xlsx";

    public async Task WriteAsync(ReportWorkbook workbook, Stream output, CancellationToken cancellationToken)
    {
        // The SDK writes synchronously, a response body only asynchronously: the package (a report has at most a
        // few thousand rows) is made in memory and then copied.
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            document.PackageProperties.Title = XmlSafe(workbook.Title);
            new WorkbookWriter(document.AddWorkbookPart(), workbook).Write();
        }

        package.Position = 0;
        await package.CopyToAsync(output, cancellationToken);
    }

    /// <summary>XML 1.0 has no place for most control characters, lone surrogates, U+FFFE and U+FFFF: they become U+FFFD.</summary>
    private static string XmlSafe(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private sealed class WorkbookWriter(WorkbookPart part, ReportWorkbook report)
    {
        private readonly Sheets sheets = new();
        private readonly Styles styles = new(report.Tables.SelectMany(t => t.Rows).SelectMany(r => r).OfType<ReportCell.Number>().Select(n => n.Decimals));

        public void Write()
        {
            part.Workbook = new Workbook(sheets);
            part.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.Stylesheet();

            var names = new SheetNames();
            var cover = names.Claim(CoverSheetName);
            var tables = report.Tables.Select(table => (Name: names.Claim(XmlSafe(table.Name)), Table: table)).ToArray();

            AddSheet(cover, Cover(tables), [Width(tables.Select(t => t.Name)), Width(tables.Select(t => t.Table.Title))], frozenHeader: false);
            foreach (var (name, table) in tables)
            {
                var header = table.Columns.Select(column => Text(column, Styles.Header));
                var rows = table.Rows.Select(row => row.Select(Cell));
                var widths = table.Columns.Select((column, c) => Width([column, .. table.Rows.Select(row => Shown(row[c]))]));
                AddSheet(name, [header, .. rows], [.. widths], frozenHeader: true);
            }
        }

        /// <summary>The title, a blank line, the notes, a blank line, then each table's sheet name and title.</summary>
        private IEnumerable<IEnumerable<Cell?>> Cover(IEnumerable<(string Name, ReportTable Table)> tables) =>
        [
            [Text(report.Title, Styles.Title)],
            [],
            .. report.Notes.Select(note => new[] { Text(note, Styles.Normal) }),
            [],
            .. tables.Select(t => new[] { Text(t.Name, Styles.Header), Text(t.Table.Title, Styles.Normal) }),
        ];

        private Cell? Cell(ReportCell cell) => cell switch
        {
            ReportCell.Text text => Text(text.Value, text.Value.Contains('\n', StringComparison.Ordinal) ? Styles.Wrapped : Styles.Normal),
            ReportCell.Number number => new Cell { CellValue = new CellValue(ReportCellValues.Rounded(number)), StyleIndex = styles.Number(number.Decimals) },
            ReportCell.Percent percent => new Cell { CellValue = new CellValue(ReportCellValues.Rounded(percent)), StyleIndex = Styles.Percent },
            ReportCell.Suppressed hidden => Text(hidden.Label, Styles.Suppressed),
            ReportCell.Empty => null,
            _ => throw new UnreachableException($"Unknown report cell {cell}."),
        };

        /// <summary>About what the cell shows, for its column's width.</summary>
        private static string Shown(ReportCell cell) => cell switch
        {
            ReportCell.Text text => text.Value,
            ReportCell.Number number => ReportCellValues.Rounded(number).ToString("N" + number.Decimals, CultureInfo.InvariantCulture),
            ReportCell.Percent percent => ReportCellValues.Rounded(percent).ToString("P" + ReportCellValues.PercentDecimals, CultureInfo.InvariantCulture),
            ReportCell.Suppressed hidden => hidden.Label,
            _ => "",
        };

        private static Cell Text(string text, uint style) => new()
        {
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }),
            StyleIndex = style,
        };

        private void AddSheet(string name, IEnumerable<IEnumerable<Cell?>> rows, IReadOnlyList<double> widths, bool frozenHeader)
        {
            var worksheet = new Worksheet();
            if (frozenHeader)
            {
                worksheet.AppendChild(new SheetViews(new SheetView(
                    new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                    new Selection { Pane = PaneValues.BottomLeft })
                { WorkbookViewId = 0 }));
            }

            if (widths.Count > 0)
            {
                worksheet.AppendChild(new Columns(widths.Select((width, c) =>
                    new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = width, CustomWidth = true })));
            }

            worksheet.AppendChild(new SheetData(rows.Select((cells, r) => Row((uint)r + 1, cells))));

            var sheetPart = part.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = worksheet;
            sheets.AppendChild(new Sheet { Id = part.GetIdOfPart(sheetPart), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name });
        }

        /// <summary>A row of the cells that are not <see langword="null"/>, high enough for the most lines of text in it.</summary>
        private static Row Row(uint index, IEnumerable<Cell?> cells)
        {
            var row = new Row { RowIndex = index };
            foreach (var (cell, c) in cells.Select((cell, c) => (cell, c)).Where(x => x.cell is not null))
            {
                cell!.CellReference = ColumnName(c) + index;
                row.AppendChild(cell);
            }

            var lines = row.Elements<Cell>().Max(cell => cell.InlineString?.InnerText.Count(ch => ch == '\n') + 1) ?? 1;
            if (lines > 1)
            {
                row.Height = lines * LineHeight;
                row.CustomHeight = true;
            }

            return row;
        }

        /// <summary>A, B, …, Z, AA, AB, … for the zero-based column index.</summary>
        private static string ColumnName(int index) =>
            index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

        /// <summary>Wide enough for the longest line of the texts, between 8 and 60 characters.</summary>
        private static double Width(IEnumerable<string> texts) =>
            Math.Clamp(texts.SelectMany(text => text.Split('\n')).Select(line => line.Length).DefaultIfEmpty(0).Max() + 2, 8, 60);
    }

    /// <summary>
    /// The cell formats: normal, bold header, title, right-aligned text, text on several lines, percentage, then a
    /// number format per number of decimals the report uses (with a thousands separator; a spreadsheet shows both
    /// separators in its reader's locale).
    /// </summary>
    private sealed class Styles(IEnumerable<int> decimalsUsed)
    {
        public const uint Normal = 0;
        public const uint Header = 1;
        public const uint Title = 2;
        public const uint Suppressed = 3;
        public const uint Wrapped = 4;
        public const uint Percent = 5;

        private const uint FirstCustomFormat = 164;
        private readonly int[] decimals = [.. decimalsUsed.Distinct().Order()];

        public uint Number(int numberDecimals) => Percent + 1 + (uint)Array.IndexOf(decimals, numberDecimals);

        public Stylesheet Stylesheet()
        {
            string[] formats = ["0." + new string('0', ReportCellValues.PercentDecimals) + " %", .. decimals.Select(NumberFormat)];
            return new Stylesheet(
                new NumberingFormats(formats.Select((code, i) => new NumberingFormat { NumberFormatId = FirstCustomFormat + (uint)i, FormatCode = code })),
                new Fonts(Font(), Font(bold: true), Font(bold: true, size: 14)),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }),
                new CellFormats(
                [
                    CellFormat(),
                    CellFormat(font: 1),
                    CellFormat(font: 2),
                    CellFormat(alignment: new Alignment { Horizontal = HorizontalAlignmentValues.Right }),
                    CellFormat(alignment: new Alignment { WrapText = true }),
                    .. formats.Select((_, i) => CellFormat(numberFormat: FirstCustomFormat + (uint)i)),
                ]),
                new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
        }

        private static string NumberFormat(int numberDecimals) => numberDecimals == 0 ? "#,##0" : "#,##0." + new string('0', numberDecimals);

        /// <summary>A cell format with every reference spelled out, as Excel writes them.</summary>
        private static CellFormat CellFormat(uint numberFormat = 0, uint font = 0, Alignment? alignment = null)
        {
            var format = new CellFormat
            {
                NumberFormatId = numberFormat, FontId = font, FillId = 0, BorderId = 0, FormatId = 0,
                ApplyNumberFormat = numberFormat != 0, ApplyFont = font != 0,
            };
            if (alignment is not null)
            {
                format.Alignment = alignment;
                format.ApplyAlignment = true;
            }

            return format;
        }

        /// <summary>Calibri, Excel's default font.</summary>
        private static Font Font(bool bold = false, double size = 11)
        {
            var font = new Font(new FontSize { Val = size }, new FontName { Val = "Calibri" });
            if (bold)
            {
                font.PrependChild(new Bold());
            }

            return font;
        }
    }
}
