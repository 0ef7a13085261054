namespace TrainingDomain.DataGenerator.Scenarios;

/// <summary>
/// The size of the <c>scale</c> scenario: provinces × centres per province × years × classes per centre and year, each
/// class with <see cref="ClassSize"/> learners and <see cref="SessionsPerClass"/> sessions, so
/// <see cref="AttendanceMarks"/> = provinces × centres × years × classes × class size × sessions. The defaults give
/// 16,000 marks; <c>--provinces 2 --centres 10 --years 2 --classes 625</c> gives 10,000,000.
/// </summary>
internal sealed record ScaleOptions
{
    /// <summary>The first year the scenario's classes run in (then the following years).</summary>
    public const int FirstYear = 2019;

    public int Provinces { get; init; } = 1;

    public int CentresPerProvince { get; init; } = 4;

    public int Years { get; init; } = 1;

    public int ClassesPerCentrePerYear { get; init; } = 10;

    /// <summary>Learner-turns per class (active enrolments); NTD's class-size bounds, 20–120.</summary>
    public int ClassSize { get; init; } = 40;

    /// <summary>Half-day sessions per class, two a day; at least NTD's 10, at most 40.</summary>
    public int SessionsPerClass { get; init; } = 10;

    /// <summary>Classes in all.</summary>
    public long Classes => (long)Provinces * CentresPerProvince * Years * ClassesPerCentrePerYear;

    /// <summary>Attendance marks in all (every class finishes within its year, so every session is marked).</summary>
    public long AttendanceMarks => Classes * ClassSize * SessionsPerClass;

    /// <summary>Throws, naming the option, when a size is out of range.</summary>
    public ScaleOptions Validated()
    {
        Check(Provinces, 1, 99, "--provinces");
        Check(CentresPerProvince, 1, 300, "--centres");
        Check(Years, 1, 6, "--years");
        Check(ClassesPerCentrePerYear, 1, 1_000, "--classes");
        Check(ClassSize, 20, 120, "--class-size");
        Check(SessionsPerClass, 10, 40, "--sessions");
        if (SessionsPerClass % 2 != 0)
        {
            throw new ArgumentOutOfRangeException("--sessions", SessionsPerClass, "--sessions is an even number: a class meets in the morning and the afternoon of each day.");
        }

        return this;
    }

    private static void Check(int value, int min, int max, string option)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(option, value, $"{option} is between {min} and {max}; got {value}.");
        }
    }
}
