using System.Collections.Concurrent;
using WarmeWijk.Application.Buurtanalyse;
using WarmeWijk.Infrastructure.Buurtanalyse.Import;

namespace WarmeWijk.Infrastructure.Buurtanalyse.Storage;

/// <summary>
/// The reports of the imports running in this process, so that a status request can show how far each has read. Another
/// instance behind a load balancer sees the import as running without a fraction.
/// </summary>
internal sealed class ImportProgressRegistry : IImportProgress
{
    private readonly ConcurrentDictionary<Guid, (ImportReport Report, long Length)> _running = new();

    public double? FractionRead(Guid importId) =>
        _running.TryGetValue(importId, out var entry) && entry.Length > 0
            ? Math.Clamp((double)entry.Report.BytesRead / entry.Length, 0, 1)
            : null;

    public void Track(Guid importId, ImportReport report, long length) => _running[importId] = (report, length);

    public void Forget(Guid importId) => _running.TryRemove(importId, out _);
}
