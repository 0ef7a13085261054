using TrainingDomain.Lecturers;
using TrainingDomain.People;
using TrainingDomain.Rules;
using static TrainingDomain.Tests.Lecturers.Dates;

namespace TrainingDomain.Tests.Lecturers;

internal static class Qualify
{
    public static readonly LocalDate SessionDay = D(2024, 3, 15);

    public static Verdict Check(Lecturer lecturer, string program = "NTD", string topic = "NTD-01", LocalDate? date = null, QualificationPolicy? policy = null) =>
        new LecturerQualification(policy ?? QualificationPolicy.Default).Check(lecturer, program, topic, date ?? SessionDay);

    public static RuleResult Result(this Verdict verdict, string ruleId) => verdict.Results.Single(r => r.RuleId == ruleId);
}

public class MinimumEducationCheck
{
    [Theory]
    [InlineData(EducationLevel.University, RuleOutcome.Passed)]
    [InlineData(EducationLevel.Doctorate, RuleOutcome.Passed)]
    // A college degree is one step short of the assumed minimum.
    [InlineData(EducationLevel.College, RuleOutcome.Failed)]
    [InlineData(EducationLevel.UpperSecondary, RuleOutcome.Failed)]
    public void ComparesTheLecturersLevelWithTheUniversityMinimum(EducationLevel level, RuleOutcome expected)
    {
        var verdict = Qualify.Check(LecturerBuilder.FullTime().WithEducation(level).Build());

        verdict.Result(MinimumEducationRule.RuleId).Outcome.ShouldBe(expected);
        verdict.Outcome.ShouldBe(expected == RuleOutcome.Passed ? VerdictOutcome.Eligible : VerdictOutcome.Ineligible);
    }

    [Fact]
    public void FailureMessageNamesTheLevelAndTheMinimumInVietnamese()
    {
        var verdict = Qualify.Check(LecturerBuilder.FullTime().WithEducation(EducationLevel.College).Build());

        verdict.FailedRules.Single().Message.ShouldBe("Trình độ học vấn Cao đẳng thấp hơn yêu cầu tối thiểu Đại học.");
    }

    [Fact]
    public void AProvinceCanLowerTheMinimumToCollege()
    {
        var policy = QualificationPolicy.Default with { MinimumEducation = EducationLevel.College };

        var verdict = Qualify.Check(LecturerBuilder.FullTime().WithEducation(EducationLevel.College).Build(), policy: policy);

        verdict.Outcome.ShouldBe(VerdictOutcome.Eligible);
    }
}

public class MinimumTheoryLevelCheck
{
    [Theory]
    [InlineData("NTD", PoliticalTheoryLevel.Intermediate, RuleOutcome.Passed)]
    [InlineData("NTD", PoliticalTheoryLevel.Elementary, RuleOutcome.Failed)]
    // SC needs cao cấp: trung cấp is enough elsewhere but not here.
    [InlineData("SC", PoliticalTheoryLevel.Intermediate, RuleOutcome.Failed)]
    [InlineData("SC", PoliticalTheoryLevel.Advanced, RuleOutcome.Passed)]
    [InlineData("SC", PoliticalTheoryLevel.Bachelor, RuleOutcome.Passed)]
    // Programme codes in the override table ignore case.
    [InlineData("sc", PoliticalTheoryLevel.Intermediate, RuleOutcome.Failed)]
    public void RequiresTrungCapOrCaoCapForSC(string program, PoliticalTheoryLevel level, RuleOutcome expected)
    {
        var verdict = Qualify.Check(LecturerBuilder.FullTime().WithTheory(level).Build(), program: program);

        verdict.Result(MinimumTheoryLevelRule.RuleId).Outcome.ShouldBe(expected);
    }

    [Fact]
    public void SCFailureSaysCaoCapIsRequired()
    {
        var verdict = Qualify.Check(LecturerBuilder.FullTime().WithTheory(PoliticalTheoryLevel.Intermediate).Build(), program: "SC");

        verdict.Outcome.ShouldBe(VerdictOutcome.Ineligible);
        verdict.FailedRules.Single().Message.ShouldBe("Trình độ lý luận chính trị Trung cấp thấp hơn yêu cầu Cao cấp của chương trình SC.");
        verdict.FailedRules.Single().Facts.ShouldContain(new Fact(FactNames.RequiredTheoryLevel, "Cao cấp"));
    }

