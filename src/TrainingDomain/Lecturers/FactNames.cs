namespace TrainingDomain.Lecturers;

/// <summary>The names of the facts qualification rules record, so callers can look them up in a verdict.</summary>
public static class FactNames
{
    /// <summary>The lecturer's kind.</summary>
    public const string LecturerKind = "LecturerKind";

    /// <summary>The lecturer's education level.</summary>
    public const string EducationLevel = "EducationLevel";

    /// <summary>The lecturer's political-theory level.</summary>
    public const string PoliticalTheoryLevel = "PoliticalTheoryLevel";

    /// <summary>The political-theory level the programme requires.</summary>
    public const string RequiredTheoryLevel = "RequiredTheoryLevel";

    /// <summary>The programme code.</summary>
    public const string ProgramCode = "ProgramCode";

    /// <summary>Whether the lecturer holds a pedagogy certificate.</summary>
    public const string PedagogyCertificate = "PedagogyCertificate";

    /// <summary>The teaching date.</summary>
    public const string TeachingDate = "TeachingDate";

    /// <summary>The number of the recognition decision looked at.</summary>
    public const string RecognitionDecision = "RecognitionDecision";

    /// <summary>The first valid day of the recognition looked at.</summary>
    public const string RecognitionValidFrom = "RecognitionValidFrom";

    /// <summary>The last valid day of the recognition looked at.</summary>
    public const string RecognitionValidTo = "RecognitionValidTo";

    /// <summary>The topic code.</summary>
    public const string TopicCode = "TopicCode";

    /// <summary>The topics the lecturer teaches, comma-separated.</summary>
    public const string LecturerTopics = "LecturerTopics";
}
