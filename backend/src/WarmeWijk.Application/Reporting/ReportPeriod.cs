using FluentValidation;

namespace WarmeWijk.Application.Reporting;

/// <summary>
/// A reporting period of whole days in Belgian time, both ends included. Its start and end as instants follow the
/// Europe/Brussels clock, so a request taken at 00:30 on 1 January counts in January even though it is still 31 December in UTC.
/// </summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    public const int MaxYears = 5;

    private static readonly TimeZoneInfo Belgium = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public DateTimeOffset Start => StartOf(From);

    /// <summary>The first instant after the period.</summary>
    public DateTimeOffset End => StartOf(To.AddDays(1));

    /// <summary>The period of the same length just before this one, to compare with.</summary>
    public ReportPeriod Previous
    {
        get
        {
            var days = To.DayNumber - From.DayNumber + 1;
            return new ReportPeriod(From.AddDays(-days), From.AddDays(-1));
        }
    }

    /// <summary>A year: the one starting at <paramref name="from"/>, ending at <paramref name="to"/>, or else the last twelve whole months.</summary>
    public static ReportPeriod Resolve(DateOnly? from, DateOnly? to, DateTimeOffset now)
    {
        var today = LocalDate(now);
        var end = to ?? (from is { } start ? start.AddYears(1).AddDays(-1) : new DateOnly(today.Year, today.Month, 1).AddDays(-1));
        return new ReportPeriod(from ?? end.AddDays(1).AddYears(-1), end);
    }

    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Belgium).DateTime);

    private static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Belgium.GetUtcOffset(local)).ToUniversalTime();
    }
}

/// <summary>The rules every report's period follows: in order, not absurdly long, not before 2000 nor more than a year ahead.</summary>
public sealed class ReportPeriodRules<T> : AbstractValidator<T>
{
    public ReportPeriodRules(Func<T, DateOnly?> from, Func<T, DateOnly?> to, TimeProvider clock)
    {
        var earliest = new DateOnly(2000, 1, 1);
        var latest = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddYears(1);
        RuleFor(x => from(x)).InclusiveBetween(earliest, latest).When(x => from(x) is not null).OverridePropertyName("from")
            .WithMessage($"The period must start between {earliest:yyyy-MM-dd} and {latest:yyyy-MM-dd}.");
        RuleFor(x => to(x)).InclusiveBetween(earliest, latest).When(x => to(x) is not null).OverridePropertyName("to")
            .WithMessage($"The period must end between {earliest:yyyy-MM-dd} and {latest:yyyy-MM-dd}.");
        RuleFor(x => to(x)).Must((x, end) => end >= from(x)).When(x => from(x) is not null && to(x) is not null).OverridePropertyName("to")
            .WithMessage("The period ends before it starts: 'to' must be on or after 'from'.");
        RuleFor(x => to(x)).Must((x, end) => end!.Value < from(x)!.Value.AddYears(ReportPeriod.MaxYears)).When(x => from(x) is not null && to(x) is not null)
            .OverridePropertyName("to").WithMessage($"A report covers at most {ReportPeriod.MaxYears} years.");
    }
}
