using TrainingDomain.Reporting;

namespace TrainingDomain.Tests.Reporting;

/// <summary>Builders of class records for report tests.</summary>
internal static class ReportFixtures
{
    public static EnrollmentRecord Learner(bool completed = true, bool passed = true, int planned = 50, int absent = 0, bool overridden = false) =>
        new(WithdrawnBeforeStart: false, completed, passed, overridden, planned, absent);

    public static EnrollmentRecord WithdrawnBeforeStart() => new(true, false, false, false, 0, 0);

    public static ClassRecord Class(string centerId, string program, LocalDate? firstSession, int learners, int withdrawnBeforeStart = 0, int refused = 0) =>
        new(
            Guid.NewGuid(),
            centerId,
            program,
            firstSession,
            [.. Enumerable.Range(0, learners).Select(_ => Learner()), .. Enumerable.Range(0, withdrawnBeforeStart).Select(_ => WithdrawnBeforeStart())],
            refused);
}
