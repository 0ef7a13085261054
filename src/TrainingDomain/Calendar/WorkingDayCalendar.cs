namespace TrainingDomain.Calendar;

/// <summary>
/// Which days are working days: not a weekend day and not a public holiday. Holidays are configuration (Tết and the
/// compensatory days change every year), so the calendar is built from a list the province maintains.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<LocalDate> _holidays;
    private readonly HashSet<IsoDayOfWeek> _weekend;

    /// <summary>Creates a calendar.</summary>
    /// <param name="holidays">Public holidays and compensatory days off.</param>
    /// <param name="weekend">The weekly rest days; Saturday and Sunday when omitted.</param>
    /// <exception cref="ArgumentException">When every day of the week is a rest day.</exception>
    public WorkingDayCalendar(IEnumerable<LocalDate>? holidays = null, IEnumerable<IsoDayOfWeek>? weekend = null)
    {
        _holidays = [.. holidays ?? []];
        _weekend = [.. weekend ?? [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]];
        if (_weekend.Contains(IsoDayOfWeek.None))
        {
            throw new ArgumentException("IsoDayOfWeek.None is not a day of the week.", nameof(weekend));
        }

        if (_weekend.Count >= 7)
        {
            throw new ArgumentException("A calendar needs at least one working day in the week.", nameof(weekend));
        }
    }

    /// <summary>A calendar with Saturday and Sunday off and no public holidays.</summary>
    public static WorkingDayCalendar WeekendsOnly { get; } = new();

    /// <summary>The public holidays of the calendar.</summary>
    public IReadOnlyCollection<LocalDate> Holidays => _holidays;

    /// <summary>Whether a date is a working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>true</c> unless the date is a weekend day or a holiday.</returns>
    public bool IsWorkingDay(LocalDate date) => !_weekend.Contains(date.DayOfWeek) && !_holidays.Contains(date);

    /// <summary>The <paramref name="workingDays"/>-th working day after a date (the date itself does not count).</summary>
    /// <param name="date">The starting date.</param>
    /// <param name="workingDays">How many working days to move forward; at least 1.</param>
    /// <returns>The working day reached.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="workingDays"/> is less than 1.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workingDays);
        var current = date;
        var counted = 0;
        while (counted < workingDays)
        {
            current = current.PlusDays(1);
            if (IsWorkingDay(current))
            {
                counted++;
            }
        }

        return current;
    }
}
