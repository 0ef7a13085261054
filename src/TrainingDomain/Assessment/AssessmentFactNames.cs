namespace TrainingDomain.Assessment;

/// <summary>The names of the facts assessment and certificate rules record, so callers can look them up in a verdict.</summary>
public static class AssessmentFactNames
{
    /// <summary>Periods attended, as "attended/planned".</summary>
    public const string AttendedPeriods = "AttendedPeriods";

    /// <summary>The attendance rate, as a percentage.</summary>
    public const string AttendanceRate = "AttendanceRate";

    /// <summary>The attendance threshold, as a percentage.</summary>
    public const string AttendanceThreshold = "AttendanceThreshold";

    /// <summary>Who approved an attendance override.</summary>
    public const string AttendanceOverride = "AttendanceOverride";

    /// <summary>The learner's assessment result; missing when none is recorded.</summary>
    public const string AssessmentResult = "AssessmentResult";

    /// <summary>The score.</summary>
    public const string Score = "Score";

    /// <summary>The result class.</summary>
    public const string ResultClass = "ResultClass";
}