    [Fact]
    public void PerProgrammeOverridesComeFromThePolicy()
    {
        var policy = QualificationPolicy.Default with
        {
            TheoryLevelByProgram = new Dictionary<string, PoliticalTheoryLevel> { ["TC"] = PoliticalTheoryLevel.Bachelor },
        };
        var lecturer = LecturerBuilder.FullTime().WithTheory(PoliticalTheoryLevel.Advanced).Build();

        Qualify.Check(lecturer, program: "TC", policy: policy).Outcome.ShouldBe(VerdictOutcome.Ineligible);
        Qualify.Check(lecturer, program: "SC", policy: policy).Outcome.ShouldBe(VerdictOutcome.Eligible);
    }
}

public class PedagogyCertificateCheck
{
    [Theory]
    [InlineData(true, RuleOutcome.Passed)]
    [InlineData(false, RuleOutcome.Failed)]
    // Not recorded is not the same as "has none": the check cannot decide.
    [InlineData(null, RuleOutcome.Unknown)]
    public void FullTimeLecturersNeedTheCertificate(bool? hasCertificate, RuleOutcome expected)
    {
        var verdict = Qualify.Check(LecturerBuilder.FullTime().WithPedagogy(hasCertificate).Build());

        verdict.Result(PedagogyCertificateRule.RuleId).Outcome.ShouldBe(expected);
    }

    [Fact]
    public void PartTimeLecturersWithoutTheCertificateAreStillQualified()
    {
        var lecturer = LecturerBuilder.PartTime().WithPedagogy(false).RecognisedBetween(D(2024, 1, 1), D(2024, 12, 31)).Build();

        var verdict = Qualify.Check(lecturer);

        verdict.Result(PedagogyCertificateRule.RuleId).Outcome.ShouldBe(RuleOutcome.Passed);
        verdict.Outcome.ShouldBe(VerdictOutcome.Eligible);
    }

    [Fact]
    public void IsLeftOutWhenThePolicyDoesNotRequireIt()
    {
        var policy = QualificationPolicy.Default with { PedagogyCertificateRequiredForFullTime = false };

        var verdict = Qualify.Check(LecturerBuilder.FullTime().WithPedagogy(false).Build(), policy: policy);

        verdict.Results.ShouldNotContain(r => r.RuleId == PedagogyCertificateRule.RuleId);
        verdict.Outcome.ShouldBe(VerdictOutcome.Eligible);
    }
}

public class PartTimeRecognitionCheck
{
    [Fact]
    public void RecognitionThatEndedTheDayBeforeTheSessionDisqualifiesAndSaysWhenItEnded()
    {
        var lecturer = LecturerBuilder.PartTime().RecognisedBetween(D(2022, 3, 15), D(2024, 3, 14), "47-QĐ/HU").Build();

        var verdict = Qualify.Check(lecturer, date: D(2024, 3, 15));

        verdict.Outcome.ShouldBe(VerdictOutcome.Ineligible);
        var failed = verdict.FailedRules.ShouldHaveSingleItem();
        failed.RuleId.ShouldBe(PartTimeRecognitionRule.RuleId);
        failed.Message.ShouldBe(
            "Quyết định công nhận giảng viên kiêm chức số 47-QĐ/HU (Huyện ủy Kim Thành) đã hết hiệu lực: " +
            "chỉ có hiệu lực đến hết ngày 14/03/2024, trước ngày giảng 15/03/2024.");
        failed.Facts.ShouldContain(new Fact(FactNames.RecognitionValidTo, "14/03/2024"));
    }

