using TrainingDomain.People;

namespace TrainingDomain.Lecturers;

/// <summary>
/// A lecturer in a centre's register (giảng viên): kind, qualifications, the topics they teach, their recognition
/// decisions (part-time lecturers only) and the sessions they are booked for.
/// </summary>
/// <remarks>
/// Qualifications that are not recorded stay <c>null</c>: a qualification check then reports them as missing facts
/// instead of treating the lecturer as qualified. Whether a lecturer may teach a given topic is decided by
/// <see cref="LecturerQualification"/>; <see cref="Book"/> only keeps the lecturer's timetable free of overlaps.
/// </remarks>
public sealed class Lecturer
{
    private readonly List<RecognitionDecision> _recognitions = [];
    private readonly List<string> _topics = [];
    private readonly List<Booking> _bookings = [];

    /// <summary>Creates a lecturer.</summary>
    /// <param name="id">The lecturer's id; required.</param>
    /// <param name="fullName">The full name in Vietnamese order (family, middle, given); required.</param>
    /// <param name="kind">Full-time, part-time or invited.</param>
    /// <param name="homeCenterId">The id of the centre whose register holds the lecturer; required.</param>
    /// <param name="educationLevel">The highest education level, or <c>null</c> when not recorded.</param>
    /// <param name="politicalTheoryLevel">The political-theory level, or <c>null</c> when not recorded.</param>
    /// <param name="hasPedagogyCertificate">Whether they hold a pedagogy certificate, or <c>null</c> when not recorded.</param>
    /// <exception cref="ArgumentException">When the id, name or centre id is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When a level or the kind is not a defined value.</exception>
    public Lecturer(
        string id,
        string fullName,
        LecturerKind kind,
        string homeCenterId,
        EducationLevel? educationLevel = null,
        PoliticalTheoryLevel? politicalTheoryLevel = null,
        bool? hasPedagogyCertificate = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        ArgumentException.ThrowIfNullOrWhiteSpace(homeCenterId);
        EnsureDefined(kind, nameof(kind));
        if (educationLevel is { } e)
        {
            EnsureDefined(e, nameof(educationLevel));
        }

        if (politicalTheoryLevel is { } p)
        {
            EnsureDefined(p, nameof(politicalTheoryLevel));
        }

        Id = id.Trim();
        FullName = fullName.Trim();
        Kind = kind;
        HomeCenterId = homeCenterId.Trim();
        EducationLevel = educationLevel;
        PoliticalTheoryLevel = politicalTheoryLevel;
        HasPedagogyCertificate = hasPedagogyCertificate;
    }

    // For EF Core.
    private Lecturer()
    {
        Id = string.Empty;
        FullName = string.Empty;
        HomeCenterId = string.Empty;
    }

    /// <summary>The lecturer's id.</summary>
    public string Id { get; private set; }

    /// <summary>The full name, family name first.</summary>
    public string FullName { get; private set; }

    /// <summary>Full-time, part-time or invited.</summary>
    public LecturerKind Kind { get; private set; }

    /// <summary>The id of the centre whose register holds the lecturer.</summary>
    public string HomeCenterId { get; private set; }

    /// <summary>The highest education level; <c>null</c> when not recorded.</summary>
    public EducationLevel? EducationLevel { get; private set; }

    /// <summary>The political-theory level; <c>null</c> when not recorded.</summary>
    public PoliticalTheoryLevel? PoliticalTheoryLevel { get; private set; }

    /// <summary>Whether the lecturer holds a pedagogy certificate; <c>null</c> when not recorded.</summary>
    public bool? HasPedagogyCertificate { get; private set; }

    /// <summary>The codes of the topics (chuyên đề) the lecturer teaches, in the order they were added.</summary>
    public IReadOnlyCollection<string> Topics => _topics.AsReadOnly();

    /// <summary>The recognition decisions (part-time lecturers only), in the order they were added.</summary>
    public IReadOnlyCollection<RecognitionDecision> Recognitions => _recognitions.AsReadOnly();

    /// <summary>The sessions the lecturer is booked for.</summary>
    public IReadOnlyCollection<Booking> Bookings => _bookings.AsReadOnly();

    /// <summary>The recognition that ends last, or <c>null</c> when there is none.</summary>
    public RecognitionDecision? LatestRecognition => _recognitions.MaxBy(r => r.ValidTo);

    /// <summary>Records the education level (e.g. after a new degree).</summary>
    /// <param name="level">The level.</param>
    /// <exception cref="ArgumentOutOfRangeException">When the level is not a defined value.</exception>
    public void RecordEducationLevel(EducationLevel level)
    {
        EnsureDefined(level, nameof(level));
        EducationLevel = level;
    }

    /// <summary>Records the political-theory level.</summary>
    /// <param name="level">The level.</param>
    /// <exception cref="ArgumentOutOfRangeException">When the level is not a defined value.</exception>
    public void RecordPoliticalTheoryLevel(PoliticalTheoryLevel level)
    {
        EnsureDefined(level, nameof(level));
        PoliticalTheoryLevel = level;
    }

