using TrainingDomain.Assessment;

namespace TrainingDomain.Tests.Assessment;

public class NormalisingQuestionText
{
    [Theory]
    // Case, runs of spaces and end punctuation do not make a new question.
    [InlineData("Đảng được thành lập năm nào?", "  đảng   ĐƯỢC thành lập năm nào ")]
    [InlineData("Nêu ý nghĩa:", "nêu ý nghĩa")]
    // A tone typed as a combining mark (NFD) equals the precomposed letter (NFC).
    [InlineData("Chi bộ thôn", "Chi bo\u0323\u0302 tho\u0302n")]
    public void TextsThatDifferOnlyInFormNormaliseEqual(string a, string b) =>
        QuestionStem.Normalize(a).ShouldBe(QuestionStem.Normalize(b));

    [Theory]
    // Diacritics change the word: "Đảng" is not "Dang".
    [InlineData("Đảng được thành lập năm nào?", "Dang duoc thanh lap nam nao?")]
    [InlineData("Năm 1930", "Năm 1945")]
    public void TextsThatDifferInWordsStayDifferent(string a, string b) =>
        QuestionStem.Normalize(a).ShouldNotBe(QuestionStem.Normalize(b));

    [Fact]
    public void BlankAndNullAreEmpty()
    {
        QuestionStem.Normalize(null).ShouldBe(string.Empty);
        QuestionStem.Normalize(" \t ").ShouldBe(string.Empty);
    }
}

public class CheckingQuestionDrafts
{
    private static readonly AnswerOption[] Three = [new("A", "1925"), new("B", "1930"), new("C", "1945")];

    [Fact]
    public void AValidMultipleChoiceDraftHasNoProblemAndBuildsADraftQuestion()
    {
        var draft = QuestionDraft.MultipleChoice("NTD-01", Difficulty.Easy, "Đảng ra đời năm nào?", Three, "b");

        draft.Problems().ShouldBeEmpty();
        var question = draft.ToQuestion(Ids.Of(1), "NTD");
        (question.Status, question.Version, question.CorrectKey).ShouldBe((QuestionStatus.Draft, 1, "B"));
    }

    [Fact]
    public void EveryBadFieldIsReportedAtOnceInVietnamese()
    {
        var draft = new QuestionDraft(" ", Difficulty.Easy, QuestionKind.MultipleChoice, null, [new("A", "Một"), new("a", "Hai")], "D", null);

        draft.Problems().ShouldBe(
        [
            new(QuestionFields.Topic, "Chưa nhập mã chuyên đề."),
            new(QuestionFields.Stem, "Chưa nhập nội dung câu hỏi."),
            new(QuestionFields.Options, "Phương án A bị nhập hai lần."),
            new(QuestionFields.CorrectKey, "Đáp án «D» không phải là một trong các phương án (A, a)."),
        ]);
    }

    [Theory]
    // An essay needs a marking guide; its options, if any, are ignored.
    [InlineData(null, "Câu tự luận cần có hướng dẫn chấm.")]
    [InlineData("   ", "Câu tự luận cần có hướng dẫn chấm.")]
    public void AnEssayWithoutAMarkingGuideIsRefused(string? guide, string message) =>
        QuestionDraft.Essay("NTD-02", Difficulty.Hard, "Trình bày ...", guide!).Problems().ShouldBe([new(QuestionFields.MarkingGuide, message)]);

    [Fact]
    public void TextsLongerThanTheStoreAreRefusedByLength()
    {
        var draft = QuestionDraft.Essay(new string('T', 33), Difficulty.Medium, new string('x', 4001), new string('y', 8001));

        draft.Problems().Select(p => p.Field).ShouldBe([QuestionFields.Topic, QuestionFields.Stem, QuestionFields.MarkingGuide]);
    }
}

public class AnswerKeyPolicies
{
    [Theory]
    // The assumed default: the province admin and the centre manager.
    [InlineData(new[] { "ProvinceAdmin" }, true)]
    [InlineData(new[] { "CenterManager" }, true)]
    [InlineData(new[] { "centermanager" }, true)]
    [InlineData(new[] { "CenterStaff" }, false)]
    [InlineData(new[] { "Lecturer", "Auditor" }, false)]
    [InlineData(new string[0], false)]
    public void TheDefaultLetsProvinceAdminsAndCentreManagersReadKeys(string[] roles, bool allowed) =>
        AnswerKeyPolicy.Default.Allows(roles).ShouldBe(allowed);

    [Fact]
    public void AProvinceMayLetCentreStaffReadKeysOrNobody()
    {
        new AnswerKeyPolicy(["CenterStaff"]).Allows(["CenterStaff"]).ShouldBeTrue();
        new AnswerKeyPolicy([]).Allows(["ProvinceAdmin"]).ShouldBeFalse();
        Should.Throw<ArgumentException>(() => new AnswerKeyPolicy([" "]));
    }
}
