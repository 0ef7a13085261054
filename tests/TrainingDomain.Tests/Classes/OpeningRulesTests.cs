using TrainingDomain.Classes;
using TrainingDomain.Lecturers;
using TrainingDomain.Programs;
using TrainingDomain.Tests.Lecturers;

namespace TrainingDomain.Tests.Classes;

public class OpeningRulesTests
{
    private static readonly LocalDate Session3Day = ClassBuilder.Start.PlusDays(1);

    [Fact]
    public void OpensWhenEveryRulePassesWithOneResultPerRule()
    {
        var builder = ClassBuilder.Ntd();
        var trainingClass = builder.Enrolling(30);

        var verdict = trainingClass.Open(builder.Context(trainingClass));

        trainingClass.Status.ShouldBe(ClassStatus.InProgress);
        trainingClass.OpeningVerdict.ShouldBe(verdict);
        verdict.Results.Select(r => r.RuleId).ShouldBe(OpeningRules.Default().Rules.Select(r => r.Id));
        verdict.Results.ShouldAllBe(r => r.Outcome == RuleOutcome.Passed);
    }

    [Fact]
    public void RefusesWhenOneSessionsLecturerIsNotQualifiedNamingTheSessionAndTheRule()
    {
        // A part-time lecturer without a recognition decision teaches session 3 only.
        var builder = ClassBuilder.Ntd().WithSessionTaughtBy(3, "GV-002");
        var trainingClass = builder.Enrolling(30);
        var partTime = LecturerBuilder.PartTime().WithId("GV-002").Named("Lê Thị Hoa").Build();
        var context = builder.Context(trainingClass, ClassBuilder.Lecturer(), partTime);

        var verdict = OpeningRules.Default().Evaluate(context);
        var refusal = Should.Throw<DomainRuleException>(() => trainingClass.Open(context));

        verdict.Outcome.ShouldBe(VerdictOutcome.Ineligible);
        var lecturers = verdict.Results.Single(r => r.RuleId == QualifiedLecturersRule.RuleId);
        lecturers.Outcome.ShouldBe(RuleOutcome.Failed);
        var session = lecturers.Children.Single(c => c.Outcome == RuleOutcome.Failed);
        session.Message.ShouldStartWith("Buổi 3 ngày 06/03/2018: giảng viên Lê Thị Hoa không đủ tiêu chuẩn");
        session.Facts.ShouldContain(new Fact(OpeningFactNames.SessionNumber, "3"));
        session.Facts.ShouldContain(Fact.OfDate(OpeningFactNames.SessionDate, Session3Day));
        session.Facts.ShouldContain(new Fact(OpeningFactNames.LecturerId, "GV-002"));
        verdict.FailedRules.Select(r => r.RuleId).ShouldBe([PartTimeRecognitionRule.RuleId]);
        refusal.RuleId.ShouldBe("Class.OpeningRulesFailed");
        refusal.Message.ShouldContain("Buổi 3 ngày 06/03/2018");
        refusal.Message.ShouldContain(PartTimeRecognitionRule.RuleId);
        trainingClass.Status.ShouldBe(ClassStatus.Enrolling);
    }

    [Fact]
    public void RefusesTwelveLearnersWhenTheProgrammeMinimumIsFifteen()
    {
        var builder = ClassBuilder.Ntd().WithProgram(ClassBuilder.NtdWithClassSize(15, 120));
        var trainingClass = builder.Enrolling(12);

        var refusal = Should.Throw<DomainRuleException>(() => trainingClass.Open(builder.Context(trainingClass)));

        refusal.Message.ShouldContain("Lớp có 12 học viên; chương trình NTD yêu cầu từ 15 đến 120 học viên.");
        var verdict = OpeningRules.Default().Evaluate(builder.Context(trainingClass));
        verdict.FailedRules.Select(r => r.RuleId).ShouldBe([ClassSizeRule.RuleId]);
    }

    [Theory]
    [InlineData(15, RuleOutcome.Passed)]
    [InlineData(14, RuleOutcome.Failed)]
    [InlineData(40, RuleOutcome.Passed)]
    // One above the programme's maximum.
    [InlineData(41, RuleOutcome.Failed)]
    public void ChecksTheEnrolledCountAgainstTheProgrammesBounds(int learners, RuleOutcome expected)
    {
        var builder = ClassBuilder.Ntd().WithProgram(ClassBuilder.NtdWithClassSize(15, 40)).WithCapacity(120);
        var trainingClass = builder.Enrolling(learners);

        OpeningRules.Default().Evaluate(builder.Context(trainingClass)).Results.Single(r => r.RuleId == ClassSizeRule.RuleId).Outcome.ShouldBe(expected);
    }

