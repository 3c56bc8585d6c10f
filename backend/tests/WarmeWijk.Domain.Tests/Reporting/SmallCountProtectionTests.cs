using WarmeWijk.Domain.Reporting;
using static WarmeWijk.Domain.Reporting.SmallCountProtection;

namespace WarmeWijk.Domain.Tests.Reporting;

public sealed class SmallCountProtectionTests
{
    [Test]
    public void Should_hide_every_count_from_one_to_four_and_show_zero()
    {
        var disclosure = Protect([[22], [0], [1], [4], [6], [11]], Column(5));

        Assert.That(disclosure.Select(r => r[0]), Is.EqualTo(new[] { Disclosure.Shown, Disclosure.Shown, Disclosure.Small, Disclosure.Small, Disclosure.Shown, Disclosure.Shown }));
    }

    [Test]
    public void Should_withhold_the_smallest_other_cell_when_one_small_cell_could_be_found_by_subtraction()
    {
        var disclosure = Protect([[42], [3], [9], [30]], Column(3));

        Assert.That(disclosure.Select(r => r[0]), Is.EqualTo(new[] { Disclosure.Shown, Disclosure.Small, Disclosure.Withheld, Disclosure.Shown }));
    }

    [Test]
    public void Should_withhold_another_cell_when_the_small_cells_must_all_be_one_or_all_four()
    {
        var ones = Protect([[42], [1], [1], [15], [25]], Column(4));
        var fours = Protect([[48], [4], [4], [15], [25]], Column(4));
        var undetermined = Protect([[46], [2], [4], [15], [25]], Column(4));

        Assert.Multiple(() =>
        {
            Assert.That(ones[3][0], Is.EqualTo(Disclosure.Withheld));
            Assert.That(fours[3][0], Is.EqualTo(Disclosure.Withheld));
            Assert.That(undetermined.Select(r => r[0]), Has.None.EqualTo(Disclosure.Withheld));
        });
    }

    [Test]
    public void Should_not_leave_a_withheld_total_equal_to_the_sum_of_visible_cells()
    {
        var disclosure = Protect([[30], [10], [20]], Column(2), cell => cell.Row == 0);

        Assert.That(disclosure.Select(r => r[0]), Is.EqualTo(new[] { Disclosure.Withheld, Disclosure.Withheld, Disclosure.Shown }));
    }

    [Test]
    public void Should_keep_going_when_a_withheld_cell_exposes_a_cell_of_another_partition()
    {
        // Rows: total, a, b. Columns: requests in = x + y. Column y of row a is small; withholding a cell in row a's
        // partition (x of a) exposes the x column unless one more x is withheld.
        int[][] values = [[60, 40, 20], [23, 20, 3], [37, 20, 17]];
        List<Partition> partitions =
        [
            new(new(0, 0), [new(1, 0), new(2, 0)]),
            new(new(0, 1), [new(1, 1), new(2, 1)]),
            new(new(0, 2), [new(1, 2), new(2, 2)]),
            new(new(0, 0), [new(0, 1), new(0, 2)]),
            new(new(1, 0), [new(1, 1), new(1, 2)]),
            new(new(2, 0), [new(2, 1), new(2, 2)]),
        ];

        var disclosure = Protect(values, partitions);

        AssertNoHiddenCellIsPinnedDown(values, partitions, disclosure);
    }

    [Test]
    public void Should_never_show_a_small_count_nor_let_one_be_found_from_a_total_in_random_tables_with_margins()
    {
        var random = new Random(20261123);
        for (var table = 0; table < 2000; table++)
        {
            var rows = random.Next(1, 7);
            var parts = random.Next(1, 5);
            var cells = Enumerable.Range(0, rows)
                .Select(_ => Enumerable.Range(0, parts).Select(_ => random.Next(3) == 0 ? random.Next(5) : random.Next(40)).ToArray())
                .Select(row => row.Prepend(row.Sum()).ToArray())
                .ToArray();
            int[][] values = [[.. Enumerable.Range(0, parts + 1).Select(c => cells.Sum(r => r[c]))], .. cells];
            var partitions = Enumerable.Range(0, parts + 1)
                .Select(c => new Partition(new(0, c), [.. Enumerable.Range(1, rows).Select(r => new Cell(r, c))]))
                .Concat(Enumerable.Range(0, rows + 1).Select(r => new Partition(new(r, 0), [.. Enumerable.Range(1, parts).Select(c => new Cell(r, c))])))
                .ToList();

            var disclosure = Protect(values, partitions);

            Assert.That(values.SelectMany((row, r) => row.Where((v, c) => IsSmall(v) && disclosure[r][c] == Disclosure.Shown)), Is.Empty);
            AssertNoHiddenCellIsPinnedDown(values, partitions, disclosure);
        }
    }

    private static List<Partition> Column(int rows) => [new(new(0, 0), [.. Enumerable.Range(1, rows).Select(r => new Cell(r, 0))])];

    /// <summary>
    /// Enumerates every assignment of the hidden cells of each partition with a visible total (small cells 1..4, withheld
    /// ones from 5 up) that adds up, and checks that each hidden cell can take at least two values.
    /// </summary>
    private static void AssertNoHiddenCellIsPinnedDown(int[][] values, List<Partition> partitions, Disclosure[][] disclosure)
    {
        foreach (var partition in partitions.Where(p => disclosure[p.Whole.Row][p.Whole.Column] == Disclosure.Shown))
        {
            var hidden = partition.Parts.Where(p => disclosure[p.Row][p.Column] != Disclosure.Shown).ToList();
            if (hidden.Count == 0)
            {
                continue;
            }

            var sum = hidden.Sum(p => values[p.Row][p.Column]);
            var possible = hidden.Select(_ => new HashSet<int>()).ToArray();
            Enumerate(hidden.Select(p => disclosure[p.Row][p.Column] == Disclosure.Small ? (1, Threshold - 1) : (Threshold, sum)).ToArray(), sum, new int[hidden.Count], 0, possible);
            Assert.That(possible.Select(p => p.Count), Has.All.GreaterThan(1),
                $"a hidden cell of the partition of ({partition.Whole.Row},{partition.Whole.Column}) follows from the total: {string.Join(",", hidden.Select(p => values[p.Row][p.Column]))}");
        }
    }

    private static void Enumerate((int Low, int High)[] ranges, int remaining, int[] chosen, int index, HashSet<int>[] possible)
    {
        if (index == ranges.Length)
        {
            if (remaining == 0)
            {
                for (var i = 0; i < chosen.Length; i++)
                {
                    possible[i].Add(chosen[i]);
                }
            }

            return;
        }

        for (var value = ranges[index].Low; value <= Math.Min(ranges[index].High, remaining); value++)
        {
            chosen[index] = value;
            Enumerate(ranges, remaining - value, chosen, index + 1, possible);
        }
    }
}
