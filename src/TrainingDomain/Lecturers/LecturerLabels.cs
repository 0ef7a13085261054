namespace TrainingDomain.Lecturers;

/// <summary>Vietnamese labels for lecturer values shown in verdicts and lists.</summary>
public static class LecturerLabels
{
    /// <summary>The Vietnamese name of a lecturer kind, e.g. "kiêm chức".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>"chuyên trách", "kiêm chức" or "thỉnh giảng".</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the value is not a defined kind.</exception>
    public static string Of(LecturerKind kind) => kind switch
    {
        LecturerKind.FullTime => "chuyên trách",
        LecturerKind.PartTime => "kiêm chức",
        LecturerKind.Invited => "thỉnh giảng",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown lecturer kind."),
    };
}
