using TrainingDomain.Classes;

namespace TrainingDomain.Tests.Classes;

public class EnrolmentTests
{
    private static readonly LocalDate EnrolDay = ClassBuilder.Start.PlusDays(-3);

    [Fact]
    public void StoresTheVerdictCheckedOnThePlannedStartWithTheEnrolment()
    {
        var trainingClass = ClassBuilder.Ntd().Enrolling();
        var nomination = trainingClass.ReceiveNominations(new NominationList(ClassBuilder.Cell, EnrolDay, [ClassBuilder.Eligible(1)]), ClassBuilder.Ntd().Program).Single();

        var enrollment = trainingClass.Enroll(nomination.Id, EnrolDay);

        enrollment.Verdict.ShouldBeSameAs(nomination.Verdict);
        enrollment.Verdict.AsOf.ShouldBe(ClassBuilder.Start);
        enrollment.Verdict.Outcome.ShouldBe(VerdictOutcome.Eligible);
        enrollment.EnrolledOn.ShouldBe(EnrolDay);
    }

    [Fact]
    public void RefusesAnIneligibleNomineeWithoutAnOverride()
    {
        var trainingClass = ClassBuilder.Ntd().Enrolling();
        var nomination = trainingClass.ReceiveNominations(new NominationList(ClassBuilder.Cell, EnrolDay, [ClassBuilder.Ineligible(1)]), ClassBuilder.Ntd().Program).Single();

        var refusal = Should.Throw<DomainRuleException>(() => trainingClass.Enroll(nomination.Id, EnrolDay));

        refusal.RuleId.ShouldBe("Enrollment.NotEligible");
        refusal.Message.ShouldStartWith("Đảng viên 001 không đúng đối tượng của chương trình NTD:");
        trainingClass.Enrollments.ShouldBeEmpty();
        nomination.Status.ShouldBe(NominationStatus.Pending);
    }

    [Fact]
    public void EnrolsAnIneligibleNomineeOnARecordedOverride()
    {
        var trainingClass = ClassBuilder.Ntd().Enrolling();
        var nomination = trainingClass.ReceiveNominations(new NominationList(ClassBuilder.Cell, EnrolDay, [ClassBuilder.Ineligible(1)]), ClassBuilder.Ntd().Program).Single();

        var enrollment = trainingClass.Enroll(nomination.Id, EnrolDay, new VerdictOverride("Trưởng ban Tuyên giáo Phạm Văn Cường", "Học lại theo yêu cầu của chi bộ", ClassBuilder.Now));

        enrollment.Verdict.Outcome.ShouldBe(VerdictOutcome.Ineligible);
        enrollment.Verdict.IsAccepted.ShouldBeTrue();
        enrollment.Verdict.Override!.Approver.ShouldBe("Trưởng ban Tuyên giáo Phạm Văn Cường");
        enrollment.Verdict.Override.ApprovedAt.ShouldBe(ClassBuilder.Now);
    }

    [Fact]
    public void RefusesTheLearnerBeyondCapacity()
    {
        var builder = ClassBuilder.Ntd().WithCapacity(2);
        var trainingClass = builder.Enrolling(2);
        var third = trainingClass.ReceiveNominations(new NominationList(ClassBuilder.Cell, EnrolDay, [ClassBuilder.Eligible(3)]), builder.Program).Single();

        var refusal = Should.Throw<DomainRuleException>(() => trainingClass.Enroll(third.Id, EnrolDay));

        refusal.RuleId.ShouldBe("Class.CapacityReached");
        refusal.Message.ShouldBe("Lớp NTD-03/2018 đã đủ 2 học viên; không thể tiếp nhận thêm Học viên 003.");
        trainingClass.ActiveEnrollmentCount.ShouldBe(2);
    }

    [Fact]
    public void AWithdrawalFreesTheSeat()
    {
        var builder = ClassBuilder.Ntd().WithCapacity(2);
        var trainingClass = builder.Enrolling(2);
        trainingClass.Withdraw(trainingClass.Enrollments[0].Id, EnrolDay, "Đi công tác");

        builder.EnrollAll(trainingClass, [ClassBuilder.Eligible(3)], EnrolDay);

        trainingClass.ActiveEnrollmentCount.ShouldBe(2);
    }

    [Theory]
    // The day before the first session: not a learner-turn.
    [InlineData(-1, EnrollmentStatus.WithdrawnBeforeStart)]
    // On the day of the first session the class has started.
    [InlineData(0, EnrollmentStatus.WithdrawnAfterStart)]
    [InlineData(3, EnrollmentStatus.WithdrawnAfterStart)]
    public void TellsAWithdrawalBeforeTheStartFromOneAfter(int daysFromStart, EnrollmentStatus expected)
    {
        var trainingClass = ClassBuilder.Ntd().Enrolling(1);
        var enrollment = trainingClass.Enrollments[0];

        trainingClass.Withdraw(enrollment.Id, ClassBuilder.Start.PlusDays(daysFromStart), "Ốm dài ngày");

        enrollment.Status.ShouldBe(expected);
        enrollment.WithdrawnOn.ShouldBe(ClassBuilder.Start.PlusDays(daysFromStart));
        enrollment.WithdrawalReason.ShouldBe("Ốm dài ngày");
    }

