namespace TrainingDomain.Lecturers;

/// <summary>What a qualification rule looks at: a lecturer, the programme and topic to teach, and the teaching date.</summary>
public sealed record QualificationContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="lecturer">The lecturer.</param>
    /// <param name="programCode">The programme code, e.g. <c>SC</c>; required.</param>
    /// <param name="topicCode">The topic (chuyên đề) code; required.</param>
    /// <param name="date">The teaching date.</param>
    /// <exception cref="ArgumentNullException">When the lecturer is null.</exception>
    /// <exception cref="ArgumentException">When a code is blank.</exception>
    public QualificationContext(Lecturer lecturer, string programCode, string topicCode, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(lecturer);
        ArgumentException.ThrowIfNullOrWhiteSpace(programCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(topicCode);
        Lecturer = lecturer;
        ProgramCode = programCode.Trim();
        TopicCode = topicCode.Trim();
        Date = date;
    }

    /// <summary>The lecturer.</summary>
    public Lecturer Lecturer { get; }

    /// <summary>The programme code.</summary>
    public string ProgramCode { get; }

    /// <summary>The topic code.</summary>
    public string TopicCode { get; }

    /// <summary>The teaching date.</summary>
    public LocalDate Date { get; }
}
