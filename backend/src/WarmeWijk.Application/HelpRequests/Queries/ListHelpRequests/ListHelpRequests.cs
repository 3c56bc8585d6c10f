using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.HelpRequests.Queries.ListHelpRequests;

/// <summary>The network's requests, newest first, a page at a time. The cursor is the id of the last item seen.</summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker)]
public sealed record ListHelpRequestsQuery(HelpRequestStatus? Status, bool Mine, Guid? Cursor, int Limit = 25) : IRequest<HelpRequestPage>;

public sealed record HelpRequestPage(IReadOnlyList<HelpRequestSummaryDto> Items, Guid? NextCursor);

public sealed class ListHelpRequestsValidator : AbstractValidator<ListHelpRequestsQuery>
{
    public ListHelpRequestsValidator()
    {
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Limit).InclusiveBetween(1, 100);
    }
}

public sealed class ListHelpRequestsHandler(IAppDbContext db, ICurrentUser currentUser) : IRequestHandler<ListHelpRequestsQuery, HelpRequestPage>
{
    public async Task<HelpRequestPage> Handle(ListHelpRequestsQuery request, CancellationToken cancellationToken)
    {
        var requests = db.HelpRequests.AsNoTracking();
        if (request.Status is { } status)
        {
            requests = requests.Where(h => h.Status == status);
        }

        if (request.Mine)
        {
            requests = requests.Where(h => h.AssignedFieldWorkerId == currentUser.Id);
        }

        if (request.Cursor is { } cursor)
        {
            requests = requests.Where(h => h.Id.CompareTo(cursor) < 0);
        }

        var (items, next) = await requests.OrderByDescending(h => h.Id).Summaries(db).ToPageAsync(request.Limit, s => s.Id, cancellationToken);
        return new HelpRequestPage(items, next);
    }
}