    [Theory]
    // The last valid day is included.
    [InlineData(2024, 3, 14)]
    // So is the first.
    [InlineData(2022, 3, 15)]
    [InlineData(2023, 6, 1)]
    public void RecognitionValidOnTheTeachingDateQualifies(int y, int m, int d)
    {
        var lecturer = LecturerBuilder.PartTime().RecognisedBetween(D(2022, 3, 15), D(2024, 3, 14)).Build();

        var verdict = Qualify.Check(lecturer, date: D(y, m, d));

        verdict.Result(PartTimeRecognitionRule.RuleId).Outcome.ShouldBe(RuleOutcome.Passed);
        verdict.Outcome.ShouldBe(VerdictOutcome.Eligible);
    }

    [Fact]
    public void RecognitionNotYetInForceFailsAndSaysWhenItStarts()
    {
        var lecturer = LecturerBuilder.PartTime().RecognisedBetween(D(2024, 4, 1), D(2026, 3, 31)).Build();

        var failed = Qualify.Check(lecturer, date: D(2024, 3, 15)).FailedRules.ShouldHaveSingleItem();

        failed.Message.ShouldContain("chỉ có hiệu lực từ ngày 01/04/2024");
    }

    [Fact]
    public void PartTimeLecturerWithoutAnyRecognitionFails()
    {
        var failed = Qualify.Check(LecturerBuilder.PartTime().Build()).FailedRules.ShouldHaveSingleItem();

        failed.RuleId.ShouldBe(PartTimeRecognitionRule.RuleId);
        failed.Message.ShouldBe("Giảng viên kiêm chức Nguyễn Văn An chưa có quyết định công nhận giảng viên kiêm chức.");
    }

    [Fact]
    public void ARenewalValidOnTheDateQualifiesDespiteAnEndedDecision()
    {
        var lecturer = LecturerBuilder.PartTime()
            .RecognisedBetween(D(2022, 3, 15), D(2024, 3, 14), "47-QĐ/HU")
            .RecognisedBetween(D(2024, 3, 15), D(2026, 3, 14), "98-QĐ/HU")
            .Build();

        var result = Qualify.Check(lecturer, date: D(2024, 3, 15)).Result(PartTimeRecognitionRule.RuleId);

        result.Outcome.ShouldBe(RuleOutcome.Passed);
        result.Facts.ShouldContain(new Fact(FactNames.RecognitionDecision, "98-QĐ/HU"));
    }

    [Fact]
    public void IsLeftOutWhenThePolicyDoesNotRequireIt()
    {
        var policy = QualificationPolicy.Default with { RecognitionRequiredForPartTime = false };

        Qualify.Check(LecturerBuilder.PartTime().Build(), policy: policy).Outcome.ShouldBe(VerdictOutcome.Eligible);
    }
}

public class TeachesTopicCheck
{
    [Theory]
    [InlineData("NTD-01", RuleOutcome.Passed)]
    [InlineData("NTD-02", RuleOutcome.Failed)]
    // Topic codes compare exactly.
    [InlineData("ntd-01", RuleOutcome.Failed)]
    public void TheTopicMustBeInTheLecturersList(string topic, RuleOutcome expected)
    {
        var verdict = Qualify.Check(LecturerBuilder.FullTime().WithTopics("NTD-01", "DVM-03").Build(), topic: topic);

        verdict.Result(TeachesTopicRule.RuleId).Outcome.ShouldBe(expected);
    }

    [Fact]
    public void FailureNamesTheTopic()
    {
        var verdict = Qualify.Check(LecturerBuilder.FullTime().WithTopics("NTD-01").Build(), topic: "SC-05");

        verdict.FailedRules.ShouldHaveSingleItem().Message
            .ShouldBe("Giảng viên Nguyễn Văn An không có chuyên đề SC-05 trong danh sách chuyên đề đăng ký giảng.");
    }

    [Fact]
    public void AnyTopicIsAcceptedWhenThePolicySwitchIsOff()
    {
        var policy = QualificationPolicy.Default with { LecturerMustTeachTopic = false };

        var verdict = Qualify.Check(LecturerBuilder.FullTime().WithTopics().Build(), topic: "SC-05", policy: policy);

        verdict.Outcome.ShouldBe(VerdictOutcome.Eligible);
        verdict.Results.ShouldNotContain(r => r.RuleId == TeachesTopicRule.RuleId);
    }
}

