using TrainingDomain.Assessment;

namespace TrainingDomain.Tests.Assessment;

public class CreatingMultipleChoiceQuestions
{
    public static TheoryData<AnswerOption[], string, string> BadOptions => new()
    {
        // One option is not a choice.
        { [new("A", "Duy nhất")], "A", "options" },
        // Keys compare ignoring case, so "a" repeats "A".
        { [new("A", "Một"), new("a", "Hai")], "A", "options" },
        { [new("A", "Một"), new("B", "Hai")], "C", "correctKey" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void InvalidOptionsAreRefusedNamingTheArgument(AnswerOption[] options, string correctKey, string parameter)
    {
        Should.Throw<ArgumentException>(() => Question.MultipleChoice(Ids.Of(1), "NTD", "1", Difficulty.Easy, "Câu hỏi?", options, correctKey))
            .ParamName.ShouldBe(parameter);
    }

    [Fact]
    public void ANewQuestionIsADraftAtVersionOne()
    {
        var question = QuestionBuilder.MultipleChoice().Build();

        question.Status.ShouldBe(QuestionStatus.Draft);
        question.Version.ShouldBe(1);
        question.CorrectKey.ShouldBe("B");
    }

    [Fact]
    public void TheCorrectKeyIsStoredAsTheOptionSpellsIt()
    {
        Question.MultipleChoice(Ids.Of(1), "NTD", "1", Difficulty.Easy, "Câu hỏi?", QuestionBuilder.Options(), "c")
            .CorrectKey.ShouldBe("C");
    }
}

public class MovingQuestionsThroughTheirStatuses
{
    [Fact]
    public void ADraftCanBeApprovedThenRetired()
    {
        var question = QuestionBuilder.MultipleChoice().Build();

        question.Approve();
        question.Status.ShouldBe(QuestionStatus.Approved);
        question.Retire();
        question.Status.ShouldBe(QuestionStatus.Retired);
    }

    [Theory]
    [InlineData(QuestionStatus.Approved, "«Đã duyệt»")]
    [InlineData(QuestionStatus.Retired, "«Ngừng sử dụng»")]
    public void ApprovingAQuestionThatIsNotADraftIsRefusedNamingItsState(QuestionStatus status, string stateLabel)
    {
        var question = InStatus(status);

        var refusal = Should.Throw<DomainRuleException>(question.Approve);

        refusal.RuleId.ShouldBe("Question.NotDraft");
        refusal.Message.ShouldContain($"đang ở trạng thái {stateLabel}");
    }

    [Theory]
    // A draft was never in use, so there is nothing to retire.
    [InlineData(QuestionStatus.Draft, "«Nháp»")]
    [InlineData(QuestionStatus.Retired, "«Ngừng sử dụng»")]
    public void RetiringAQuestionThatIsNotApprovedIsRefusedNamingItsState(QuestionStatus status, string stateLabel)
    {
        var question = InStatus(status);

        var refusal = Should.Throw<DomainRuleException>(question.Retire);

        refusal.RuleId.ShouldBe("Question.NotApproved");
        refusal.Message.ShouldContain($"đang ở trạng thái {stateLabel}");
    }

    internal static Question InStatus(QuestionStatus status)
    {
        var question = QuestionBuilder.MultipleChoice().Build();
        if (status != QuestionStatus.Draft)
        {
            question.Approve();
        }

        if (status == QuestionStatus.Retired)
        {
            question.Retire();
        }

        return question;
    }
}

public class RevisingQuestions
{
    [Fact]
    public void RevisingADraftChangesItInPlaceAndKeepsTheVersion()
    {
        var question = QuestionBuilder.MultipleChoice().Build();

        question.ReviseMultipleChoice("Câu hỏi đã sửa?", QuestionBuilder.Options(), "D");

        question.Stem.ShouldBe("Câu hỏi đã sửa?");
        question.CorrectKey.ShouldBe("D");
        question.Version.ShouldBe(1);
        question.Status.ShouldBe(QuestionStatus.Draft);
    }

    [Fact]
    public void RevisingAnApprovedQuestionMakesTheNextVersionAndReturnsItToDraft()
    {
        var question = QuestionBuilder.Essay().Approved().Build();

        question.ReviseEssay("Phân tích sâu hơn.", "Bốn ý, mỗi ý 2,5 điểm.");

        question.Version.ShouldBe(2);
        question.Status.ShouldBe(QuestionStatus.Draft);
        question.MarkingGuide.ShouldBe("Bốn ý, mỗi ý 2,5 điểm.");
    }

    [Fact]
    public void RevisingARetiredQuestionIsRefused()
    {
        var question = MovingQuestionsThroughTheirStatuses.InStatus(QuestionStatus.Retired);

        Should.Throw<DomainRuleException>(() => question.ReviseMultipleChoice("Sửa?", QuestionBuilder.Options(), "A"))
            .Message.ShouldContain("«Ngừng sử dụng»");
        question.Version.ShouldBe(1);
    }

    [Fact]
    public void RevisingAMultipleChoiceQuestionAsAnEssayIsRefused()
    {
        var question = QuestionBuilder.MultipleChoice().Build();

        Should.Throw<DomainRuleException>(() => question.ReviseEssay("Sửa?", "Hướng dẫn"))
            .RuleId.ShouldBe("Question.WrongKind");
    }

    [Fact]
    public void AFailedRevisionLeavesAnApprovedQuestionAsItWas()
    {
        var question = QuestionBuilder.MultipleChoice().Approved().Build();

        Should.Throw<ArgumentException>(() => question.ReviseMultipleChoice("Sửa?", QuestionBuilder.Options(), "Z"));

        question.Status.ShouldBe(QuestionStatus.Approved);
        question.Version.ShouldBe(1);
        question.CorrectKey.ShouldBe("B");
    }
}

public class KeepingAQuestionBank
{
    [Fact]
    public void AQuestionOfAnotherProgrammeIsRefused()
    {
        var bank = new QuestionBank("NTD");

        Should.Throw<ArgumentException>(() => bank.Add(QuestionBuilder.MultipleChoice().ForProgram("DVM").Build()))
            .ParamName.ShouldBe("question");
    }

    [Fact]
    public void AQuestionAddedTwiceIsRefused()
    {
        var bank = new QuestionBank("NTD");
        var question = QuestionBuilder.MultipleChoice().Build();
        bank.Add(question);

        Should.Throw<DomainRuleException>(() => bank.Add(question)).RuleId.ShouldBe("QuestionBank.Duplicate");
    }

    [Fact]
    public void ACellListsOnlyItsApprovedMultipleChoiceQuestions()
    {
        var bank = BankBuilder.ForNtd()
            .WithApproved("2", Difficulty.Hard, 3)
            .WithDrafts("2", Difficulty.Hard, 2)
            .WithRetired("2", Difficulty.Hard, 1)
            .WithApproved("2", Difficulty.Easy, 4)
            .WithApprovedEssays(2)
            .Build();

        bank.ApprovedIn("2", Difficulty.Hard).Count.ShouldBe(3);
        bank.Questions.Count.ShouldBe(12);
    }
}
