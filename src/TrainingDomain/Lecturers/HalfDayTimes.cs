using System.Globalization;

namespace TrainingDomain.Lecturers;

/// <summary>
/// The clock times of the morning and afternoon sessions. No public rule sets them, so the <see cref="Default"/>
/// (07:30–11:00 and 13:30–17:00) is an assumption a centre can replace.
/// </summary>
public sealed record HalfDayTimes
{
    /// <summary>Creates the times.</summary>
    /// <param name="morningStart">When the morning session starts.</param>
    /// <param name="morningEnd">When it ends; after <paramref name="morningStart"/>.</param>
    /// <param name="afternoonStart">When the afternoon session starts; not before <paramref name="morningEnd"/>.</param>
    /// <param name="afternoonEnd">When it ends; after <paramref name="afternoonStart"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">When a session ends before it starts, or the afternoon starts before the morning ends.</exception>
    public HalfDayTimes(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart, LocalTime afternoonEnd)
    {
        if (morningEnd <= morningStart)
        {
            throw new ArgumentOutOfRangeException(nameof(morningEnd), morningEnd, "The morning session must end after it starts.");
        }

        if (afternoonStart < morningEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(afternoonStart), afternoonStart, "The afternoon session cannot start before the morning session ends.");
        }

        if (afternoonEnd <= afternoonStart)
        {
            throw new ArgumentOutOfRangeException(nameof(afternoonEnd), afternoonEnd, "The afternoon session must end after it starts.");
        }

        MorningStart = morningStart;
        MorningEnd = morningEnd;
        AfternoonStart = afternoonStart;
        AfternoonEnd = afternoonEnd;
    }

    /// <summary>The assumed default: morning 07:30–11:00, afternoon 13:30–17:00.</summary>
    public static HalfDayTimes Default { get; } =
        new(new LocalTime(7, 30), new LocalTime(11, 0), new LocalTime(13, 30), new LocalTime(17, 0));

    /// <summary>When the morning session starts.</summary>
    public LocalTime MorningStart { get; }

    /// <summary>When the morning session ends.</summary>
    public LocalTime MorningEnd { get; }

    /// <summary>When the afternoon session starts.</summary>
    public LocalTime AfternoonStart { get; }

    /// <summary>When the afternoon session ends.</summary>
    public LocalTime AfternoonEnd { get; }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{MorningStart:HH:mm}–{MorningEnd:HH:mm}, {AfternoonStart:HH:mm}–{AfternoonEnd:HH:mm}");
}
