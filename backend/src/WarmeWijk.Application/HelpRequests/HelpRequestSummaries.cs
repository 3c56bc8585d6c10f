using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Domain.HelpRequests;

namespace WarmeWijk.Application.HelpRequests;

internal static class HelpRequestSummaries
{
    /// <summary>Projects requests to list lines in SQL, with the resident as "First L.".</summary>
#pragma warning disable CA1845 // Translated to SQL; spans cannot be.
    public static IQueryable<HelpRequestSummaryDto> Summaries(this IQueryable<HelpRequest> requests, IAppDbContext db) =>
        from request in requests
        join resident in db.Residents on request.ResidentId equals resident.Id
        select new HelpRequestSummaryDto(
            request.Id,
            resident.FirstName + " " + resident.LastName.Substring(0, 1) + ".",
            request.CategoryCode,
            request.Urgency,
            request.Status,
            request.CreatedAt,
            request.WaitlistPriority);
#pragma warning restore CA1845

    public static readonly HelpRequestStatus[] Final = [.. Enum.GetValues<HelpRequestStatus>().Where(HelpRequestTransitions.IsFinal)];
}
