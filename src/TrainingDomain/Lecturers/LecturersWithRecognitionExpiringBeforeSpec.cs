using Ardalis.Specification;

namespace TrainingDomain.Lecturers;

/// <summary>
/// Part-time lecturers whose latest recognition ends before a date, i.e. who have at least one recognition and none
/// valid on or after that date. Part-time lecturers with no recognition at all are not included: they have nothing to
/// expire and are caught by the qualification check.
/// </summary>
/// <example>
/// <code>
/// // Lecturers to renew before the next school year:
/// var due = new LecturersWithRecognitionExpiringBeforeSpec(new LocalDate(2024, 9, 1)).Evaluate(lecturers);
/// </code>
/// </example>
public sealed class LecturersWithRecognitionExpiringBeforeSpec : Specification<Lecturer>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="before">The date the latest recognition must end before (exclusive: ending on it does not count).</param>
    public LecturersWithRecognitionExpiringBeforeSpec(LocalDate before)
    {
        Query.Where(l => l.Kind == LecturerKind.PartTime
                         && l.Recognitions.Any()
                         && !l.Recognitions.Any(r => r.ValidTo >= before));
    }
}
