using TrainingDomain.Classes;

namespace TrainingDomain.Tests.Classes;

public class AttendanceEngineTests
{
    private const string Teacher = "Giáo vụ Vũ Thị Lan";
    private static readonly AttendanceEngine Engine = new(AttendancePolicy.Default);

    // 40 periods: two 4-period sessions, a 1-period session, then 4+4+4+4+5+5+5; morning and afternoon from 05/03/2018,
    // so session 3 is the morning of 06/03.
    private static readonly int[] FortyPeriods = [4, 4, 1, 4, 4, 4, 4, 5, 5, 5];

    [Theory]
    // 8 unexcused periods (sessions 1–2): at most 32/40 = 80 % is still reachable.
    [InlineData(2, true)]
    // The 9th unexcused period (session 3): at most 31/40 = 77.5 %.
    [InlineData(3, false)]
    public void TheNinthUnexcusedPeriodOfAFortyPeriodClassEndsTheChanceToPass(int sessionsMissed, bool canStillPass)
    {
        var (trainingClass, learner) = OneLearner(FortyPeriods);
        for (var s = 1; s <= sessionsMissed; s++)
        {
            Mark(trainingClass, learner, s, AttendanceMark.UnexcusedAbsence);
        }

        var attendance = Engine.Evaluate(trainingClass, learner.Id, ClassBuilder.Start.PlusDays(1))!;

        attendance.Standing.CanStillPass.ShouldBe(canStillPass);
        attendance.Alerts.Any(a => a.Kind == AttendanceAlertKind.ThresholdUnreachable).ShouldBe(!canStillPass);
    }

    [Fact]
    public void RaisesTheUnreachableAlertAtTheSessionOfTheNinthPeriodAndOnlyOnce()
    {
        var (trainingClass, learner) = OneLearner(FortyPeriods);
        foreach (var s in new[] { 1, 2, 3, 4 })
        {
            Mark(trainingClass, learner, s, s == 2 ? AttendanceMark.ExcusedAbsence : AttendanceMark.UnexcusedAbsence);
        }

        var alert = Engine.Evaluate(trainingClass, learner.Id, ClassBuilder.Start.PlusDays(2))!
            .Alerts.Single(a => a.Kind == AttendanceAlertKind.ThresholdUnreachable);

        alert.SessionNumber.ShouldBe(3);
        alert.BestReachablePeriods.ShouldBe(31);
        alert.Message.ShouldBe("Học viên 001: từ buổi 3 ngày 06/03/2018 chỉ còn có thể dự tối đa 31/40 tiết (77,5 %), không thể đạt mức 80 % số tiết; không đủ điều kiện đánh giá.");
    }

    [Fact]
    public void SessionsBeforeALateEnrolmentAreNeitherPlannedNorAbsences()
    {
        // One session a day: session 3 is on 07/03, session 4 on 08/03, the day of the late enrolment.
        var builder = ClassBuilder.Ntd().WithSessions(FortyPeriods).OneSessionPerDay();
        var trainingClass = builder.InProgress(1);
        var afterThree = builder.EnrollAll(trainingClass, [ClassBuilder.Eligible(2)], ClassBuilder.Start.PlusDays(3)).Single();
        Mark(trainingClass, afterThree, 4, AttendanceMark.Present);

        var attendance = Engine.Evaluate(trainingClass, afterThree.Id, ClassBuilder.Start.PlusDays(3))!;

        attendance.Standing.PlannedPeriods.ShouldBe(40 - 4 - 4 - 1);
        attendance.Standing.AttendedPeriods.ShouldBe(4);
        attendance.Standing.Rate.ShouldBe(4m / 31);
        attendance.Alerts.ShouldBeEmpty();
        Should.Throw<DomainRuleException>(() => Mark(trainingClass, afterThree, 2, AttendanceMark.UnexcusedAbsence))
            .RuleId.ShouldBe("Attendance.BeforeEnrollment");
    }

    [Theory]
    // Two unexcused in a row: alert at the second.
    [InlineData(new[] { AttendanceMark.UnexcusedAbsence, AttendanceMark.UnexcusedAbsence }, 2)]
    // An excused absence breaks the run.
    [InlineData(new[] { AttendanceMark.UnexcusedAbsence, AttendanceMark.ExcusedAbsence, AttendanceMark.UnexcusedAbsence }, null)]
    [InlineData(new[] { AttendanceMark.Present, AttendanceMark.UnexcusedAbsence, AttendanceMark.Late, AttendanceMark.UnexcusedAbsence, AttendanceMark.UnexcusedAbsence }, 5)]
    public void AlertsAfterTwoConsecutiveUnexcusedAbsences(AttendanceMark[] marks, int? alertAtSession)
    {
        var (trainingClass, learner) = OneLearner(FortyPeriods);
        for (var s = 0; s < marks.Length; s++)
        {
            Mark(trainingClass, learner, s + 1, marks[s]);
        }

        var alert = Engine.Evaluate(trainingClass, learner.Id, ClassBuilder.Start.PlusDays(4))!
            .Alerts.SingleOrDefault(a => a.Kind == AttendanceAlertKind.ConsecutiveUnexcusedAbsences);

        alert?.SessionNumber.ShouldBe(alertAtSession!.Value);
        (alert is null).ShouldBe(alertAtSession is null);
    }

