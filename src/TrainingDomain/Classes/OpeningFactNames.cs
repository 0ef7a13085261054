namespace TrainingDomain.Classes;

/// <summary>The names of the facts the opening rules record.</summary>
public static class OpeningFactNames
{
    /// <summary>The number of the decision approving the class or its plan.</summary>
    public const string ApprovalDecision = "ApprovalDecision";

    /// <summary>The annual plan (missing when not supplied).</summary>
    public const string AnnualPlan = "AnnualClassPlan";

    /// <summary>The year of the annual plan.</summary>
    public const string PlanYear = "PlanYear";

    /// <summary>The number of the opening decision.</summary>
    public const string OpeningDecision = "OpeningDecision";

    /// <summary>The periods of the timetable.</summary>
    public const string TimetablePeriods = "TimetablePeriods";

    /// <summary>The periods the programme requires.</summary>
    public const string RequiredPeriods = "RequiredPeriods";

    /// <summary>The programme topics not covered by the timetable.</summary>
    public const string MissingTopics = "MissingTopics";

    /// <summary>A session's number.</summary>
    public const string SessionNumber = "SessionNumber";

    /// <summary>A session's date.</summary>
    public const string SessionDate = "SessionDate";

    /// <summary>A lecturer's id.</summary>
    public const string LecturerId = "LecturerId";

    /// <summary>A lecturer's record (missing when the lecturer is not in the context).</summary>
    public const string LecturerRecord = "LecturerRecord";

    /// <summary>A topic code.</summary>
    public const string TopicCode = "TopicCode";

    /// <summary>Overlapping engagements of lecturers.</summary>
    public const string Conflicts = "Conflicts";

    /// <summary>The number of learners enrolled now.</summary>
    public const string EnrolledLearners = "EnrolledLearners";

    /// <summary>The programme's smallest class.</summary>
    public const string MinClassSize = "MinClassSize";

    /// <summary>The programme's largest class.</summary>
    public const string MaxClassSize = "MaxClassSize";

    /// <summary>The learners whose eligibility verdict is neither eligible nor overridden.</summary>
    public const string UnacceptedLearners = "UnacceptedLearners";
}