    /// <summary>Records whether the lecturer holds a pedagogy certificate.</summary>
    /// <param name="hasCertificate">Whether they hold one.</param>
    public void RecordPedagogyCertificate(bool hasCertificate) => HasPedagogyCertificate = hasCertificate;

    /// <summary>Adds a topic the lecturer teaches. Adding a topic already listed changes nothing.</summary>
    /// <param name="topicCode">The topic code; required. Codes compare exactly (ordinal), after trimming.</param>
    /// <exception cref="ArgumentException">When the code is blank.</exception>
    public void AddTopic(string topicCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topicCode);
        var code = topicCode.Trim();
        if (!_topics.Contains(code, StringComparer.Ordinal))
        {
            _topics.Add(code);
        }
    }

    /// <summary>Removes a topic.</summary>
    /// <param name="topicCode">The topic code.</param>
    /// <returns>Whether the topic was listed.</returns>
    /// <exception cref="ArgumentException">When the code is blank.</exception>
    public bool RemoveTopic(string topicCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topicCode);
        return _topics.Remove(topicCode.Trim());
    }

    /// <summary>Whether the lecturer teaches a topic.</summary>
    /// <param name="topicCode">The topic code.</param>
    /// <returns><c>true</c> when the topic is listed.</returns>
    public bool TeachesTopic(string topicCode) =>
        !string.IsNullOrWhiteSpace(topicCode) && _topics.Contains(topicCode.Trim(), StringComparer.Ordinal);

    /// <summary>Adds a recognition decision (quyết định công nhận giảng viên kiêm chức).</summary>
    /// <param name="decision">The decision.</param>
    /// <exception cref="ArgumentNullException">When the decision is null.</exception>
    /// <exception cref="DomainRuleException">
    /// <c>Lecturer.RecognitionOnlyForPartTime</c> when the lecturer is not part-time;
    /// <c>Lecturer.DuplicateRecognition</c> when a decision with the same number is already recorded.
    /// </exception>
    public void AddRecognition(RecognitionDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (Kind != LecturerKind.PartTime)
        {
            throw new DomainRuleException(
                "Lecturer.RecognitionOnlyForPartTime",
                $"Chỉ giảng viên kiêm chức mới có quyết định công nhận; {FullName} là giảng viên {LecturerLabels.Of(Kind)}.");
        }

        if (_recognitions.Exists(r => string.Equals(r.DecisionNumber, decision.DecisionNumber, StringComparison.Ordinal)))
        {
            throw new DomainRuleException(
                "Lecturer.DuplicateRecognition",
                $"Quyết định công nhận số {decision.DecisionNumber} đã được ghi nhận cho giảng viên {FullName}.");
        }

        _recognitions.Add(decision);
    }

    /// <summary>The recognition in force on a date, preferring the one that lasts longest; <c>null</c> when none is.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The decision, or <c>null</c>.</returns>
    public RecognitionDecision? RecognitionValidOn(LocalDate date) =>
        _recognitions.Where(r => r.IsValidOn(date)).MaxBy(r => r.ValidTo);

    /// <summary>Books the lecturer for a session.</summary>
    /// <param name="slot">When the session takes place.</param>
    /// <param name="session">Which session.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="DomainRuleException">
    /// <c>Lecturer.AlreadyBookedForSession</c> when the lecturer is already booked for that session;
    /// <c>Lecturer.DoubleBooked</c> when the slot overlaps another booking (touching slots are fine).
    /// </exception>
    public void Book(TeachingSlot slot, SessionReference session)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(session);
        var same = _bookings.Find(b => b.Session == session);
        if (same is not null)
        {
            throw new DomainRuleException(
                "Lecturer.AlreadyBookedForSession",
                $"Giảng viên {FullName} đã được phân công {session} ({same.Slot}).");
        }

        var clash = _bookings.Find(b => b.Slot.Overlaps(slot));
        if (clash is not null)
        {
            throw new DomainRuleException(
                "Lecturer.DoubleBooked",
                $"Giảng viên {FullName} đã có lịch giảng {clash.Session} ({clash.Slot.TimeRange}) ngày {Labels.Of(slot.Date)}, " +
                $"trùng giờ với {session} ({slot.TimeRange}).");
        }

        _bookings.Add(new Booking(slot, session));
    }

    /// <summary>Removes the booking for a session.</summary>
    /// <param name="session">The session.</param>
    /// <returns>Whether a booking was removed; <c>false</c> when the lecturer was not booked for it.</returns>
    /// <exception cref="ArgumentNullException">When the session is null.</exception>
    public bool Unbook(SessionReference session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return _bookings.RemoveAll(b => b.Session == session) > 0;
    }

    /// <inheritdoc />
    public override string ToString() => $"{FullName} ({LecturerLabels.Of(Kind)}, {HomeCenterId})";

    private static void EnsureDefined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Not a defined {typeof(TEnum).Name}.");
        }
    }
}
