using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Reporting;

namespace WarmeWijk.Application.Reporting.Outcomes.ListOutcomes;

/// <summary>
/// The network's outcomes observed in a period, newest first, a page at a time (the cursor is the id of the last item seen),
/// with how many there are of each type. Without a period: the five years up to today; with only one end, the five years
/// from or up to it.
/// </summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker, Role.Analyst)]
public sealed record ListOutcomesQuery(DateOnly? From, DateOnly? To, Guid? NeighbourhoodId, OutcomeType? Type, Guid? Cursor, int Limit = 25)
    : IRequest<OutcomePage>
{
    public const int MaxPeriodYears = 5;

    public (DateOnly From, DateOnly To) Period(DateOnly today) => (From, To) switch
    {
        ({ } from, { } to) => (from, to),
        ({ } from, null) => (from, from.AddYears(MaxPeriodYears).AddDays(-1)),
        (null, { } to) => (to.AddYears(-MaxPeriodYears).AddDays(1), to),
        _ => (today.AddYears(-MaxPeriodYears).AddDays(1), today),
    };
}

/// <summary>
/// A page of outcomes. <see cref="Total"/> counts the outcomes that match every filter. <see cref="CountsByType"/> has
/// every type, in order, counted over the period and neighbourhood whatever the type filter, so that it can show what the
/// other types hold; an outcome of two types counts for both. These are counts of stories, not of people, so small
/// numbers identify no one and are shown as they are.
/// </summary>
public sealed record OutcomePage(
    DateOnly From,
    DateOnly To,
    int Total,
    IReadOnlyList<OutcomeTypeCountDto> CountsByType,
    IReadOnlyList<OutcomeDto> Items,
    Guid? NextCursor);

public sealed record OutcomeTypeCountDto(OutcomeType Type, int Count);

public sealed class ListOutcomesValidator : AbstractValidator<ListOutcomesQuery>
{
    public ListOutcomesValidator(IAppDbContext db)
    {
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("The period ends before it starts.");
        RuleFor(q => q.To).Must((q, to) => to < q.From!.Value.AddYears(ListOutcomesQuery.MaxPeriodYears))
            .When(q => q.From is not null && q.To is not null && q.To >= q.From)
            .WithMessage($"A period is at most {ListOutcomesQuery.MaxPeriodYears} years long.");
        RuleFor(q => q.NeighbourhoodId)
            .MustAsync((id, ct) => db.Neighbourhoods.AnyAsync(n => n.Id == id, ct)).When(q => q.NeighbourhoodId is not null)
            .WithMessage("There is no such neighbourhood in your network.");
        RuleFor(q => q.Type).IsInEnum();
        RuleFor(q => q.Limit).InclusiveBetween(1, 100);
    }
}

public sealed class ListOutcomesHandler(IAppDbContext db, OutcomeStore store, TimeProvider clock) : IRequestHandler<ListOutcomesQuery, OutcomePage>
{
    public async Task<OutcomePage> Handle(ListOutcomesQuery request, CancellationToken cancellationToken)
    {
        var (from, to) = request.Period(Outcome.LatestObservedOn(clock.GetUtcNow()));
        var inPeriod = db.Outcomes.AsNoTracking().Where(o => o.ObservedOn >= from && o.ObservedOn <= to);
        if (request.NeighbourhoodId is { } neighbourhood)
        {
            inPeriod = inPeriod.Where(o => o.NeighbourhoodId == neighbourhood);
        }

        // One count per type: grouping the elements of the types column needs SQL APPLY, which SQLite does not have.
        var counts = new List<OutcomeTypeCountDto>();
        foreach (var type in Enum.GetValues<OutcomeType>())
        {
            counts.Add(new OutcomeTypeCountDto(type, await inPeriod.CountAsync(o => o.Types.Contains(type), cancellationToken)));
        }

        var matching = request.Type is { } wanted ? inPeriod.Where(o => o.Types.Contains(wanted)) : inPeriod;
        var total = await matching.CountAsync(cancellationToken);
        var page = request.Cursor is { } cursor ? await AfterAsync(matching, cursor, cancellationToken) : matching;
        var (items, next) = await store.Dtos(page.OrderByDescending(o => o.ObservedOn).ThenByDescending(o => o.Id))
            .ToPageAsync(request.Limit, o => o.Id, cancellationToken);
        return new OutcomePage(from, to, total, counts, items, next);
    }

    /// <summary>The outcomes after the cursor in the list's order: observed earlier, or on the same day and recorded earlier.</summary>
    private async Task<IQueryable<Outcome>> AfterAsync(IQueryable<Outcome> outcomes, Guid cursor, CancellationToken cancellationToken)
    {
        var observedOn = await db.Outcomes.Where(o => o.Id == cursor).Select(o => (DateOnly?)o.ObservedOn).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ValidationException([new ValidationFailure(nameof(ListOutcomesQuery.Cursor), "The outcome this page continues from is gone; load the list again from the start.")]);
        return outcomes.Where(o => o.ObservedOn < observedOn || (o.ObservedOn == observedOn && o.Id.CompareTo(cursor) < 0));
    }
}
