using TrainingDomain.Assessment;

namespace TrainingDomain.Tests.Assessment;

public class MakingScores
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("10", 100)]
    [InlineData("7.5", 75)]
    // Trailing zeros are not an extra decimal.
    [InlineData("6.50", 65)]
    public void ScoresFrom0To10WithOneDecimalAreAccepted(string value, int tenths)
    {
        Score.Of(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Tenths.ShouldBe(tenths);
    }

    [Theory]
    // Above 10 by a hair, and two decimals besides: the range is what is reported.
    [InlineData("10.05")]
    [InlineData("-1")]
    [InlineData("-0.1")]
    public void ScoresOutside0To10AreRefused(string value)
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => Score.Of(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

        error.ParamName.ShouldBe("value");
        error.Message.ShouldContain("between 0 and 10");
    }

    [Theory]
    [InlineData("7.25")]
    [InlineData("9.99")]
    public void ScoresWithMoreThanOneDecimalAreRefused(string value)
    {
        var error = Should.Throw<ArgumentException>(() => Score.Of(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

        error.ParamName.ShouldBe("value");
        error.Message.ShouldContain("at most one decimal");
    }

    [Theory]
    [InlineData("7.5", "7,5")]
    [InlineData("9", "9")]
    public void ScoresAreWrittenWithADecimalComma(string value, string written)
    {
        Score.Of(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ToString().ShouldBe(written);
    }
}

public class ClassifyingResults
{
    [Theory]
    [InlineData("10", ResultClass.Excellent, "Xuất sắc")]
    [InlineData("9", ResultClass.Excellent, "Xuất sắc")]
    // Just under a threshold falls to the class below.
    [InlineData("8.9", ResultClass.Good, "Giỏi")]
    [InlineData("8", ResultClass.Good, "Giỏi")]
    [InlineData("7", ResultClass.Fair, "Khá")]
    [InlineData("6.9", ResultClass.Pass, "Đạt")]
    [InlineData("5", ResultClass.Pass, "Đạt")]
    [InlineData("4.9", ResultClass.Fail, "Không đạt")]
    [InlineData("0", ResultClass.Fail, "Không đạt")]
    public void TheDefaultPolicyClassifiesByTheAssumedThresholds(string score, ResultClass expected, string label)
    {
        var resultClass = GradingPolicy.Default.Classify(Score.Of(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)));

        resultClass.ShouldBe(expected);
        AssessmentLabels.Of(resultClass).ShouldBe(label);
    }

    [Fact]
    public void AProvinceCanRaiseTheThresholds()
    {
        var strict = new GradingPolicy(Score.Of(9.5m), Score.Of(8.5m), Score.Of(7), Score.Of(5.5m), version: 2);

        strict.Classify(Score.Of(9.4m)).ShouldBe(ResultClass.Good);
        strict.Classify(Score.Of(5)).ShouldBe(ResultClass.Fail);
    }

    [Fact]
    public void ThresholdsThatDoNotDecreaseAreRefused()
    {
        Should.Throw<ArgumentException>(() => new GradingPolicy(Score.Of(9), Score.Of(9), Score.Of(7), Score.Of(5)));
    }
}

public class RecordingResults
{
    [Fact]
    public void ALearnerWhoMetTheThresholdGetsTheirResultWithTheStandingUsed()
    {
        var standing = ResultBuilder.Standing(36);

        var result = AssessmentResult.Record(Ids.Of(1), AssessmentKind.FinalPaper, Score.Of(8.5m), standing, ResultBuilder.ExamDay);

        result.Classification.ShouldBe(ResultClass.Good);
        result.IsPassing.ShouldBeTrue();
        result.Attendance.ShouldBeSameAs(standing);
        result.AttendanceVerdict.Outcome.ShouldBe(VerdictOutcome.Eligible);
        result.GradingPolicyVersion.ShouldBe(1);
    }

    [Fact]
    public void APassingScoreBelowTheAttendanceThresholdWithoutOverrideIsRefused()
    {
        var refusal = Should.Throw<DomainRuleException>(() => ResultBuilder.Passing().Attending(30).Scoring(7).Build());

        refusal.RuleId.ShouldBe("Result.AttendanceBelowThreshold");
        refusal.Message.ShouldContain("30/40 tiết (75 %), dưới ngưỡng chuyên cần 80 %");
        refusal.Message.ShouldContain("phê duyệt ngoại lệ");
    }

    [Fact]
    public void AFailingScoreBelowTheAttendanceThresholdIsRecorded()
    {
        var result = ResultBuilder.Passing().Attending(30).Scoring(4).Build();

        result.Classification.ShouldBe(ResultClass.Fail);
        result.AttendanceAccepted.ShouldBeFalse();
    }

    [Fact]
    public void AnOverrideLetsALearnerBelowTheThresholdPassAndIsRecorded()
    {
        var result = ResultBuilder.Passing().Attending(30).OverriddenBy("Trần Văn Bình, Giám đốc Trung tâm").Build();

        result.IsPassing.ShouldBeTrue();
        result.AttendanceAccepted.ShouldBeTrue();
        result.AttendanceOverride.ShouldNotBeNull().Approver.ShouldBe("Trần Văn Bình, Giám đốc Trung tâm");
        result.AttendanceOverride.ApprovedAt.ShouldBe(ResultBuilder.ApprovedAt);
        result.AttendanceVerdict.Outcome.ShouldBe(VerdictOutcome.Ineligible);
    }

    [Fact]
    public void AnOverrideForALearnerWhoMetTheThresholdIsRefused()
    {
        Should.Throw<DomainRuleException>(() => ResultBuilder.Passing().OverriddenBy("Trần Văn Bình").Build())
            .RuleId.ShouldBe("Verdict.OverrideNotNeeded");
    }

    [Fact]
    public void AResultWithoutAnEnrolmentIsRefused()
    {
        Should.Throw<ArgumentException>(() => AssessmentResult.Record(Guid.Empty, AssessmentKind.Test, Score.Of(8), ResultBuilder.Standing(36), ResultBuilder.ExamDay))
            .ParamName.ShouldBe("enrolmentId");
    }
}