    [Fact]
    public void FailsWithoutAnOpeningDecision()
    {
        var builder = ClassBuilder.Ntd().WithoutOpeningDecision();
        var trainingClass = builder.Enrolling(30);

        OpeningRules.Default().Evaluate(builder.Context(trainingClass)).FailedRules.Single().Message
            .ShouldBe("Lớp NTD-03/2018 chưa có quyết định mở lớp.");
    }

    [Theory]
    // 10 × 5 = 50 periods: exactly NTD's length.
    [InlineData(new[] { 5, 5, 5, 5, 5, 5, 5, 5, 5, 5 }, RuleOutcome.Passed)]
    // One period short.
    [InlineData(new[] { 5, 5, 5, 5, 5, 5, 5, 5, 5, 4 }, RuleOutcome.Failed)]
    // An empty timetable never passes.
    [InlineData(new int[0], RuleOutcome.Failed)]
    public void ChecksTheTimetableCoversTheProgrammesPeriods(int[] periods, RuleOutcome expected)
    {
        var builder = ClassBuilder.Ntd().WithSessions(periods);
        var trainingClass = builder.Enrolling(30);

        OpeningRules.Default().Evaluate(builder.Context(trainingClass)).Results.Single(r => r.RuleId == RequiredPeriodsRule.RuleId).Outcome.ShouldBe(expected);
    }

    [Fact]
    public void NamesTheProgrammeTopicsTheTimetableMisses()
    {
        ProgramTopic[] topics = [new("NTD-01", "Chủ nghĩa Mác - Lênin", 50), new("NTD-02", "Điều lệ Đảng", 5)];
        var builder = ClassBuilder.Ntd().WithProgram(ClassBuilder.NtdWithClassSize(20, 120, topics));
        var trainingClass = builder.Enrolling(30);

        var result = OpeningRules.Default().Evaluate(builder.Context(trainingClass)).Results.Single(r => r.RuleId == RequiredTopicsRule.RuleId);

        result.Outcome.ShouldBe(RuleOutcome.Failed);
        result.Message.ShouldBe("Thời khóa biểu thiếu chuyên đề: NTD-02 (0/5 tiết).");
    }

    [Fact]
    public void FailsWhenALecturerIsBookedElsewhereAtTheSameTime()
    {
        var builder = ClassBuilder.Ntd();
        var trainingClass = builder.Enrolling(30);
        var lecturer = ClassBuilder.Lecturer();
        lecturer.Book(TeachingSlot.ForHalfDay(ClassBuilder.Start, HalfDay.Morning), new SessionReference("NQ-01/2018", 1));

        var result = OpeningRules.Default().Evaluate(builder.Context(trainingClass, lecturer)).Results.Single(r => r.RuleId == NoDoubleBookingRule.RuleId);

        result.Outcome.ShouldBe(RuleOutcome.Failed);
        result.Message.ShouldContain("buổi 1 ngày 05/03/2018 (07:30–11:00) trùng lớp NQ-01/2018, buổi 1");
    }

    [Fact]
    public void FailsWhenAnOtherBookingOverlapsAndIgnoresOneThatOnlyTouches()
    {
        var builder = ClassBuilder.Ntd();
        var trainingClass = builder.Enrolling(30);
        var context = builder.Context(trainingClass) with
        {
            OtherBookings =
            [
                new LecturerBooking("GV-001", TeachingSlot.Between(ClassBuilder.Start, new LocalTime(11, 0), new LocalTime(12, 0)), "họp chi bộ"),
                new LecturerBooking("GV-001", TeachingSlot.Between(ClassBuilder.Start.PlusDays(1), new LocalTime(14, 0), new LocalTime(15, 0)), "lớp CNKT-02/2018"),
            ],
        };

        var result = OpeningRules.Default().Evaluate(context).Results.Single(r => r.RuleId == NoDoubleBookingRule.RuleId);

        result.Message.ShouldBe("Giảng viên bị trùng lịch: giảng viên Nguyễn Văn An: buổi 4 ngày 06/03/2018 (13:30–17:00) trùng lớp CNKT-02/2018 (14:00–15:00 ngày 06/03/2018).");
    }

