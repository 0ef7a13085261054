using TrainingDomain.Classes;

namespace TrainingDomain.Tests.Classes;

public class ClassLifecycleTests
{
    private static readonly Verdict PassingOpening = new(OpeningRules.RuleSetIdPrefix, ClassBuilder.Start, []);

    [Fact]
    public void WalksFromPlannedToClosed()
    {
        var trainingClass = ClassBuilder.Ntd().Build();
        var seen = new List<ClassStatus> { trainingClass.Status };

        trainingClass.Approve();
        seen.Add(trainingClass.Status);
        trainingClass.StartEnrolment();
        seen.Add(trainingClass.Status);
        trainingClass.Open(PassingOpening);
        seen.Add(trainingClass.Status);
        trainingClass.Complete();
        seen.Add(trainingClass.Status);
        trainingClass.Close();
        seen.Add(trainingClass.Status);

        seen.ShouldBe([ClassStatus.Planned, ClassStatus.Approved, ClassStatus.Enrolling, ClassStatus.InProgress, ClassStatus.Completed, ClassStatus.Closed]);
    }

    [Fact]
    public void RefusesToReopenACompletedClassNamingBothStates()
    {
        var trainingClass = ClassBuilder.Ntd().InProgress();
        trainingClass.Complete();

        var refusal = Should.Throw<DomainRuleException>(() => trainingClass.Open(PassingOpening));

        refusal.RuleId.ShouldBe(TrainingClass.IllegalTransition);
        refusal.Message.ShouldBe("Không thể chuyển lớp từ trạng thái 'Đã kết thúc' sang 'Đang học'.");
    }

    [Theory]
    [InlineData(ClassStatus.Planned, "approve", "cancel")]
    [InlineData(ClassStatus.Approved, "enrol", "cancel")]
    [InlineData(ClassStatus.Enrolling, "open", "cancel")]
    // Once sessions are being held the only way on is completion.
    [InlineData(ClassStatus.InProgress, "complete")]
    [InlineData(ClassStatus.Cancelled)]
    public void CanMoveToOffersExactlyTheMovesTheVerbsAccept(ClassStatus from, params string[] allowed)
    {
        var targets = new Dictionary<string, ClassStatus>
        {
            ["approve"] = ClassStatus.Approved, ["enrol"] = ClassStatus.Enrolling, ["open"] = ClassStatus.InProgress,
            ["complete"] = ClassStatus.Completed, ["close"] = ClassStatus.Closed, ["cancel"] = ClassStatus.Cancelled,
        };

        foreach (var (move, to) in targets)
        {
            var trainingClass = InState(from);
            var offered = trainingClass.CanMoveTo(to);
            var accepted = Record.Exception(() => Move(trainingClass, move)) is null;

            offered.ShouldBe(allowed.Contains(move), $"{from} → {to}");
            accepted.ShouldBe(offered, $"{from} → {to}: the verb agrees with CanMoveTo");
        }
    }

    [Theory]
    [InlineData(ClassStatus.Planned, "complete", "Không thể chuyển lớp từ trạng thái 'Dự kiến' sang 'Đã kết thúc'.")]
    // Enrolment starts only after approval.
    [InlineData(ClassStatus.Planned, "enrol", "Không thể chuyển lớp từ trạng thái 'Dự kiến' sang 'Đang chiêu sinh'.")]
    [InlineData(ClassStatus.Approved, "approve", "Không thể chuyển lớp từ trạng thái 'Đã phê duyệt' sang 'Đã phê duyệt'.")]
    [InlineData(ClassStatus.Enrolling, "close", "Không thể chuyển lớp từ trạng thái 'Đang chiêu sinh' sang 'Đã đóng hồ sơ'.")]
    // Once sessions are being held a class can no longer be cancelled.
    [InlineData(ClassStatus.InProgress, "cancel", "Không thể chuyển lớp từ trạng thái 'Đang học' sang 'Đã hủy'.")]
    [InlineData(ClassStatus.Cancelled, "approve", "Không thể chuyển lớp từ trạng thái 'Đã hủy' sang 'Đã phê duyệt'.")]
    public void RefusesAnIllegalMoveNamingBothStates(ClassStatus from, string move, string message)
    {
        var trainingClass = InState(from);

        var refusal = Should.Throw<DomainRuleException>(() => Move(trainingClass, move));

        refusal.RuleId.ShouldBe(TrainingClass.IllegalTransition);
        refusal.Message.ShouldBe(message);
        trainingClass.Status.ShouldBe(from);
    }

    [Theory]
    [InlineData(ClassStatus.Planned)]
    [InlineData(ClassStatus.Approved)]
    [InlineData(ClassStatus.Enrolling)]
    public void CancelsBeforeTheStartRecordingTheReason(ClassStatus from)
    {
        var trainingClass = InState(from);

        trainingClass.Cancel("Không đủ học viên", ClassBuilder.Start.PlusDays(-2));

        trainingClass.Status.ShouldBe(ClassStatus.Cancelled);
        trainingClass.CancellationReason.ShouldBe("Không đủ học viên");
        trainingClass.CancelledOn.ShouldBe(ClassBuilder.Start.PlusDays(-2));
    }

    [Fact]
    public void RefusesToOpenOnAVerdictThatIsNotEligible()
    {
        var trainingClass = ClassBuilder.Ntd().Enrolling(12);
        var failing = new Verdict(OpeningRules.RuleSetIdPrefix, ClassBuilder.Start, [new RuleResult("Opening.ClassSize", 1, "x", RuleOutcome.Failed, "Lớp có 12 học viên.")]);

        var refusal = Should.Throw<DomainRuleException>(() => trainingClass.Open(failing));

        refusal.RuleId.ShouldBe("Class.OpeningRulesFailed");
        refusal.Message.ShouldContain("Lớp có 12 học viên.");
        trainingClass.Status.ShouldBe(ClassStatus.Enrolling);
    }

    [Fact]
    public void RejectsAVerdictOfAnotherRuleSetAsACallerBug()
    {
        var trainingClass = ClassBuilder.Ntd().Enrolling();

        Should.Throw<ArgumentException>(() => trainingClass.Open(new Verdict("Eligibility.NTD", ClassBuilder.Start, [])))
            .ParamName.ShouldBe("verdict");
    }

    private static TrainingClass InState(ClassStatus status)
    {
        var trainingClass = ClassBuilder.Ntd().Build();
        if (status == ClassStatus.Cancelled)
        {
            trainingClass.Cancel("Thay đổi kế hoạch", ClassBuilder.Start);
            return trainingClass;
        }

        foreach (var step in new[] { ClassStatus.Approved, ClassStatus.Enrolling, ClassStatus.InProgress }.TakeWhile(s => s <= status))
        {
            Move(trainingClass, step switch { ClassStatus.Approved => "approve", ClassStatus.Enrolling => "enrol", _ => "open" });
        }

        return trainingClass;
    }

    private static void Move(TrainingClass trainingClass, string move)
    {
        switch (move)
        {
            case "approve": trainingClass.Approve(); break;
            case "enrol": trainingClass.StartEnrolment(); break;
            case "open": trainingClass.Open(PassingOpening); break;
            case "complete": trainingClass.Complete(); break;
            case "close": trainingClass.Close(); break;
            case "cancel": trainingClass.Cancel("Lý do", ClassBuilder.Start); break;
            default: throw new ArgumentOutOfRangeException(nameof(move), move, null);
        }
    }
}
