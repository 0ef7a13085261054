using TrainingDomain.Lecturers;
using TrainingDomain.People;

namespace TrainingDomain.Classes;

/// <summary>
/// One session (buổi) of a class timetable: its number in the class, when it takes place, the topic taught, the
/// planned periods (tiết) and the lecturer.
/// </summary>
public sealed record ClassSession
{
    private ClassSession(int number, TeachingSlot slot, HalfDay? halfDay, string topicCode, int periods, string lecturerId)
    {
        Number = number;
        Slot = slot;
        HalfDay = halfDay;
        TopicCode = topicCode;
        Periods = periods;
        LecturerId = lecturerId;
    }

    // For EF Core.
    private ClassSession()
    {
        Slot = null!;
        TopicCode = string.Empty;
        LecturerId = string.Empty;
    }

    /// <summary>The session's number in the class, from 1.</summary>
    public int Number { get; }

    /// <summary>When the session takes place.</summary>
    public TeachingSlot Slot { get; }

    /// <summary>The half-day, when the session was scheduled as a whole morning or afternoon.</summary>
    public HalfDay? HalfDay { get; }

    /// <summary>The session's date.</summary>
    public LocalDate Date => Slot.Date;

    /// <summary>The topic (chuyên đề) code taught.</summary>
    public string TopicCode { get; }

    /// <summary>The planned periods; attendance is counted over these.</summary>
    public int Periods { get; }

    /// <summary>The id of the lecturer who teaches it.</summary>
    public string LecturerId { get; }

    /// <summary>A session in an explicit slot.</summary>
    /// <param name="number">The session's number, from 1.</param>
    /// <param name="slot">When it takes place.</param>
    /// <param name="topicCode">The topic code; required.</param>
    /// <param name="periods">The planned periods; at least 1.</param>
    /// <param name="lecturerId">The lecturer's id; required.</param>
    /// <returns>The session.</returns>
    /// <exception cref="ArgumentException">When the topic or lecturer id is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the number or periods are not positive.</exception>
    public static ClassSession In(int number, TeachingSlot slot, string topicCode, int periods, string lecturerId)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return Create(number, slot, null, topicCode, periods, lecturerId);
    }

    /// <summary>A session taking a whole morning or afternoon (buổi).</summary>
    /// <param name="number">The session's number, from 1.</param>
    /// <param name="date">The date.</param>
    /// <param name="halfDay">Morning or afternoon.</param>
    /// <param name="topicCode">The topic code; required.</param>
    /// <param name="periods">The planned periods; at least 1.</param>
    /// <param name="lecturerId">The lecturer's id; required.</param>
    /// <param name="times">The centre's session times; <see cref="HalfDayTimes.Default"/> when omitted.</param>
    /// <returns>The session.</returns>
    /// <exception cref="ArgumentException">When the topic or lecturer id is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the number or periods are not positive, or the half-day is undefined.</exception>
    public static ClassSession ForHalfDay(int number, LocalDate date, HalfDay halfDay, string topicCode, int periods, string lecturerId, HalfDayTimes? times = null) =>
        Create(number, TeachingSlot.ForHalfDay(date, halfDay, times), halfDay, topicCode, periods, lecturerId);

    /// <summary>The reference a lecturer's booking uses for this session.</summary>
    /// <param name="classCode">The class code.</param>
    /// <returns>The reference.</returns>
    public SessionReference Reference(string classCode) => new(classCode, Number);

    /// <inheritdoc />
    public override string ToString() => $"buổi {Number} ngày {Labels.Of(Date)}";

    private static ClassSession Create(int number, TeachingSlot slot, HalfDay? halfDay, string topicCode, int periods, string lecturerId)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(periods);
        ArgumentException.ThrowIfNullOrWhiteSpace(topicCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(lecturerId);
        return new ClassSession(number, slot, halfDay, topicCode.Trim(), periods, lecturerId.Trim());
    }
}
