using CsCheck;
using TrainingDomain.Classes;

namespace TrainingDomain.Tests.Classes;

public class ClassProperties
{
    // An operation: enrol a new nominee (true) or withdraw the n-th active learner (false, n taken modulo the count).
    private static readonly Gen<(bool Enrol, int Pick)[]> Operations = Gen.Select(Gen.Bool, Gen.Int[0, 50]).Array[0, 60];

    private static readonly Gen<AttendanceMark?[]> Marks =
        Gen.OneOf(Gen.Enum<AttendanceMark>().Select(m => (AttendanceMark?)m), Gen.Const((AttendanceMark?)null)).Array[10];

    [Fact]
    public void CapacityIsNeverExceededUnderAnySequenceOfEnrolAndWithdraw()
    {
        Gen.Select(Gen.Int[1, 8], Operations).Sample((capacity, operations) =>
        {
            var builder = ClassBuilder.Ntd().WithCapacity(capacity);
            var trainingClass = builder.Enrolling();
            var next = 0;
            foreach (var (enrol, pick) in operations)
            {
                var active = trainingClass.Enrollments.Where(e => e.IsActive).ToList();
                if (enrol)
                {
                    var nomination = trainingClass.ReceiveNominations(new NominationList(ClassBuilder.Cell, ClassBuilder.Start.PlusDays(-3), [ClassBuilder.Eligible(++next)]), builder.Program)[0];
                    try
                    {
                        trainingClass.Enroll(nomination.Id, ClassBuilder.Start.PlusDays(-3));
                    }
                    catch (DomainRuleException refusal) when (refusal.RuleId == "Class.CapacityReached" && active.Count == capacity)
                    {
                    }
                }
                else if (active.Count > 0)
                {
                    trainingClass.Withdraw(active[pick % active.Count].Id, ClassBuilder.Start.PlusDays(-2), "Rút");
                }

                if (trainingClass.ActiveEnrollmentCount > capacity)
                {
                    return false;
                }
            }

            return true;
        });
    }

    [Fact]
    public void RateStaysWithinZeroAndOneAndBestReachableNeverFallsBelowIt()
    {
        var engine = new AttendanceEngine(AttendancePolicy.Default);
        Gen.Select(Gen.Int[1, 8].Array[10], Marks, Gen.Int[0, 6], Gen.Int[-1, 6]).Sample((periods, marks, enrolAfterDays, asOfDays) =>
        {
            var builder = ClassBuilder.Ntd().WithSessions(periods);
            var trainingClass = builder.InProgress(0);
            var learner = builder.EnrollAll(trainingClass, [ClassBuilder.Eligible(1)], ClassBuilder.Start.PlusDays(Math.Min(enrolAfterDays, 4))).Single();
            for (var s = 0; s < marks.Length; s++)
            {
                if (marks[s] is { } mark && trainingClass.SessionNumbered(s + 1).Date >= learner.EnrolledOn)
                {
                    trainingClass.MarkAttendance(learner.Id, s + 1, mark, "Giáo vụ", ClassBuilder.Now, mark == AttendanceMark.ExcusedAbsence ? "Ốm" : null);
                }
            }

            var standing = engine.Evaluate(trainingClass, learner.Id, ClassBuilder.Start.PlusDays(asOfDays))!.Standing;
            return standing.Rate is >= 0m and <= 1m && standing.BestReachableRate >= standing.Rate && standing.BestReachableRate <= 1m;
        });
    }
}