    [Fact]
    public void FailsWhenARecheckLeftAnEnrolledLearnerIneligible()
    {
        var builder = ClassBuilder.Ntd();
        var trainingClass = builder.Enrolling(30);
        var first = trainingClass.Enrollments[0];
        trainingClass.RecheckEligibility(first.Id, builder.Program, ClassBuilder.Ineligible(1));

        var result = OpeningRules.Default().Evaluate(builder.Context(trainingClass)).Results.Single(r => r.RuleId == AcceptedEnrollmentsRule.RuleId);

        result.Outcome.ShouldBe(RuleOutcome.Failed);
        result.Message.ShouldContain(first.Learner.FullName);
    }

    [Fact]
    public void AcceptsAClassOfAnApprovedPlanItem()
    {
        var plan = new AnnualClassPlan(Guid.NewGuid(), "TT-293", 2018);
        var item = plan.AddItem("NTD", 1, 2, 160);
        plan.Approve("112-QĐ/HU", new LocalDate(2017, 12, 20), "Ban Thường vụ Huyện ủy Kim Thành");
        var builder = ClassBuilder.Ntd().InPlan(item.Id);
        var trainingClass = builder.Enrolling(30);

        var result = OpeningRules.Default().Evaluate(builder.Context(trainingClass) with { Plan = plan }).Results[0];

        result.Outcome.ShouldBe(RuleOutcome.Passed);
        result.Message.ShouldContain("quyết định số 112-QĐ/HU");
    }

    [Theory]
    // The plan exists but the Party committee has not approved it yet.
    [InlineData(true, false, RuleOutcome.Failed)]
    // The class names a plan item but no plan was supplied: the rule cannot decide.
    [InlineData(false, true, RuleOutcome.Unknown)]
    public void DoesNotAcceptAPlanItemThatCannotBeConfirmed(bool supplyPlan, bool approvePlan, RuleOutcome expected)
    {
        var plan = new AnnualClassPlan(Guid.NewGuid(), "TT-293", 2018);
        var item = plan.AddItem("NTD", 1, 2, 160);
        if (approvePlan)
        {
            plan.Approve("112-QĐ/HU", new LocalDate(2017, 12, 20), "Ban Thường vụ Huyện ủy Kim Thành");
        }

        var builder = ClassBuilder.Ntd().InPlan(item.Id);
        var trainingClass = builder.Enrolling(30);

        OpeningRules.Default().Evaluate(builder.Context(trainingClass) with { Plan = supplyPlan ? plan : null }).Results[0].Outcome.ShouldBe(expected);
    }

    [Fact]
    public void FailsForAClassOutsideThePlanWithoutApproval()
    {
        var builder = ClassBuilder.Ntd().OutsidePlanWithoutApproval();
        var trainingClass = builder.Enrolling(30);

        OpeningRules.Default().Evaluate(builder.Context(trainingClass)).FailedRules.Single().RuleId.ShouldBe(PlannedOrApprovedRule.RuleId);
    }

    [Fact]
    public void AProvinceCanTurnARuleOffAndAddItsOwn()
    {
        var builder = ClassBuilder.Ntd().WithoutOpeningDecision();
        var trainingClass = builder.Enrolling(30);
        var ownRule = new DelegateRule<OpeningContext>(
            "HaiDuong.VenueRecorded", 1, "Quy định của tỉnh",
            c => (RuleOutcome.Passed, $"Đã có địa điểm: {c.Class.Venue}.", [], null));
        var rules = OpeningRules.Default().Without(OpeningDecisionRule.RuleId).With(ownRule);

        var verdict = trainingClass.Open(builder.Context(trainingClass), rules);

        verdict.Results.Select(r => r.RuleId).ShouldNotContain(OpeningDecisionRule.RuleId);
        verdict.Results[^1].RuleId.ShouldBe("HaiDuong.VenueRecorded");
        trainingClass.Status.ShouldBe(ClassStatus.InProgress);
    }

    [Fact]
    public void RejectsTurningOffARuleItDoesNotHave()
    {
        Should.Throw<ArgumentException>(() => OpeningRules.Default().Without("Opening.NoSuchRule")).ParamName.ShouldBe("ruleIds");
    }
}
