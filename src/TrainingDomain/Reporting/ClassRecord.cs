namespace TrainingDomain.Reporting;

/// <summary>What the quarterly statistics need to know about one class.</summary>
/// <param name="ClassId">The class.</param>
/// <param name="CenterId">The centre that runs it.</param>
/// <param name="ProgramCode">Its programme.</param>
/// <param name="FirstSessionDate">The date of its first held session; <c>null</c> while it has not opened.</param>
/// <param name="Enrollments">Its enrolments, withdrawn ones included.</param>
/// <param name="RefusedForAudience">Nominees refused because they were outside the programme's target audience.</param>
public sealed record ClassRecord(
    Guid ClassId,
    string CenterId,
    string ProgramCode,
    LocalDate? FirstSessionDate,
    IReadOnlyList<EnrollmentRecord> Enrollments,
    int RefusedForAudience = 0);