public class InvitedLecturerShortcut
{
    [Fact]
    public void InvitedLecturerQualifiesForSCWithoutRecordedLevels()
    {
        var lecturer = LecturerBuilder.Invited().WithEducation(null).WithTheory(null).WithPedagogy(null).WithTopics("SC-05").Build();

        var verdict = Qualify.Check(lecturer, program: "SC", topic: "SC-05");

        verdict.Outcome.ShouldBe(VerdictOutcome.Eligible);
        verdict.Result(MinimumTheoryLevelRule.RuleId).Message.ShouldContain("thỉnh giảng");
    }

    [Fact]
    public void InvitedLecturerStillNeedsTheTopic()
    {
        var verdict = Qualify.Check(LecturerBuilder.Invited().WithTopics("NTD-01").Build(), program: "SC", topic: "SC-05");

        verdict.FailedRules.ShouldHaveSingleItem().RuleId.ShouldBe(TeachesTopicRule.RuleId);
    }

    [Fact]
    public void WithoutTheShortcutInvitedLecturersAreCheckedLikeOthers()
    {
        var policy = QualificationPolicy.Default with { InvitedLecturersQualifyForAllPrograms = false };
        var lecturer = LecturerBuilder.Invited().WithTheory(PoliticalTheoryLevel.Intermediate).Build();

        var verdict = Qualify.Check(lecturer, program: "SC", policy: policy);

        verdict.FailedRules.ShouldHaveSingleItem().RuleId.ShouldBe(MinimumTheoryLevelRule.RuleId);
    }
}

public class UndeterminedQualification
{
    [Fact]
    public void UnrecordedEducationLeavesTheVerdictUndeterminedNamingTheFact()
    {
        var verdict = Qualify.Check(LecturerBuilder.FullTime().WithEducation(null).Build());

        verdict.Outcome.ShouldBe(VerdictOutcome.Undetermined);
        verdict.IsAccepted.ShouldBeFalse();
        verdict.MissingFacts.ShouldBe([FactNames.EducationLevel]);
        verdict.Result(MinimumEducationRule.RuleId).Message.ShouldContain("Chưa ghi nhận trình độ học vấn");
    }

    [Fact]
    public void EveryMissingFactIsNamed()
    {
        var lecturer = LecturerBuilder.FullTime().WithEducation(null).WithTheory(null).WithPedagogy(null).Build();

        Qualify.Check(lecturer).MissingFacts.ShouldBe(
            [FactNames.EducationLevel, FactNames.PoliticalTheoryLevel, FactNames.PedagogyCertificate],
            ignoreOrder: true);
    }

    [Fact]
    public void AFailedRuleOutweighsAMissingFact()
    {
        var lecturer = LecturerBuilder.FullTime().WithEducation(null).WithPedagogy(false).Build();

        Qualify.Check(lecturer).Outcome.ShouldBe(VerdictOutcome.Ineligible);
    }
}

public class QualificationVerdictShape
{
    [Fact]
    public void EveryResultCarriesIdVersionAssumedBasisAndFacts()
    {
        var lecturer = LecturerBuilder.FullTime().Build();

        var verdict = Qualify.Check(lecturer);

        verdict.RuleSetId.ShouldBe(LecturerQualification.RuleSetId);
        verdict.AsOf.ShouldBe(Qualify.SessionDay);
        verdict.Results.Select(r => r.RuleId).ShouldBe(
        [
            MinimumEducationRule.RuleId,
            MinimumTheoryLevelRule.RuleId,
            PedagogyCertificateRule.RuleId,
            PartTimeRecognitionRule.RuleId,
            TeachesTopicRule.RuleId,
        ]);
        verdict.Results.ShouldAllBe(r => r.RuleVersion == 1 && r.Facts.Count > 0 && r.LegalBasis.Length > 0);
        verdict.Result(MinimumEducationRule.RuleId).LegalBasis.ShouldStartWith("Giả định");
        verdict.Result(MinimumEducationRule.RuleId).Facts.ShouldContain(new Fact(FactNames.EducationLevel, "Đại học"));
    }

