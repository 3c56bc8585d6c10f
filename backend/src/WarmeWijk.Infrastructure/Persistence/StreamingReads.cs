using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace WarmeWijk.Infrastructure.Persistence;

/// <summary>
/// An execution strategy that never retries. Queries run inside it stream their rows: EF Core buffers a query's whole
/// result, one array per column, only when the outermost strategy may retry it.
/// </summary>
internal sealed class StreamingReads(DbContext context) : ExecutionStrategy(context, maxRetryCount: 0, maxRetryDelay: TimeSpan.Zero)
{
    public override bool RetriesOnFailure => false;

    protected override bool ShouldRetryOn(Exception exception) => false;
}
