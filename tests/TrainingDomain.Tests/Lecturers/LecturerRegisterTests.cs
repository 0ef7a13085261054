using TrainingDomain.Lecturers;
using TrainingDomain.People;
using TrainingDomain.Rules;
using static TrainingDomain.Tests.Lecturers.Dates;

namespace TrainingDomain.Tests.Lecturers;

public class LecturerCreation
{
    [Theory]
    [InlineData("", "Nguyễn Văn An", "TT-293", "id")]
    [InlineData("GV-001", " ", "TT-293", "fullName")]
    [InlineData("GV-001", "Nguyễn Văn An", "", "homeCenterId")]
    public void BlankRequiredValuesAreRefusedNamingTheArgument(string id, string name, string center, string argument)
    {
        Should.Throw<ArgumentException>(() => new Lecturer(id, name, LecturerKind.FullTime, center))
            .ParamName.ShouldBe(argument);
    }

    [Fact]
    public void UndefinedEducationLevelIsRefusedNamingTheArgument()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new Lecturer("GV-001", "Nguyễn Văn An", LecturerKind.FullTime, "TT-293", (EducationLevel)42))
            .ParamName.ShouldBe("educationLevel");
    }

    [Fact]
    public void UnrecordedQualificationsStayNull()
    {
        var lecturer = new Lecturer("GV-001", "Nguyễn Văn An", LecturerKind.PartTime, "TT-293");

        lecturer.EducationLevel.ShouldBeNull();
        lecturer.PoliticalTheoryLevel.ShouldBeNull();
        lecturer.HasPedagogyCertificate.ShouldBeNull();
    }

    [Fact]
    public void RecordingALevelMakesItKnown()
    {
        var lecturer = LecturerBuilder.FullTime().WithEducation(null).Build();

        lecturer.RecordEducationLevel(EducationLevel.Master);

        lecturer.EducationLevel.ShouldBe(EducationLevel.Master);
    }
}

public class AddingTopics
{
    [Fact]
    public void AddingATopicTwiceKeepsOneEntry()
    {
        var lecturer = LecturerBuilder.FullTime().WithTopics().Build();

        lecturer.AddTopic("NTD-01");
        lecturer.AddTopic(" NTD-01 ");

        lecturer.Topics.ShouldBe(["NTD-01"]);
        lecturer.TeachesTopic("NTD-01").ShouldBeTrue();
    }

    [Fact]
    public void RemovedTopicIsNoLongerTaught()
    {
        var lecturer = LecturerBuilder.FullTime().WithTopics("NTD-01", "DVM-02").Build();

        lecturer.RemoveTopic("NTD-01").ShouldBeTrue();

        lecturer.TeachesTopic("NTD-01").ShouldBeFalse();
        lecturer.Topics.ShouldBe(["DVM-02"]);
    }

    [Fact]
    public void BlankTopicIsRefusedNamingTheArgument()
    {
        Should.Throw<ArgumentException>(() => LecturerBuilder.FullTime().Build().AddTopic("  "))
            .ParamName.ShouldBe("topicCode");
    }
}

public class AddingRecognitions
{
    [Theory]
    [InlineData(LecturerKind.FullTime, "chuyên trách")]
    [InlineData(LecturerKind.Invited, "thỉnh giảng")]
    public void OnlyPartTimeLecturersTakeARecognition(LecturerKind kind, string label)
    {
        var lecturer = new LecturerBuilder().OfKind(kind).Build();
        var decision = RecognitionDecision.Create("125-QĐ/HU", "Huyện ủy Kim Thành", D(2024, 1, 1), D(2025, 12, 31));

        var error = Should.Throw<DomainRuleException>(() => lecturer.AddRecognition(decision));

        error.RuleId.ShouldBe("Lecturer.RecognitionOnlyForPartTime");
        error.Message.ShouldContain(label);
        lecturer.Recognitions.ShouldBeEmpty();
    }

    [Fact]
    public void ADecisionNumberIsRecordedOnce()
    {
        var lecturer = LecturerBuilder.PartTime().RecognisedBetween(D(2022, 1, 1), D(2023, 12, 31), "125-QĐ/HU").Build();
        var again = RecognitionDecision.Create("125-QĐ/HU", "Huyện ủy Kim Thành", D(2024, 1, 1), D(2025, 12, 31));

        Should.Throw<DomainRuleException>(() => lecturer.AddRecognition(again)).RuleId.ShouldBe("Lecturer.DuplicateRecognition");
    }

    [Fact]
    public void LatestRecognitionIsTheOneEndingLast()
    {
        var lecturer = LecturerBuilder.PartTime()
            .RecognisedBetween(D(2024, 1, 1), D(2025, 12, 31), "2")
            .RecognisedBetween(D(2022, 1, 1), D(2023, 12, 31), "1")
            .Build();

        lecturer.LatestRecognition!.DecisionNumber.ShouldBe("2");
    }
}

public class CreatingRecognitionDecisions
{
    [Fact]
    public void RecognitionEndingBeforeItStartsIsRefusedNamingValidTo()
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(
            () => RecognitionDecision.Create("125-QĐ/HU", "Huyện ủy Kim Thành", D(2024, 3, 15), D(2024, 3, 14)));

        error.ParamName.ShouldBe("validTo");
        error.Message.ShouldContain("14/03/2024");
        error.Message.ShouldContain("15/03/2024");
    }

    [Fact]
    public void OneDayRecognitionIsValidOnThatDayOnly()
    {
        var decision = RecognitionDecision.Create("125-QĐ/HU", "Huyện ủy Kim Thành", D(2024, 3, 15), D(2024, 3, 15));

        decision.IsValidOn(D(2024, 3, 15)).ShouldBeTrue();
        decision.IsValidOn(D(2024, 3, 14)).ShouldBeFalse();
        decision.IsValidOn(D(2024, 3, 16)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("", "Huyện ủy Kim Thành", "decisionNumber")]
    [InlineData("125-QĐ/HU", " ", "issuedBy")]
    public void BlankNumberOrIssuerIsRefusedNamingTheArgument(string number, string issuer, string argument)
    {
        Should.Throw<ArgumentException>(() => RecognitionDecision.Create(number, issuer, D(2024, 1, 1), D(2024, 12, 31)))
            .ParamName.ShouldBe(argument);
    }
}
