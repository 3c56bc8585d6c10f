using System.Text;
using WarmeWijk.Application.Common.ReferenceData;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Infrastructure.Buurtanalyse.Import;

namespace WarmeWijk.Infrastructure.Tests.Buurtanalyse.Import;

internal static class ImportSupport
{
    /// <summary>Runs an importer over a file under TestData and collects what it accepted.</summary>
    public static (List<T> Rows, ImportReport Report) ImportFile<T>(string path, Func<Stream, ImportReport, IEnumerable<T>> read)
    {
        using var stream = File.OpenRead(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", path));
        return ImportStream(stream, read);
    }

    public static (List<T> Rows, ImportReport Report) ImportText<T>(string text, Func<Stream, ImportReport, IEnumerable<T>> read)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return ImportStream(stream, read);
    }

    public static (List<T> Rows, ImportReport Report) ImportStream<T>(Stream stream, Func<Stream, ImportReport, IEnumerable<T>> read, ImportReport? report = null)
    {
        report ??= new ImportReport();
        var rows = read(stream, report).ToList();
        return (rows, report);
    }
}

/// <summary>A sector directory that knows the given sectors only.</summary>
internal sealed class FakeSectorDirectory(params string[] codes) : ISectorDirectory
{
    private readonly Dictionary<SectorCode, StatisticalSector> _sectors = codes
        .Select(SectorCode.Parse)
        .ToDictionary(code => code, code => new StatisticalSector(code, code.Value, code.MunicipalityNis, code.MunicipalityNis, null, null));

    public int Count => _sectors.Count;

    public StatisticalSector? Find(SectorCode code) => _sectors.GetValueOrDefault(code);
}
