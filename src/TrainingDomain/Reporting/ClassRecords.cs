using TrainingDomain.Classes;

namespace TrainingDomain.Reporting;

/// <summary>Projects a <see cref="TrainingClass"/> to the <see cref="ClassRecord"/> the statistics read.</summary>
public static class ClassRecords
{
    /// <summary>The report's view of a class, with attendance counted by the engine as of a date.</summary>
    /// <param name="trainingClass">The class.</param>
    /// <param name="engine">The attendance engine of the class's programme, which decides the planned periods per learner.</param>
    /// <param name="asOf">The date attendance is counted to (normally the end of the reporting period).</param>
    /// <returns>The record: the first session date only once the class has opened; one enrolment record per enrolment.</returns>
    public static ClassRecord From(TrainingClass trainingClass, AttendanceEngine engine, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(trainingClass);
        ArgumentNullException.ThrowIfNull(engine);
        var standings = engine.Evaluate(trainingClass, asOf).ToDictionary(l => l.EnrollmentId, l => l.Standing);
        var periodsBySession = trainingClass.Sessions.ToDictionary(s => s.Number, s => s.Periods);
        var enrollments = trainingClass.Enrollments.Select(e => new EnrollmentRecord(
            WithdrawnBeforeStart: e.Status == EnrollmentStatus.WithdrawnBeforeStart,
            Completed: e.Passed.HasValue,
            Passed: e.Passed == true,
            AudienceOverridden: e.Verdict.Override is not null,
            PlannedPeriods: standings.TryGetValue(e.Id, out var standing) ? standing.PlannedPeriods : 0,
            UnexcusedAbsentPeriods: e.Marks
                .Where(m => m.Mark == AttendanceMark.UnexcusedAbsence)
                .Sum(m => periodsBySession.GetValueOrDefault(m.SessionNumber))))
            .ToArray();
        return new ClassRecord(
            trainingClass.Id,
            trainingClass.CenterId,
            trainingClass.ProgramCode,
            trainingClass.HasOpened ? trainingClass.FirstSessionDate : null,
            enrollments,
            trainingClass.Nominations.Count(n => n.Status == NominationStatus.Refused && n.Verdict.Outcome != VerdictOutcome.Eligible));
    }

    /// <summary>The plan's lines as the report reads them.</summary>
    /// <param name="plan">An annual plan.</param>
    /// <returns>One target per plan item.</returns>
    public static IEnumerable<PlanTarget> TargetsOf(AnnualClassPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Items.Select(i => new PlanTarget(plan.Year, plan.CenterId, i.ProgramCode, i.Quarter, i.PlannedClasses, i.PlannedLearnerTurns));
    }
}
