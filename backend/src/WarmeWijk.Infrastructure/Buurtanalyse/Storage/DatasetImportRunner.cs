using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WarmeWijk.Application.Buurtanalyse;
using WarmeWijk.Application.Common.ReferenceData;
using WarmeWijk.Domain.Buurtanalyse;
using WarmeWijk.Domain.Buurtanalyse.Data;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Infrastructure.Buurtanalyse.Import;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Infrastructure.Buurtanalyse.Storage;

/// <summary>
/// Runs an import: records it as running (committed, so that its progress can be followed), then reads and stores the
/// file in one transaction that is committed only when no line was rejected. Writing stops at the first rejection while
/// reading goes on, so the report lists every rejected line.
/// </summary>
internal sealed partial class DatasetImportRunner(
    AppDbContext db, ISectorDirectory sectors, ImportProgressRegistry progress, TimeProvider clock, ILogger<DatasetImportRunner> logger)
    : IDatasetImportRunner
{
    private const int BatchSize = 50_000;

    public async Task<DatasetImport> RunAsync(DatasetUpload upload, CancellationToken cancellationToken)
    {
        var import = new DatasetImport(
            upload.ImportId, upload.Kind, upload.Year, upload.FileName, upload.Content.Length, upload.NetworkId, upload.UserId,
            upload.ImportedByName, clock.GetUtcNow(), upload.IsSynthetic);
        db.DatasetImports.Add(import);
        await db.SaveChangesAsync(cancellationToken);

        try
        {
            var (report, stored) = await db.Database.CreateExecutionStrategy().ExecuteAsync(() => StoreAsync(upload, cancellationToken));
            if (report.IsClean)
            {
                import.Succeed(clock.GetUtcNow(), report.AcceptedCount, report.SkippedCount, stored.Count, stored.FirstYear, stored.LastYear);
            }
            else
            {
                import.Reject(
                    clock.GetUtcNow(), report.AcceptedCount, report.RejectedCount, report.SkippedCount, report.FatalError,
                    report.Rejections.Select(r => new DatasetRejection(r.Line, r.Feature, r.Reason)));
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogImportFailed(logger, exception, import.Id);
            import.Fail(clock.GetUtcNow(), cancellationToken.IsCancellationRequested
                ? "The upload was cancelled; nothing was stored."
                : "The import stopped on a server error; nothing was stored. The error was logged.");
        }
        finally
        {
            progress.Forget(import.Id);
        }

        // Boundaries of a rolled-back transaction may still be tracked; only the import's own outcome is saved.
        DetachBoundaries();
        await db.SaveChangesAsync(CancellationToken.None);
        return import;
    }

    private async Task<(ImportReport Report, Stored Stored)> StoreAsync(DatasetUpload upload, CancellationToken cancellationToken)
    {
        // A retry of the execution strategy starts over from the first byte.
        upload.Content.Position = 0;
        var report = new ImportReport();
        progress.Track(upload.ImportId, report, upload.Content.Length);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stored = upload.Kind == DatasetKind.SectorBoundaries
            ? await StoreBoundariesAsync(upload, report, cancellationToken)
            : await StoreFiguresAsync(upload, report, cancellationToken);
        if (report.IsClean)
        {
            await transaction.CommitAsync(cancellationToken);
            if (db.Database.IsNpgsql())
            {
                // Fresh statistics after a bulk load, or the planner may scan the whole table for one neighbourhood.
                await db.Database.ExecuteSqlRawAsync("ANALYZE sector_year_figures, sector_geometries", cancellationToken);
            }
        }

        return (report, stored);
    }

    /// <summary>
    /// Reads on one thread and writes on another, a few batches apart: parsing and the database's work take about as
    /// long as each other, so a large file takes half as long as reading and writing in turn.
    /// </summary>
    private async Task<Stored> StoreFiguresAsync(DatasetUpload upload, ImportReport report, CancellationToken cancellationToken)
    {
        var batches = Channel.CreateBounded<List<SectorYearFigures>>(2);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stored = new Stored();
        var reading = Task.Run(() => ReadBatchesAsync(upload, report, stored, batches.Writer, stop.Token), stop.Token);
        try
        {
            var replaced = new HashSet<(string Indicator, int Year)>();
            var started = Stopwatch.GetTimestamp();
            var writing = TimeSpan.Zero;
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                var flush = Stopwatch.GetTimestamp();
                await FlushAsync(batch, replaced, cancellationToken);
                writing += Stopwatch.GetElapsedTime(flush);
            }

            await SectorFigureStore.DeleteEmptyAsync(db, cancellationToken);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            LogFiguresStored(logger, upload.ImportId, stored.Count, seconds, writing.TotalSeconds);
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
        finally
        {
            await reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await reading;
        return stored;
    }

    private async Task ReadBatchesAsync(
        DatasetUpload upload, ImportReport report, Stored stored, ChannelWriter<List<SectorYearFigures>> batches, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new Dictionary<(SectorCode Sector, int Year), Dictionary<string, StoredFigure>>();
            var figures = 0;
            foreach (var observation in Read(upload, report))
            {
                // After a rejection the rest is only read, for the report: nothing of the file will be stored.
                if (!report.IsClean)
                {
                    continue;
                }

                var key = (observation.Sector, observation.Year);
                if (!batch.TryGetValue(key, out var row))
                {
                    batch[key] = row = new Dictionary<string, StoredFigure>(StringComparer.Ordinal);
                }

                row[observation.IndicatorId] = StoredFigure.Of(observation, upload.IsSynthetic);
                stored.Add(observation.Year);
                if (++figures == BatchSize)
                {
                    await batches.WriteAsync(Rows(batch), cancellationToken);
                    batch = [];
                    figures = 0;
                }
            }

            if (report.IsClean && figures > 0)
            {
                await batches.WriteAsync(Rows(batch), cancellationToken);
            }

            batches.Complete();
        }
        catch (Exception exception)
        {
            batches.Complete(exception);
            throw;
        }
    }

    private List<SectorYearFigures> Rows(Dictionary<(SectorCode Sector, int Year), Dictionary<string, StoredFigure>> batch) =>
        [.. batch.Select(b => new SectorYearFigures(b.Key.Sector, sectors.Find(b.Key.Sector)!.MunicipalityNis, b.Key.Year, b.Value))];

    private IEnumerable<SectorObservation> Read(DatasetUpload upload, ImportReport report) => upload.Kind switch
    {
        DatasetKind.Population => new PopulationImporter(sectors).Read(upload.Content, upload.Year!.Value, report).SelectMany(r => r.ToObservations()),
        DatasetKind.Income => new IncomeImporter(sectors).Read(upload.Content, report).SelectMany(r => r.ToObservations()),
        DatasetKind.Households => new HouseholdImporter(sectors).Read(upload.Content, report).SelectMany(r => r.ToObservations()),
        DatasetKind.IndicatorValues => new IndicatorValueImporter(sectors).Read(upload.Content, report),
        _ => throw new ArgumentOutOfRangeException(nameof(upload), upload.Kind, "Not a file of sector figures."),
    };

    /// <summary>The latest import of an indicator and year replaces all earlier figures of it, whichever file they came from.</summary>
    private async Task FlushAsync(List<SectorYearFigures> batch, HashSet<(string Indicator, int Year)> replaced, CancellationToken cancellationToken)
    {
        var firstSeen = batch.SelectMany(r => r.Figures.Keys.Select(indicator => (Indicator: indicator, r.Year))).Distinct().Where(replaced.Add);
        foreach (var year in firstSeen.GroupBy(f => f.Year, f => f.Indicator).ToList())
        {
            await SectorFigureStore.RemoveAsync(db, year.Key, [.. year], cancellationToken);
        }

        await SectorFigureStore.MergeAsync(db, batch, cancellationToken);
    }

    private async Task<Stored> StoreBoundariesAsync(DatasetUpload upload, ImportReport report, CancellationToken cancellationToken)
    {
        var stored = new Stored();
        foreach (var chunk in new SectorBoundaryImporter(sectors).Read(upload.Content, report).Chunk(1_000))
        {
            if (!report.IsClean)
            {
                continue;
            }

            var codes = chunk.Select(b => b.Sector.Value).ToList();
            await db.SectorGeometries.Where(g => codes.Contains(g.SectorCode)).ExecuteDeleteAsync(cancellationToken);
            db.SectorGeometries.AddRange(chunk.Select(b =>
                new SectorGeometry(b.Sector.Value, sectors.Find(b.Sector)!.MunicipalityNis, b.GeometryType, b.Geometry, upload.ImportId)));
            await db.SaveChangesAsync(cancellationToken);
            DetachBoundaries();
            stored.Count += chunk.Length;
        }

        return stored;
    }

    private void DetachBoundaries()
    {
        foreach (var entry in db.ChangeTracker.Entries<SectorGeometry>().ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Import {ImportId} failed")]
    private static partial void LogImportFailed(ILogger logger, Exception exception, Guid importId);

    /// <summary>Where a large import's time goes: reading and checking run on another thread, so the difference is time spent waiting for lines.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Import {ImportId}: {Figures} figures in {Seconds:F1} s, {WritingSeconds:F1} s of it writing to the database")]
    private static partial void LogFiguresStored(ILogger logger, Guid importId, long figures, double seconds, double writingSeconds);

    private sealed class Stored
    {
        public long Count { get; set; }

        public int? FirstYear { get; private set; }

        public int? LastYear { get; private set; }

        public void Add(int year)
        {
            Count++;
            FirstYear = Math.Min(FirstYear ?? year, year);
            LastYear = Math.Max(LastYear ?? year, year);
        }
    }
}
