using System.Globalization;
using TrainingDomain.People;

namespace TrainingDomain.Lecturers;

/// <summary>
/// When a lecturer teaches: a date and a time range [start, end). Two slots overlap only when they share some time;
/// slots that touch (one ends at 11:00, the next starts at 11:00) do not overlap.
/// </summary>
/// <example>
/// <code>
/// var morning = TeachingSlot.ForHalfDay(new LocalDate(2024, 3, 15), HalfDay.Morning);        // 07:30–11:00
/// var late = TeachingSlot.Between(new LocalDate(2024, 3, 15), new LocalTime(11, 0), new LocalTime(12, 0));
/// morning.Overlaps(late); // false: they only touch
/// </code>
/// </example>
public sealed record TeachingSlot
{
    private TeachingSlot(LocalDate date, LocalTime start, LocalTime end)
    {
        Date = date;
        Start = start;
        End = end;
    }

    /// <summary>The teaching date.</summary>
    public LocalDate Date { get; }

    /// <summary>When teaching starts.</summary>
    public LocalTime Start { get; }

    /// <summary>When teaching ends (exclusive for overlap purposes).</summary>
    public LocalTime End { get; }

    /// <summary>A slot with explicit times.</summary>
    /// <param name="date">The date.</param>
    /// <param name="start">The start time.</param>
    /// <param name="end">The end time; after <paramref name="start"/>.</param>
    /// <returns>The slot.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public static TeachingSlot Between(LocalDate date, LocalTime start, LocalTime end)
    {
        if (end <= start)
        {
            throw new ArgumentOutOfRangeException(
                nameof(end),
                end,
                string.Create(CultureInfo.InvariantCulture, $"A teaching slot must end after it starts ({start:HH:mm})."));
        }

        return new TeachingSlot(date, start, end);
    }

    /// <summary>A morning or afternoon session (buổi).</summary>
    /// <param name="date">The date.</param>
    /// <param name="halfDay">Morning or afternoon.</param>
    /// <param name="times">The centre's session times; <see cref="HalfDayTimes.Default"/> when omitted.</param>
    /// <returns>The slot.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="halfDay"/> is not a defined value.</exception>
    public static TeachingSlot ForHalfDay(LocalDate date, HalfDay halfDay, HalfDayTimes? times = null)
    {
        var t = times ?? HalfDayTimes.Default;
        return halfDay switch
        {
            HalfDay.Morning => new TeachingSlot(date, t.MorningStart, t.MorningEnd),
            HalfDay.Afternoon => new TeachingSlot(date, t.AfternoonStart, t.AfternoonEnd),
            _ => throw new ArgumentOutOfRangeException(nameof(halfDay), halfDay, "Unknown half-day."),
        };
    }

    /// <summary>Whether the two slots share some time on the same date. Touching slots do not overlap.</summary>
    /// <param name="other">The other slot.</param>
    /// <returns><c>true</c> when they overlap.</returns>
    public bool Overlaps(TeachingSlot other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Date == other.Date && Start < other.End && other.Start < End;
    }

    /// <summary>The time range as people read it, e.g. "07:30–11:00".</summary>
    public string TimeRange => string.Create(CultureInfo.InvariantCulture, $"{Start:HH:mm}–{End:HH:mm}");

    /// <inheritdoc />
    public override string ToString() => $"{TimeRange} ngày {Labels.Of(Date)}";
}
