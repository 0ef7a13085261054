using System.Globalization;

namespace TrainingDomain.Calendar;

/// <summary>
/// A reporting period (kỳ báo cáo): a month, a quarter, the first six months, nine months or a year, under a cut-off
/// policy. Start and end are both inclusive.
/// </summary>
/// <example>
/// <code>
/// var q1 = ReportingPeriod.Quarter(2019, 1, CutOffPolicy.Decree09);
/// // q1.Start == 15/12/2018, q1.End == 14/03/2019, q1.Label == "Quý I/2019"
/// var containing = ReportingPeriod.Containing(PeriodKind.Quarter, new LocalDate(2019, 3, 15), CutOffPolicy.Decree09);
/// // containing == Quý II/2019 (15/03/2019 → 14/06/2019)
/// </code>
/// </example>
public readonly record struct ReportingPeriod
{
    private ReportingPeriod(PeriodKind kind, int year, int index, CutOffPolicy policy)
    {
        Kind = kind;
        Year = year;
        Index = index;
        Policy = policy;
    }

    /// <summary>The earliest year a period may belong to.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest year a period may belong to.</summary>
    public const int MaxYear = 9998;

    /// <summary>Month, quarter, six months, nine months or year.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The year the period is named after ("Quý I/2019" belongs to 2019 even when it starts in 2018).</summary>
    public int Year { get; }

    /// <summary>The month (1–12) or quarter (1–4) within the year; 1 for the other kinds.</summary>
    public int Index { get; }

    /// <summary>The cut-off policy.</summary>
    public CutOffPolicy Policy { get; }

    /// <summary>The first day of the period, inclusive.</summary>
    public LocalDate Start => Kind switch
    {
        PeriodKind.Month => FirstDayOfMonthWindow(Year, Index, Policy),
        PeriodKind.Quarter => FirstDayOfMonthWindow(Year, (3 * Index) - 2, Policy),
        _ => FirstDayOfMonthWindow(Year, 1, Policy),
    };

    /// <summary>The last day of the period, inclusive.</summary>
    public LocalDate End => Kind switch
    {
        PeriodKind.Month => LastDayOfMonthWindow(Year, Index, Policy),
        PeriodKind.Quarter => LastDayOfMonthWindow(Year, 3 * Index, Policy),
        PeriodKind.FirstSixMonths => LastDayOfMonthWindow(Year, 6, Policy),
        PeriodKind.NineMonths => LastDayOfMonthWindow(Year, 9, Policy),
        _ => LastDayOfMonthWindow(Year, 12, Policy),
    };

    /// <summary>The period's days as an inclusive interval.</summary>
    public DateInterval Interval => new(Start, End);

    /// <summary>
    /// The Vietnamese label: "Tháng 3/2018", "Quý I/2018", "6 tháng đầu năm 2018", "9 tháng năm 2018", "Năm 2018".
    /// </summary>
    public string Label => Kind switch
    {
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"Tháng {Index}/{Year}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"Quý {RomanQuarters[Index - 1]}/{Year}"),
        PeriodKind.FirstSixMonths => string.Create(CultureInfo.InvariantCulture, $"6 tháng đầu năm {Year}"),
        PeriodKind.NineMonths => string.Create(CultureInfo.InvariantCulture, $"9 tháng năm {Year}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"Năm {Year}"),
    };

    private static readonly string[] RomanQuarters = ["I", "II", "III", "IV"];

    /// <summary>A month.</summary>
    /// <param name="year">The year, 1900–9998.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="policy">The cut-off policy.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the year or the month is out of range.</exception>
    public static ReportingPeriod Month(int year, int month, CutOffPolicy policy = CutOffPolicy.Calendar)
    {
        CheckYear(year);
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month must be between 1 and 12.");
        }

        return new ReportingPeriod(PeriodKind.Month, year, month, CheckPolicy(policy));
    }

    /// <summary>A quarter.</summary>
    /// <param name="year">The year, 1900–9998.</param>
    /// <param name="quarter">The quarter, 1–4.</param>
    /// <param name="policy">The cut-off policy.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the year or the quarter is out of range.</exception>
    public static ReportingPeriod Quarter(int year, int quarter, CutOffPolicy policy = CutOffPolicy.Calendar)
    {
        CheckYear(year);
        if (quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter must be between 1 and 4.");
        }

        return new ReportingPeriod(PeriodKind.Quarter, year, quarter, CheckPolicy(policy));
    }

    /// <summary>The first six months of a year.</summary>
    /// <param name="year">The year, 1900–9998.</param>
    /// <param name="policy">The cut-off policy.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the year is out of range.</exception>
    public static ReportingPeriod FirstSixMonths(int year, CutOffPolicy policy = CutOffPolicy.Calendar)
    {
        CheckYear(year);
        return new ReportingPeriod(PeriodKind.FirstSixMonths, year, 1, CheckPolicy(policy));
    }

    /// <summary>The first nine months of a year.</summary>
    /// <param name="year">The year, 1900–9998.</param>
    /// <param name="policy">The cut-off policy.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the year is out of range.</exception>
    public static ReportingPeriod NineMonths(int year, CutOffPolicy policy = CutOffPolicy.Calendar)
    {
        CheckYear(year);
        return new ReportingPeriod(PeriodKind.NineMonths, year, 1, CheckPolicy(policy));
    }

    /// <summary>A whole year.</summary>
    /// <param name="year">The year, 1900–9998.</param>
    /// <param name="policy">The cut-off policy.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the year is out of range.</exception>
    public static ReportingPeriod OfYear(int year, CutOffPolicy policy = CutOffPolicy.Calendar)
    {
        CheckYear(year);
        return new ReportingPeriod(PeriodKind.Year, year, 1, CheckPolicy(policy));
    }

    /// <summary>
    /// The period of the given kind that contains a date ("the quarter containing 14/03/2019 under Decree 09").
    /// Six- and nine-month periods contain only the dates of their window; for a date after it this throws.
    /// </summary>
    /// <param name="kind">The kind of period.</param>
    /// <param name="date">Any date.</param>
    /// <param name="policy">The cut-off policy.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// When no period of that kind contains the date (e.g. the first six months of a year for a date in August).
    /// </exception>
    public static ReportingPeriod Containing(PeriodKind kind, LocalDate date, CutOffPolicy policy = CutOffPolicy.Calendar)
    {
        CheckPolicy(policy);
        var (year, month) = ReportingMonthOf(date, policy);
        CheckYear(year);
        return kind switch
        {
            PeriodKind.Month => new ReportingPeriod(PeriodKind.Month, year, month, policy),
            PeriodKind.Quarter => new ReportingPeriod(PeriodKind.Quarter, year, ((month - 1) / 3) + 1, policy),
            PeriodKind.Year => new ReportingPeriod(PeriodKind.Year, year, 1, policy),
            PeriodKind.FirstSixMonths when month <= 6 => new ReportingPeriod(kind, year, 1, policy),
            PeriodKind.NineMonths when month <= 9 => new ReportingPeriod(kind, year, 1, policy),
            PeriodKind.FirstSixMonths or PeriodKind.NineMonths => throw new ArgumentOutOfRangeException(
                nameof(date), date, $"No {kind} period contains this date: it falls after the period's cut-off of its year."),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period kind."),
        };
    }

    /// <summary>Whether the period contains a date (both ends inclusive).</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>true</c> when <see cref="Start"/> ≤ date ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>The period that follows: the next month or quarter; the same kind of period in the next year otherwise.</summary>
    /// <returns>The next period.</returns>
    public ReportingPeriod Next() => Kind switch
    {
        PeriodKind.Month => Index == 12 ? Month(Year + 1, 1, Policy) : Month(Year, Index + 1, Policy),
        PeriodKind.Quarter => Index == 4 ? Quarter(Year + 1, 1, Policy) : Quarter(Year, Index + 1, Policy),
        _ => new ReportingPeriod(Kind, CheckYear(Year + 1), Index, Policy),
    };

    /// <summary>The period that precedes: the previous month or quarter; the same kind of period in the previous year otherwise.</summary>
    /// <returns>The previous period.</returns>
    public ReportingPeriod Previous() => Kind switch
    {
        PeriodKind.Month => Index == 1 ? Month(Year - 1, 12, Policy) : Month(Year, Index - 1, Policy),
        PeriodKind.Quarter => Index == 1 ? Quarter(Year - 1, 4, Policy) : Quarter(Year, Index - 1, Policy),
        _ => new ReportingPeriod(Kind, CheckYear(Year - 1), Index, Policy),
    };

    /// <summary>The same period one year earlier (for same-period comparisons: "so với cùng kỳ").</summary>
    /// <returns>The period of the previous year.</returns>
    public ReportingPeriod SamePeriodPreviousYear() => new(Kind, CheckYear(Year - 1), Index, Policy);

    /// <summary>
    /// The earliest day a report for this period may be due: the <paramref name="workingDaysAfterCutOff"/>-th working
    /// day after <see cref="End"/>.
    /// </summary>
    /// <param name="calendar">The working-day calendar (weekends and public holidays).</param>
    /// <param name="workingDaysAfterCutOff">How many working days after the cut-off; at least 1.</param>
    /// <returns>The submission deadline.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When fewer than one working day is asked for.</exception>
    public LocalDate SubmissionDeadline(WorkingDayCalendar calendar, int workingDaysAfterCutOff = 1)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (workingDaysAfterCutOff < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(workingDaysAfterCutOff), workingDaysAfterCutOff, "The deadline must be at least one working day after the cut-off.");
        }

        return calendar.AddWorkingDays(End, workingDaysAfterCutOff);
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Label} ({Start:dd/MM/yyyy}–{End:dd/MM/yyyy}, {Policy})");

    // The year and month whose reporting window contains the date: under Decree 09 the 15th starts the next month.
    private static (int Year, int Month) ReportingMonthOf(LocalDate date, CutOffPolicy policy)
    {
        if (policy == CutOffPolicy.Calendar || date.Day < 15)
        {
            return (date.Year, date.Month);
        }

        return date.Month == 12 ? (date.Year + 1, 1) : (date.Year, date.Month + 1);
    }

    private static LocalDate FirstDayOfMonthWindow(int year, int month, CutOffPolicy policy)
    {
        if (policy == CutOffPolicy.Calendar)
        {
            return new LocalDate(year, month, 1);
        }

        return month == 1 ? new LocalDate(year - 1, 12, 15) : new LocalDate(year, month - 1, 15);
    }

    private static LocalDate LastDayOfMonthWindow(int year, int month, CutOffPolicy policy) =>
        policy == CutOffPolicy.Calendar
            ? new LocalDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month))
            : new LocalDate(year, month, 14);

    private static int CheckYear(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"A reporting year must be between {MinYear} and {MaxYear}.");
        }

        return year;
    }

    private static CutOffPolicy CheckPolicy(CutOffPolicy policy) =>
        Enum.IsDefined(policy) ? policy : throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown cut-off policy.");
}
