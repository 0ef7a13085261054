namespace TrainingDomain.Lecturers;

/// <summary>Which half of a day a session (buổi) takes.</summary>
public enum HalfDay
{
    /// <summary>Buổi sáng.</summary>
    Morning,

    /// <summary>Buổi chiều.</summary>
    Afternoon,
}
