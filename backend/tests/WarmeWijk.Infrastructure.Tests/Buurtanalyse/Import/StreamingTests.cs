using System.Diagnostics;
using System.Text;
using WarmeWijk.Infrastructure.Buurtanalyse.Import;

namespace WarmeWijk.Infrastructure.Tests.Buurtanalyse.Import;

public sealed class StreamingTests
{
    private const int Sectors = 2_500;
    private const int Years = 200;
    private const int Lines = Sectors * Years;

    private string _path = null!;

    [OneTimeSetUp]
    public void WriteLargeIncomeFile()
    {
        _path = Path.Combine(Path.GetTempPath(), $"warmewijk-income-{Guid.NewGuid():N}.txt");
        using var writer = new StreamWriter(_path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        writer.Write("CD_YEAR|CD_MUNTY_REFNIS|CD_SECTOR|MS_NBR_NON_ZERO_INC|MS_TOT_NET_TAXABLE_INC|MS_AVG_TOT_NET_TAXABLE_INC|");
        writer.Write("MS_MEDIAN_NET_TAXABLE_INC|MS_INT_QUART_DIFF|MS_INT_QUART_COEFF|MS_INT_QUART_ASSYM|TX_SECTOR_DESCR_NL|TX_SECTOR_DESCR_FR\n");
        for (var sector = 0; sector < Sectors; sector++)
        {
            var nis = 11_000 + (sector / 100);
            var code = $"{nis}A{sector % 100:D2}-";
            for (var year = 2100 - Years + 1; year <= 2100; year++)
            {
                writer.Write($"{year}|{nis}|{code}|1210|30250000|25000|21350|17800|0,83|0,12|Kiel - Centrum (Kiel)|Kiel - Centre (Kiel)\n");
            }
        }

        writer.Write("2100|11000|11000A00-|1|1|1|1|1|1|1|x|x\n");
    }

    [OneTimeTearDown]
    public void DeleteLargeIncomeFile() => File.Delete(_path);

    [Test]
    public void Should_stream_a_large_file_line_by_line_in_little_memory_and_still_find_a_duplicate_at_its_end()
    {
        var fileSize = new FileInfo(_path).Length;
        using var file = new CountingStream(File.OpenRead(_path));
        var report = new ImportReport();
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long bytesReadAtFirstRow = 0, heapGrowthAtLastRow = 0, rows = 0;
        var clock = Stopwatch.StartNew();

        foreach (var row in new IncomeImporter().Read(file, report))
        {
            rows++;
            if (rows == 1)
            {
                bytesReadAtFirstRow = file.BytesRead;
            }
            else if (rows == Lines)
            {
                heapGrowthAtLastRow = GC.GetTotalMemory(forceFullCollection: true) - baseline;
            }
        }

        clock.Stop();
        TestContext.Out.WriteLine(
            $"{Lines:N0} lines, {fileSize / 1e6:N1} MB in {clock.Elapsed.TotalSeconds:N2} s ({Lines / clock.Elapsed.TotalSeconds:N0} lines/s); "
            + $"read {bytesReadAtFirstRow / 1024:N0} KB before the first row; heap growth at the last row {heapGrowthAtLastRow / 1e6:N1} MB "
            + "(the duplicate-detection index)");
        Assert.That(report.FatalError, Is.Null);
        Assert.That(rows, Is.EqualTo(Lines));
        Assert.That(report.Rejections.Single().ToString(), Is.EqualTo(
            $"line {Lines + 2}: Duplicate row: sector 11000A00-, year 2100 is already on line {Years + 1}."));
        Assert.That(bytesReadAtFirstRow, Is.LessThan(1 << 20), "the first row comes after reading one buffer, not the whole file");
        Assert.That(heapGrowthAtLastRow, Is.LessThan(fileSize / 2), "holding the file's text alone would take twice its size");
    }

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        public override void Flush() => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int Count(int read)
        {
            BytesRead += read;
            return read;
        }
    }
}
