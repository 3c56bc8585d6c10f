namespace WarmeWijk.Domain.Reporting;

/// <summary>Whether a count may be shown.</summary>
public enum Disclosure
{
    Shown,

    /// <summary>From 1 to <see cref="SmallCountProtection.Threshold"/> - 1: shown as "&lt;5".</summary>
    Small,

    /// <summary>Large enough, but hidden so that a small count next to it cannot be found by subtraction from a total.</summary>
    Withheld,
}

/// <summary>
/// Small-count suppression with secondary suppression, for a table whose rows add up to its total row and whose cells
/// add up within a row (see <see cref="Partition"/>). Primary: every count from 1 to 4 is <see cref="Disclosure.Small"/>;
/// zero is shown, because an empty group holds no one to recognise (hiding zeros would, through the rules below, hide
/// most totals of a small network for nothing). Secondary: wherever a visible total and the visible cells of one of its partitions
/// would pin down a hidden cell — one hidden cell, or hidden cells that must all be 1 or all be 4 — the smallest
/// visible cell of that partition (or, when none is left, its total) is <see cref="Disclosure.Withheld"/> too (reasoning over the ranges the hidden cells can
/// take, so a withheld cell next to a small one is checked as well); and a hidden total is not left equal to the
/// sum of all-visible cells. Repeated until nothing changes, because a withheld cell can break another partition.
/// </summary>
public static class SmallCountProtection
{
    public const int Threshold = 5;

    public static bool IsSmall(int count) => count is > 0 and < Threshold;

    /// <summary>One cell of a grid: row 0 is the total row.</summary>
    public readonly record struct Cell(int Row, int Column);

    /// <summary>The <paramref name="Parts"/> add up to <paramref name="Whole"/>.</summary>
    public sealed record Partition(Cell Whole, IReadOnlyList<Cell> Parts);

    /// <summary>
    /// The disclosure of every cell of <paramref name="values"/> given the partitions among them.
    /// <paramref name="forced"/> marks cells that must be hidden whatever their value (e.g. because another view withheld them).
    /// </summary>
    public static Disclosure[][] Protect(int[][] values, IReadOnlyList<Partition> partitions, Func<Cell, bool>? forced = null)
    {
        var disclosure = values
            .Select((row, r) => row.Select((value, c) =>
                IsSmall(value) ? Disclosure.Small : forced?.Invoke(new Cell(r, c)) == true ? Disclosure.Withheld : Disclosure.Shown).ToArray())
            .ToArray();

        bool changed;
        do
        {
            changed = false;
            foreach (var partition in partitions)
            {
                if (!NeedsAnotherHiddenPart(partition, values, disclosure))
                {
                    continue;
                }

                // The smallest visible part that is not zero (a hidden zero would protect nothing); else the total itself.
                var withhold = partition.Parts.Where(p => At(disclosure, p) == Disclosure.Shown && At(values, p) > 0)
                    .OrderBy(p => At(values, p)).Append(partition.Whole).First();
                if (At(disclosure, withhold) == Disclosure.Shown)
                {
                    disclosure[withhold.Row][withhold.Column] = Disclosure.Withheld;
                    changed = true;
                }
            }
        }
        while (changed);

        return disclosure;
    }

    private static bool NeedsAnotherHiddenPart(Partition partition, int[][] values, Disclosure[][] disclosure)
    {
        // Over the hidden parts: how many, how many withheld, and the sum of their values.
        var (hidden, withheld, sum) = (0, 0, 0L);
        foreach (var part in partition.Parts)
        {
            var state = At(disclosure, part);
            if (state != Disclosure.Shown)
            {
                (hidden, withheld, sum) = (hidden + 1, withheld + (state == Disclosure.Withheld ? 1 : 0), sum + At(values, part));
            }
        }

        if (At(disclosure, partition.Whole) != Disclosure.Shown)
        {
            // A hidden total must not be recoverable by adding up its parts.
            return hidden == 0;
        }

        return hidden > 0
            && ((hidden > withheld && IsPinnedDown(Disclosure.Small, hidden, withheld, sum))
                || (withheld > 0 && IsPinnedDown(Disclosure.Withheld, hidden, withheld, sum)));
    }

    /// <summary>
    /// Whether a hidden cell of the given kind has only one value left, given the sum of the hidden cells (total minus
    /// visible cells) and that a small cell lies in 1..4 and a withheld one is at least 5.
    /// </summary>
    private static bool IsPinnedDown(Disclosure kind, int hidden, int withheld, long sum)
    {
        var (othersWithheld, othersSmall) = kind == Disclosure.Withheld ? (withheld - 1, hidden - withheld) : (withheld, hidden - withheld - 1);
        var othersMin = (othersWithheld * (long)Threshold) + othersSmall;
        var othersMax = othersWithheld > 0 ? long.MaxValue / 2 : (Threshold - 1L) * othersSmall;
        var (low, high) = kind == Disclosure.Small ? (1L, Threshold - 1L) : (Threshold, long.MaxValue / 2);
        return Math.Max(low, sum - othersMax) == Math.Min(high, sum - othersMin);
    }

    private static T At<T>(T[][] grid, Cell cell) => grid[cell.Row][cell.Column];
}
