using Microsoft.EntityFrameworkCore;

namespace WarmeWijk.Application.Common.Messaging;

public static class CursorPaging
{
    /// <summary>
    /// Takes one page of a newest-first query. Ids are time-ordered GUIDs (v7), so the cursor is simply the id
    /// of the last item returned; the next page holds the items with smaller ids.
    /// </summary>
    public static async Task<(IReadOnlyList<T> Items, Guid? NextCursor)> ToPageAsync<T>(
        this IQueryable<T> newestFirst, int limit, Func<T, Guid> idOf, CancellationToken cancellationToken)
    {
        var items = await newestFirst.Take(limit + 1).ToListAsync(cancellationToken);
        var hasMore = items.Count > limit;
        return (items.Take(limit).ToList(), hasMore ? idOf(items[limit - 1]) : null);
    }
}
