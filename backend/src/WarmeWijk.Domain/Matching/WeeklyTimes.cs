using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.HelpRequests;

namespace WarmeWijk.Domain.Matching;

/// <summary>Arithmetic on weekly time windows (a volunteer's slots, a request's wished moments).</summary>
internal static class WeeklyTimes
{
    public static IReadOnlyList<TimeWindow> NonOverlapping(IEnumerable<TimeWindow> windows, string name)
    {
        var ordered = windows.OrderBy(w => w.Day).ThenBy(w => w.From).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            var (previous, current) = (ordered[i - 1], ordered[i]);
            if (previous.Day == current.Day && current.From < previous.Until)
            {
                throw new DomainRuleException(
                    $"{name} overlap on {current.Day}: {previous.From:HH\\:mm}–{previous.Until:HH\\:mm} and {current.From:HH\\:mm}–{current.Until:HH\\:mm}.");
            }
        }

        return ordered;
    }

    public const int EveryDay = 0b111_1111;

    /// <summary>The weekdays of the windows as bits (Monday = bit 0).</summary>
    public static int DaysMask(IEnumerable<TimeWindow> windows) => windows.Aggregate(0, (mask, window) => mask | (1 << (int)window.Day));

    public static int Minutes(TimeWindow window) => (int)(window.Until - window.From).TotalMinutes;

    public static int TotalMinutes(IEnumerable<TimeWindow> windows) => windows.Sum(Minutes);

    /// <summary>The minutes per week both lists cover, counting only the weekdays in <paramref name="daysMask"/> (see <see cref="DaysMask"/>).</summary>
    public static int OverlapMinutes(IReadOnlyList<TimeWindow> first, IReadOnlyList<TimeWindow> second, int daysMask)
    {
        var minutes = 0;
        for (var i = 0; i < first.Count; i++)
        {
            var a = first[i];
            if ((daysMask & (1 << (int)a.Day)) == 0)
            {
                continue;
            }

            for (var j = 0; j < second.Count; j++)
            {
                var b = second[j];
                if (a.Day == b.Day && a.From < b.Until && b.From < a.Until)
                {
                    var start = a.From > b.From ? a.From : b.From;
                    var end = a.Until < b.Until ? a.Until : b.Until;
                    minutes += (int)(end - start).TotalMinutes;
                }
            }
        }

        return minutes;
    }

    public static Weekday WeekdayOf(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? Weekday.Sunday : (Weekday)((int)date.DayOfWeek - 1);
}
