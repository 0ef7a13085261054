namespace TrainingDomain.Assessment;

/// <summary>How hard a question is (mức độ), one axis of an exam blueprint.</summary>
public enum Difficulty
{
    /// <summary>Dễ.</summary>
    Easy,

    /// <summary>Trung bình.</summary>
    Medium,

    /// <summary>Khó.</summary>
    Hard,
}
