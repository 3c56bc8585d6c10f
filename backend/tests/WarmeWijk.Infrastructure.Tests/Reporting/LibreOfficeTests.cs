using System.Diagnostics;
using System.Text;
using WarmeWijk.Infrastructure.Reporting.Exports;

namespace WarmeWijk.Infrastructure.Tests.Reporting;

/// <summary>
/// Opens the exports in a real spreadsheet program, LibreOffice Calc, when the machine has it (<c>soffice</c> on the
/// PATH; Debian: <c>apt-get install libreoffice-calc-nogui</c>), and skipped when it has not. Calc runs in a Belgian
/// locale, as the network's funders' would.
/// </summary>
public sealed class LibreOfficeTests
{
    private string folder = "";

    [OneTimeSetUp]
    public void FindLibreOffice()
    {
        if (!(Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, "soffice"))))
        {
            Assert.Ignore("LibreOffice is not installed (no soffice on the PATH), so the exports were not opened in a spreadsheet program.");
        }

        folder = Directory.CreateTempSubdirectory("warmewijk-exports-").FullName;
    }

    [OneTimeTearDown]
    public void RemoveFolder()
    {
        if (folder.Length > 0)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task Should_show_every_sheet_of_the_xlsx_with_belgian_number_formats()
    {
        var xlsx = Path.Combine(folder, "report.xlsx");
        await File.WriteAllBytesAsync(xlsx, await SampleReports.Write(new XlsxReportExporter(), SampleReports.TwoTables()));

        // Every sheet as it is shown (UTF-8, comma separated), one file each: report-<sheet>.csv.
        await Soffice(xlsx, "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1");

        Assert.Multiple(() =>
        {
            Assert.That(Sheet("Rapport"), Is.EqualTo(new[]
            {
                new[] { "Kerncijfers Kiel 2025", "" }, ["", ""], ["Periode: 1 januari 2025 – 31 december 2025", ""],
                ["Gemaakt op 2 januari 2026 om 09:00", ""], ["Aantallen kleiner dan 5 worden getoond als <5.", ""], ["", ""],
                ["Per buurt", "Hulpvragen per buurt"], ["Per categorie", "Hulpvragen per categorie"],
            }));
            Assert.That(Sheet("Per buurt"), Is.EqualTo(new[]
            {
                new[] { "Buurt", "Hulpvragen", "Mediaan dagen tot eerste contact", "Matchratio" },
                ["Sint-Janneke — ‘ë’", "1.234", "2,3", "25,3 %"],
                ["Kiel, \"centrum\"\nnoord", "<5", "", ""],
            }));
            Assert.That(Sheet("Per categorie"), Is.EqualTo(new[]
            {
                new[] { "Categorie", "Hulpvragen", "Matchratio" }, ["Vervoer", "12", "50,0 %"], ["=1+1", "-3", "100,0 %"],
            }));
        });
    }

    [Test]
    public async Task Should_read_the_csv_imported_as_english_text_into_numbers_and_text()
    {
        var csv = Path.Combine(folder, "report.csv");
        await File.WriteAllBytesAsync(csv, await SampleReports.Write(new CsvReportExporter(), SampleReports.TwoTables()));

        // Data > From Text: comma separated, UTF-8, English (United States) numbers; saved as XLSX to look at the cells.
        await Soffice(csv, "--infilter=CSV:44,34,76,1,,1033", "--convert-to", "xlsx");

        using var xlsx = XlsxContent.Open(await File.ReadAllBytesAsync(Path.Combine(folder, "report.xlsx")));
        var sheet = xlsx.SheetNames.Single();
        (bool IsNumber, string Value)? At(string reference) => xlsx.Cell(sheet, reference) is { } cell ? (cell.IsNumber, cell.Value) : null;
        Assert.That(new[] { "B2", "C2", "D2", "E2", "B3", "C3", "D3", "C5", "E5", "F5" }.Select(At), Is.EqualTo(new (bool, string)?[]
        {
            (false, "Sint-Janneke — ‘ë’"), (true, "1234"), (true, "2.3"), (true, "0.253"),
            (false, "Kiel, \"centrum\"\nnoord"), (false, "<5"), null,
            (true, "-3"), (true, "1"), (false, "'=1+1"),
        }));
    }

    private string[][] Sheet(string name) => CsvRecords.Parse(File.ReadAllBytes(Path.Combine(folder, $"report-{name}.csv")));

    /// <summary>Converts <paramref name="file"/> into the test's folder.</summary>
    private async Task Soffice(string file, params string[] conversion)
    {
        var start = new ProcessStartInfo("soffice")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["LC_ALL"] = "nl_BE.UTF-8" },
        };
        foreach (var argument in (string[])[$"-env:UserInstallation=file://{folder}/profile", "--headless", .. conversion, "--outdir", folder, file])
        {
            start.ArgumentList.Add(argument);
        }

        using var soffice = Process.Start(start)!;
        var output = soffice.StandardOutput.ReadToEndAsync();
        var errors = soffice.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await soffice.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            soffice.Kill(entireProcessTree: true);
            throw;
        }

        Assert.That(soffice.ExitCode, Is.Zero, $"soffice {string.Join(' ', start.ArgumentList)}: {await output}{await errors}");
    }
}
