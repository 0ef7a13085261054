namespace TrainingDomain.Reporting;

/// <summary>
/// What the quarterly statistics need to know about one enrolment. A plain projection, so the same report runs over
/// aggregates in memory and over rows read from a database.
/// </summary>
/// <param name="WithdrawnBeforeStart">Withdrawn before the class's first session (not a learner-turn by default).</param>
/// <param name="Completed">Finished the class (attendance and assessment done).</param>
/// <param name="Passed">Passed the assessment.</param>
/// <param name="AudienceOverridden">Enrolled despite an ineligible or undetermined audience verdict, by override.</param>
/// <param name="PlannedPeriods">The periods planned for this learner (sessions before enrolment excluded).</param>
/// <param name="UnexcusedAbsentPeriods">The periods missed without excuse.</param>
public sealed record EnrollmentRecord(
    bool WithdrawnBeforeStart,
    bool Completed,
    bool Passed,
    bool AudienceOverridden,
    int PlannedPeriods,
    int UnexcusedAbsentPeriods);
