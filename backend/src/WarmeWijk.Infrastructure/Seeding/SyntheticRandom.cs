using WarmeWijk.Domain.Common;

namespace WarmeWijk.Infrastructure.Seeding;

/// <summary>
/// The seeded randomness of the synthetic data: weighted picks, log-normal delays, moments in Belgian office hours, and
/// time-ordered ids drawn from the same seed.
/// </summary>
internal sealed class SyntheticRandom(int seed)
{
    private static readonly TimeZoneInfo Brussels = FindBrussels();

    private static readonly Action<Entity, Guid> SetId = typeof(Entity).GetProperty(nameof(Entity.Id))!.GetSetMethod(nonPublic: true)!
        .CreateDelegate<Action<Entity, Guid>>();

    private readonly Random _random = new(seed);

    public double Next() => _random.NextDouble();

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    public int Next(int minInclusive, int maxExclusive) => _random.Next(minInclusive, maxExclusive);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public T Weighted<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = 0.0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }

        var target = _random.NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            target -= weight;
            if (target < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    /// <summary>A log-normal duration around <paramref name="medianHours"/>: most close to it, a long tail of slow ones.</summary>
    public TimeSpan Hours(double medianHours, double spread = 0.8) =>
        Whole(TimeSpan.FromHours(Math.Max(0.05, medianHours * Math.Exp(spread * Gaussian()))));

    public TimeSpan Days(double min, double max) => Whole(TimeSpan.FromDays(min + (_random.NextDouble() * (max - min))));

    /// <summary>A moment between the two, to the millisecond.</summary>
    public DateTimeOffset Between(DateTimeOffset from, DateTimeOffset until)
    {
        var start = new DateTimeOffset(from.UtcTicks - (from.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        return start + Whole((until - start) * _random.NextDouble());
    }

    /// <summary>
    /// Whole milliseconds: every generated moment is one, so a moment reads back from PostgreSQL (microseconds) or SQLite
    /// exactly as it was generated.
    /// </summary>
    public static TimeSpan Whole(TimeSpan span) => TimeSpan.FromMilliseconds(Math.Round(span.TotalMilliseconds));

    /// <summary>The moment itself when it falls in office hours (weekdays 8:30–17:30 in Brussels), else the next morning's.</summary>
    public DateTimeOffset InOfficeHours(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Brussels);
        if (local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && local.TimeOfDay >= new TimeSpan(8, 30, 0) && local.TimeOfDay < new TimeSpan(17, 30, 0))
        {
            return at;
        }

        var day = local.TimeOfDay < new TimeSpan(8, 30, 0) ? local.Date : local.Date.AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return Local(DateOnly.FromDateTime(day), new TimeSpan(8, 30, 0) + TimeSpan.FromMinutes(_random.Next(0, 150)));
    }

    /// <summary>A moment in Brussels time, in UTC.</summary>
    public DateTimeOffset Local(DateOnly day, TimeSpan timeOfDay)
    {
        var local = day.ToDateTime(TimeOnly.MinValue) + Whole(timeOfDay) + TimeSpan.FromMilliseconds(_random.Next(1000));
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Brussels), TimeSpan.Zero);
    }

    public static DateTimeOffset ToLocal(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Brussels);

    /// <summary>
    /// Gives the entity a version-7 id stamped with the moment it was created, as the app would have given it then, with
    /// the random part from this seed: ids sort by creation time (lists are newest first by id) and the same seed gives the
    /// same ids.
    /// </summary>
    public T Stamp<T>(T entity, DateTimeOffset at)
        where T : Entity
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes[6..]);
        var milliseconds = at.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        SetId(entity, new Guid(bytes, bigEndian: true));
        return entity;
    }

    private static TimeZoneInfo FindBrussels()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("CET", TimeSpan.FromHours(1), "CET", "CET");
        }
    }
}
