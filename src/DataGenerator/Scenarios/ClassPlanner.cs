using Bogus;
using NodaTime;
using TrainingDomain.Calendar;
using TrainingDomain.Programs;

namespace TrainingDomain.DataGenerator.Scenarios;

/// <summary>
/// Turns reported totals into class specifications whose counts are exact by construction: classes are shared among the
/// centres by largest remainder, and class sizes, drawn from each programme's observed range, are then moved one learner
/// at a time, inside the programme's <see cref="ClassSizeBounds"/>, until they add up to the reported learner-turns.
/// </summary>
internal static class ClassPlanner
{
    // The programme mix of a district centre's quarter [assumed]; TC is run by the provincial school over a whole year
    // and is left out of quarterly scenarios.
    public static readonly (string Program, float Weight)[] DefaultMix =
    [
        ("NTD", 24f), ("DVM", 18f), ("NQ", 16f), ("CNKT", 12f), ("NVCTD", 12f), ("SC", 10f), ("CTDT", 8f),
    ];

    // Observed sizes (DOMAIN.md §4, §7): NTD/DVM 31–117, SC 23–63 [fact]; resolution study and knowledge updates often
    // 150–300, the others [assumed].
    public static (int Min, int Max) TypicalSize(string programCode) => programCode switch
    {
        "NTD" or "DVM" => (31, 117),
        "SC" => (23, 63),
        "NQ" => (120, 320),
        "CNKT" => (60, 220),
        "NVCTD" => (40, 130),
        "CTDT" => (35, 110),
        "TC" => (47, 80),
        _ => (30, 100),
    };

    /// <summary>Shares <paramref name="total"/> among <paramref name="weights"/> by largest remainder, each part at least <paramref name="minimum"/>.</summary>
    public static int[] Allocate(int total, IReadOnlyList<double> weights, int minimum = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        if (weights.Count == 0)
        {
            return total == 0 ? [] : throw new ArgumentException("Nothing to share the total among.", nameof(weights));
        }

        var spare = total - (minimum * weights.Count);
        if (spare < 0)
        {
            throw new ArgumentException($"{total} cannot give each of {weights.Count} parts at least {minimum}.", nameof(total));
        }

        var sum = weights.Sum();
        var exact = weights.Select(w => spare * w / sum).ToArray();
        var parts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var left = spare - parts.Sum();
        foreach (var i in Enumerable.Range(0, parts.Length).OrderByDescending(i => exact[i] - parts[i]).ThenBy(i => i).Take(left))
        {
            parts[i]++;
        }

        return parts.Select(p => p + minimum).ToArray();
    }

    /// <summary>Class sizes for the programmes given, adding up to exactly <paramref name="totalTurns"/>.</summary>
    /// <exception cref="ArgumentException">When the programmes' size bounds cannot hold the total.</exception>
    public static int[] Sizes(Randomizer random, IReadOnlyList<string> programs, int totalTurns, ProgramCatalog catalog)
    {
        var bounds = programs.Select(p => catalog.Get(p).ClassSize).ToArray();
        if (bounds.Sum(b => b.Min) > totalTurns || bounds.Sum(b => (long)b.Max) < totalTurns)
        {
            throw new ArgumentException(
                $"{programs.Count} classes of these programmes hold between {bounds.Sum(b => b.Min)} and {bounds.Sum(b => (long)b.Max)} learners; {totalTurns} is outside.",
                nameof(totalTurns));
        }

        var sizes = programs.Select(p => TypicalSize(p)).Select(t => random.Int(t.Min, t.Max)).ToArray();
        for (var k = 0; k < sizes.Length; k++)
        {
            sizes[k] = Math.Clamp(sizes[k], bounds[k].Min, bounds[k].Max);
        }

        // Move toward the total: first within each programme's typical range, then within its hard bounds.
        foreach (var typicalOnly in new[] { true, false })
        {
            var difference = totalTurns - sizes.Sum();
            while (difference != 0)
            {
                var step = Math.Sign(difference);
                var movable = Enumerable.Range(0, sizes.Length).Where(i => CanMove(i, step, typicalOnly)).ToArray();
                if (movable.Length == 0)
                {
                    break;
                }

                // A random class takes a fair share of what is left, as far as its limit allows.
                var pick = random.ArrayElement(movable);
                var room = Math.Abs(Limit(pick, step, typicalOnly) - sizes[pick]);
                var move = Math.Min(room, Math.Max(1, Math.Abs(difference) / movable.Length));
                sizes[pick] += step * move;
                difference -= step * move;
            }
        }

        return sizes.Sum() == totalTurns ? sizes : throw new InvalidOperationException("The class sizes could not be made to add up; this is a generator bug.");

        int Limit(int i, int step, bool typicalOnly)
        {
            var typical = TypicalSize(programs[i]);
            return step > 0
                ? (typicalOnly ? Math.Min(typical.Max, bounds[i].Max) : bounds[i].Max)
                : (typicalOnly ? Math.Max(typical.Min, bounds[i].Min) : bounds[i].Min);
        }

        bool CanMove(int i, int step, bool typicalOnly) => step > 0 ? sizes[i] < Limit(i, step, typicalOnly) : sizes[i] > Limit(i, step, typicalOnly);
    }

    /// <summary>The working days of a date range under a calendar.</summary>
    public static List<LocalDate> WorkingDays(WorkingDayCalendar calendar, LocalDate from, LocalDate to)
    {
        var days = new List<LocalDate>();
        for (var d = from; d <= to; d = d.PlusDays(1))
        {
            if (calendar.IsWorkingDay(d))
            {
                days.Add(d);
            }
        }

        return days;
    }

    /// <summary>Vietnamese public holidays of 2018 (Tết 14–20/02, Giỗ Tổ 25/04, 30/04–01/05, 03/09 for 02/09) [fact].</summary>
    public static WorkingDayCalendar Calendar2018 { get; } = new(
    [
        new(2018, 1, 1), new(2018, 2, 14), new(2018, 2, 15), new(2018, 2, 16), new(2018, 2, 17), new(2018, 2, 18),
        new(2018, 2, 19), new(2018, 2, 20), new(2018, 4, 25), new(2018, 4, 30), new(2018, 5, 1), new(2018, 9, 3),
    ]);
}