    [Theory]
    [InlineData(true, 8)]
    // A province that does not count late arrivals.
    [InlineData(false, 4)]
    public void CountsLateArrivalsAsThePolicySays(bool lateCounts, int attended)
    {
        var (trainingClass, learner) = OneLearner(FortyPeriods);
        Mark(trainingClass, learner, 1, AttendanceMark.Present);
        Mark(trainingClass, learner, 2, AttendanceMark.Late);

        var standing = new AttendanceEngine(AttendancePolicy.Default with { CountLateAsAttended = lateCounts })
            .Evaluate(trainingClass, learner.Id, ClassBuilder.Start)!.Standing;

        standing.AttendedPeriods.ShouldBe(attended);
    }

    [Fact]
    public void AHeldSessionNotYetMarkedIsStillAttendable()
    {
        var (trainingClass, learner) = OneLearner(FortyPeriods);

        var standing = Engine.Evaluate(trainingClass, learner.Id, ClassBuilder.Start.PlusDays(30))!.Standing;

        standing.RemainingPeriods.ShouldBe(40);
        standing.CanStillPass.ShouldBeTrue();
    }

    [Fact]
    public void KeepsAnAuditEntryForEveryChange()
    {
        var (trainingClass, learner) = OneLearner(FortyPeriods);
        var later = ClassBuilder.Now.Plus(Duration.FromHours(3));
        trainingClass.MarkAttendance(learner.Id, 1, AttendanceMark.UnexcusedAbsence, Teacher, ClassBuilder.Now);

        trainingClass.MarkAttendance(learner.Id, 1, AttendanceMark.ExcusedAbsence, "Phó Giám đốc Đỗ Văn Minh", later, reason: "Giấy ốm", why: "Nộp giấy ốm sau buổi học");

        learner.AttendanceAudit.ShouldBe(
        [
            new AttendanceAuditEntry(learner.Id, 1, null, AttendanceMark.UnexcusedAbsence, Teacher, ClassBuilder.Now, null),
            new AttendanceAuditEntry(learner.Id, 1, AttendanceMark.UnexcusedAbsence, AttendanceMark.ExcusedAbsence, "Phó Giám đốc Đỗ Văn Minh", later, "Nộp giấy ốm sau buổi học"),
        ]);
        learner.MarkFor(1)!.Reason.ShouldBe("Giấy ốm");
    }

    [Fact]
    public void AChangeWithoutAReasonIsACallerBug()
    {
        var (trainingClass, learner) = OneLearner(FortyPeriods);
        trainingClass.MarkAttendance(learner.Id, 1, AttendanceMark.UnexcusedAbsence, Teacher, ClassBuilder.Now);

        Should.Throw<ArgumentException>(() => trainingClass.MarkAttendance(learner.Id, 1, AttendanceMark.Present, Teacher, ClassBuilder.Now))
            .ParamName.ShouldBe("why");
    }

    [Fact]
    public void AnExcusedAbsenceNeedsItsReason()
    {
        var (trainingClass, learner) = OneLearner(FortyPeriods);

        Should.Throw<ArgumentException>(() => trainingClass.MarkAttendance(learner.Id, 1, AttendanceMark.ExcusedAbsence, Teacher, ClassBuilder.Now))
            .ParamName.ShouldBe("reason");
    }

    [Fact]
    public void TakesTheThresholdFromTheProgramme()
    {
        AttendancePolicy.For(ClassBuilder.NtdWithClassSize(20, 120)).Threshold.ShouldBe(0.8m);
    }

    private static (TrainingClass Class, Enrollment Learner) OneLearner(int[] periods)
    {
        var trainingClass = ClassBuilder.Ntd().WithSessions(periods).InProgress(1);
        return (trainingClass, trainingClass.Enrollments[0]);
    }

    private static void Mark(TrainingClass trainingClass, Enrollment learner, int session, AttendanceMark mark) =>
        trainingClass.MarkAttendance(learner.Id, session, mark, Teacher, ClassBuilder.Now, mark == AttendanceMark.ExcusedAbsence ? "Ốm" : null);
}
