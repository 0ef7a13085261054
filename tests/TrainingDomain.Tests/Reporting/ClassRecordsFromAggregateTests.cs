using TrainingDomain.Calendar;
using TrainingDomain.Classes;
using TrainingDomain.Organization;
using TrainingDomain.Reporting;
using TrainingDomain.Tests.Classes;

namespace TrainingDomain.Tests.Reporting;

public class ClassRecordsFromAggregate
{
    private static readonly AttendanceEngine Engine = new(AttendancePolicy.Default);

    private static (TrainingClass Class, IReadOnlyList<Enrollment> Learners) RunningClass()
    {
        var builder = ClassBuilder.Ntd().WithSessions(5, 5, 5, 5, 5, 5, 5, 5, 5, 5);
        var trainingClass = builder.Enrolling(30);
        var learners = trainingClass.Enrollments.ToList();
        trainingClass.Withdraw(learners[0].Id, ClassBuilder.Start.PlusDays(-1), "Chuyển công tác");
        trainingClass.Open(new Verdict(OpeningRules.RuleSetIdPrefix, ClassBuilder.Start.PlusDays(-1), []));
        trainingClass.MarkAttendance(learners[1].Id, 1, AttendanceMark.UnexcusedAbsence, "cán bộ quản lý lớp", ClassBuilder.Now);
        trainingClass.MarkAttendance(learners[1].Id, 2, AttendanceMark.UnexcusedAbsence, "cán bộ quản lý lớp", ClassBuilder.Now);
        trainingClass.Complete();
        trainingClass.RecordOutcome(learners[2].Id, passed: true);
        trainingClass.RecordOutcome(learners[3].Id, passed: false);
        return (trainingClass, learners);
    }

    [Fact]
    public void CarriesTurnsOutcomesAndUnexcusedPeriods()
    {
        var (trainingClass, _) = RunningClass();

        var record = ClassRecords.From(trainingClass, Engine, ClassBuilder.Start.PlusDays(10));

        record.FirstSessionDate.ShouldBe(ClassBuilder.Start);
        record.Enrollments.Count.ShouldBe(30);
        record.Enrollments.Count(e => e.WithdrawnBeforeStart).ShouldBe(1);
        record.Enrollments.Count(e => e.Completed).ShouldBe(2);
        record.Enrollments.Count(e => e.Passed).ShouldBe(1);
        record.Enrollments.Sum(e => e.UnexcusedAbsentPeriods).ShouldBe(10);
        record.Enrollments.Where(e => !e.WithdrawnBeforeStart).ShouldAllBe(e => e.PlannedPeriods == 50);
    }

    [Fact]
    public void AClassThatHasNotOpenedCountsInNoPeriod()
    {
        var enrolling = ClassBuilder.Ntd().Enrolling(20);

        ClassRecords.From(enrolling, Engine, ClassBuilder.Start).FirstSessionDate.ShouldBeNull();
    }

    [Fact]
    public void TheReportReadsTheAggregateThroughItsRecord()
    {
        var (trainingClass, _) = RunningClass();
        var record = ClassRecords.From(trainingClass, Engine, ClassBuilder.Start.PlusDays(10)) with { CenterId = HaiDuongRegistry.KimThanhCenterId };

        var total = new StatisticsReporter(HaiDuongRegistry.Create()).Build(ReportingPeriod.Quarter(2018, 1), [record]).Total;

        total.Classes.ShouldBe(1);
        total.LearnerTurns.ShouldBe(29);
        total.UnexcusedAbsenceRate.ShouldBe(10m / (29 * 50));
    }
}
