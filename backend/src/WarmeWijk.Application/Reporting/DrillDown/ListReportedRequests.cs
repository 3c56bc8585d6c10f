using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.HelpRequests;
using WarmeWijk.Application.HelpRequests.Queries.ListHelpRequests;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Reporting;

namespace WarmeWijk.Application.Reporting.DrillDown;

/// <summary>
/// The requests behind a figure of the dashboard (same period and filters, optionally only those that reached
/// <see cref="Measure"/>), for the roles that may see requests; never for the analyst, who sees aggregates only.
/// </summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record ListReportedRequestsQuery(
    DateOnly? From, DateOnly? To, Guid? NeighbourhoodId, string? CategoryCode, IntakeChannel? Channel, Measure? Measure, Guid? Cursor, int Limit = 25)
    : IRequest<HelpRequestPage>;

public sealed class ListReportedRequestsValidator : AbstractValidator<ListReportedRequestsQuery>
{
    public ListReportedRequestsValidator(IAppDbContext db, TimeProvider clock)
    {
        Include(new ReportPeriodRules<ListReportedRequestsQuery>(q => q.From, q => q.To, clock));
        RuleFor(q => q.Channel).IsInEnum();
        RuleFor(q => q.Measure).IsInEnum();
        RuleFor(q => q.Limit).InclusiveBetween(1, 100);
        RuleFor(q => q.NeighbourhoodId)
            .MustAsync((id, ct) => db.Neighbourhoods.AnyAsync(n => n.Id == id, ct)).When(q => q.NeighbourhoodId is not null)
            .WithMessage("There is no such neighbourhood in your network.");
    }
}

public sealed class ListReportedRequestsHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<ListReportedRequestsQuery, HelpRequestPage>
{
    public async Task<HelpRequestPage> Handle(ListReportedRequestsQuery query, CancellationToken cancellationToken)
    {
        var period = ReportPeriod.Resolve(query.From, query.To, clock.GetUtcNow());
        var requests = db.HelpRequests.AsNoTracking().Where(h => h.CreatedAt >= period.Start && h.CreatedAt < period.End);
        if (query.NeighbourhoodId is { } neighbourhood)
        {
            var sectors = (await ReportScope.LoadAsync(db, cancellationToken)).SectorsOf(neighbourhood).ToList();
            requests = requests.Where(h => sectors.Contains(h.SectorCode));
        }

        if (query.CategoryCode is { } category)
        {
            requests = requests.Where(h => h.CategoryCode == category);
        }

        if (query.Channel is { } channel)
        {
            requests = requests.Where(h => h.Channel == channel);
        }

        if (query.Cursor is { } cursor)
        {
            requests = requests.Where(h => h.Id.CompareTo(cursor) < 0);
        }

        var (items, next) = await Reached(requests, query.Measure).OrderByDescending(h => h.Id).Summaries(db).ToPageAsync(query.Limit, s => s.Id, cancellationToken);
        return new HelpRequestPage(items, next);
    }

    /// <summary>The requests counted in <paramref name="measure"/>, by the rules of <see cref="RequestStats"/>.</summary>
    private static IQueryable<HelpRequest> Reached(IQueryable<HelpRequest> requests, Measure? measure) => measure switch
    {
        null or Measure.RequestsIn => requests,
        Measure.FirstContacted => requests.Where(h => h.FirstContactAt != null),
        Measure.Triaged => requests.Where(h => h.TriagedAt != null),
        Measure.TriagedLight => requests.Where(h => h.TriagedAt != null && (h.Triage == null || h.Triage.DecidedRoute != TriageRoute.Heavy)),
        Measure.TriagedHeavy => requests.Where(h => h.TriagedAt != null && h.Triage != null && h.Triage.DecidedRoute == TriageRoute.Heavy),
        Measure.Matched => requests.Where(h => h.MatchedAt != null),
        Measure.Referred => requests.Where(h => h.ReferredAt != null),
        Measure.AcceptedByPartner => requests.Where(h => h.PartnerAcceptedAt != null),
        Measure.Completed => requests.Where(h => h.Status == HelpRequestStatus.Completed),
        Measure.ClosedAfterReferral => requests.Where(h => h.Status == HelpRequestStatus.Closed),
        Measure.ClosedNoOffer => requests.Where(h => h.Status == HelpRequestStatus.ClosedNoOffer),
        Measure.Cancelled => requests.Where(h => h.Status == HelpRequestStatus.Cancelled),
        Measure.StillOpen => requests.Where(h => h.ClosedAt == null),
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };
}