    [Fact]
    public void ThePolicyVersionIsTheRuleVersion()
    {
        var policy = QualificationPolicy.Default with { Version = 3 };

        Qualify.Check(LecturerBuilder.FullTime().Build(), policy: policy).Results.ShouldAllBe(r => r.RuleVersion == 3);
    }

    [Fact]
    public void BlankProgrammeCodeIsRefusedNamingTheArgument()
    {
        var check = new LecturerQualification(QualificationPolicy.Default);

        Should.Throw<ArgumentException>(() => check.Check(LecturerBuilder.FullTime().Build(), " ", "NTD-01", Qualify.SessionDay))
            .ParamName.ShouldBe("programCode");
    }
}

public class QualificationPolicyConfiguration
{
    [Fact]
    public void DefaultIsTheAssumedStandard()
    {
        var policy = QualificationPolicy.Default;

        policy.MinimumEducation.ShouldBe(EducationLevel.University);
        policy.TheoryLevelFor("NTD").ShouldBe(PoliticalTheoryLevel.Intermediate);
        policy.TheoryLevelFor("SC").ShouldBe(PoliticalTheoryLevel.Advanced);
        policy.PedagogyCertificateRequiredForFullTime.ShouldBeTrue();
        policy.RecognitionRequiredForPartTime.ShouldBeTrue();
        policy.InvitedLecturersQualifyForAllPrograms.ShouldBeTrue();
        policy.LecturerMustTeachTopic.ShouldBeTrue();
    }

    [Fact]
    public void OverridesWithTheSameCodeInDifferentCaseAreRefused()
    {
        var overrides = new Dictionary<string, PoliticalTheoryLevel>
        {
            ["SC"] = PoliticalTheoryLevel.Advanced,
            ["sc"] = PoliticalTheoryLevel.Bachelor,
        };

        Should.Throw<ArgumentException>(() => QualificationPolicy.Default with { TheoryLevelByProgram = overrides })
            .ParamName.ShouldBe(nameof(QualificationPolicy.TheoryLevelByProgram));
    }

    [Fact]
    public void NonPositiveVersionIsRefused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => QualificationPolicy.Default with { Version = 0 })
            .ParamName.ShouldBe(nameof(QualificationPolicy.Version));
    }

    [Fact]
    public void LaterChangesToTheCallersDictionaryDoNotLeakIntoThePolicy()
    {
        var overrides = new Dictionary<string, PoliticalTheoryLevel> { ["TC"] = PoliticalTheoryLevel.Bachelor };
        var policy = QualificationPolicy.Default with { TheoryLevelByProgram = overrides };

        overrides["NTD"] = PoliticalTheoryLevel.Bachelor;

        policy.TheoryLevelFor("NTD").ShouldBe(PoliticalTheoryLevel.Intermediate);
    }
}

public class ProgrammeQualificationCheck
{
    private static readonly TrainingDomain.Programs.Program Ntd = TrainingDomain.Programs.ProgramCatalog.Default.Get("NTD");

    [Fact]
    public void AProgrammeWithoutTopicsIsCheckedOnItsCodeAsTheTopic()
    {
        var lecturer = LecturerBuilder.FullTime().Build();
        lecturer.AddTopic("NTD");

        var (topic, verdict) = new LecturerQualification(QualificationPolicy.Default).CheckProgram(lecturer, Ntd, new LocalDate(2024, 3, 15));

        topic.ShouldBe("NTD");
        verdict.Outcome.ShouldBe(VerdictOutcome.Eligible);
    }

    [Fact]
    public void ALecturerWithoutTheProgrammeInTheirTopicsIsNotQualifiedAndTheTopicRuleSaysWhy()
    {
        var lecturer = LecturerBuilder.FullTime().Build();

        var (_, verdict) = new LecturerQualification(QualificationPolicy.Default).CheckProgram(lecturer, Ntd, new LocalDate(2024, 3, 15));

        verdict.Outcome.ShouldBe(VerdictOutcome.Ineligible);
        verdict.FailedRules.Single().RuleId.ShouldBe(TeachesTopicRule.RuleId);
    }
}