    [Fact]
    public void ARecheckRecordsANewVerdictAndKeepsTheOldOne()
    {
        var builder = ClassBuilder.Ntd();
        var trainingClass = builder.Enrolling(1);
        var enrollment = trainingClass.Enrollments[0];
        var original = enrollment.Verdict;

        var renewed = trainingClass.RecheckEligibility(enrollment.Id, builder.Program, ClassBuilder.Ineligible(1));

        enrollment.Verdict.ShouldBeSameAs(renewed);
        renewed.Outcome.ShouldBe(VerdictOutcome.Ineligible);
        enrollment.EarlierVerdicts.ShouldBe([original]);
    }

    [Fact]
    public void ReportsWhatBecameOfEachNominationToItsOrganisation()
    {
        var builder = ClassBuilder.Ntd();
        var trainingClass = builder.Enrolling();
        var fromCell = trainingClass.ReceiveNominations(new NominationList(ClassBuilder.Cell, EnrolDay, [ClassBuilder.Eligible(1), ClassBuilder.Eligible(2), ClassBuilder.Ineligible(3)]), builder.Program);
        var fromYouth = trainingClass.ReceiveNominations(new NominationList(ClassBuilder.Youth, EnrolDay, [ClassBuilder.Eligible(4), ClassBuilder.Eligible(5)]), builder.Program);
        var passed = trainingClass.Enroll(fromCell[0].Id, EnrolDay);
        var failed = trainingClass.Enroll(fromCell[1].Id, EnrolDay);
        trainingClass.RefuseNomination(fromCell[2].Id, "Đã là đảng viên");
        var withdrawn = trainingClass.Enroll(fromYouth[0].Id, EnrolDay);
        trainingClass.Withdraw(withdrawn.Id, EnrolDay, "Chuyển công tác");
        trainingClass.Open(new Verdict(OpeningRules.RuleSetIdPrefix, ClassBuilder.Start, []));
        trainingClass.Complete();
        trainingClass.RecordOutcome(passed.Id, passed: true);
        trainingClass.RecordOutcome(failed.Id, passed: false);

        var outcomes = trainingClass.NominationOutcomes();

        outcomes.Select(o => o.Organization.Name).ShouldBe(["Chi bộ thôn Đồng Tâm", "Đoàn xã Cộng Hòa"]);
        outcomes[0].Outcomes.Select(o => o.Status).ShouldBe([NominationStatus.Completed, NominationStatus.Failed, NominationStatus.Refused]);
        outcomes[0].Outcomes[2].Reasons[0].ShouldBe("Đã là đảng viên");
        outcomes[0].Outcomes[2].Reasons.Count.ShouldBeGreaterThan(1);
        outcomes[1].Outcomes.Select(o => o.Status).ShouldBe([NominationStatus.Withdrawn, NominationStatus.Pending]);
        outcomes[1].CountOf(NominationStatus.Withdrawn).ShouldBe(1);
    }

    [Fact]
    public void APendingNominationWithdrawnByItsOrganisationIsReportedWithTheReasonAndCannotBeEnrolled()
    {
        var builder = ClassBuilder.Ntd();
        var trainingClass = builder.Enrolling();
        var nomination = trainingClass.ReceiveNominations(new NominationList(ClassBuilder.Cell, EnrolDay, [ClassBuilder.Ineligible(1)]), builder.Program).Single();

        trainingClass.WithdrawNomination(nomination.Id, "  Chi bộ rút đề cử ");

        nomination.Status.ShouldBe(NominationStatus.Withdrawn);
        var outcome = trainingClass.NominationOutcomes().Single().Outcomes.Single();
        outcome.Status.ShouldBe(NominationStatus.Withdrawn);
        outcome.Reasons.ShouldBe(["Chi bộ rút đề cử"]);
        Should.Throw<DomainRuleException>(() => trainingClass.Enroll(nomination.Id, EnrolDay, new VerdictOverride("Bí thư", "Ngoại lệ", ClassBuilder.Now)))
            .RuleId.ShouldBe("Nomination.AlreadyDecided");
        Should.Throw<DomainRuleException>(() => trainingClass.RefuseNomination(nomination.Id, "Lần nữa")).RuleId.ShouldBe("Nomination.AlreadyDecided");
        Should.Throw<ArgumentException>(() => trainingClass.WithdrawNomination(nomination.Id, " "));
    }

    [Fact]
    public void RefusesToDecideANominationTwice()
    {
        var builder = ClassBuilder.Ntd();
        var trainingClass = builder.Enrolling(1);

        Should.Throw<DomainRuleException>(() => trainingClass.Enroll(trainingClass.Nominations[0].Id, EnrolDay))
            .RuleId.ShouldBe("Nomination.AlreadyDecided");
    }

    [Fact]
    public void RefusesToEnrolBeforeEnrolmentStarts()
    {
        var builder = ClassBuilder.Ntd();
        var trainingClass = builder.Build();
        var nomination = trainingClass.ReceiveNominations(new NominationList(ClassBuilder.Cell, EnrolDay, [ClassBuilder.Eligible(1)]), builder.Program).Single();

        Should.Throw<DomainRuleException>(() => trainingClass.Enroll(nomination.Id, EnrolDay))
            .Message.ShouldBe("Lớp NTD-03/2018 đang ở trạng thái 'Dự kiến'; chỉ tiếp nhận học viên khi 'Đang chiêu sinh' hoặc 'Đang học'.");
    }
}
