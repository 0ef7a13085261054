using System.Net;
using TrainingDomain.AdminPortal.Tests.Pages.Classes;
using TrainingDomain.Assessment;

namespace TrainingDomain.AdminPortal.Tests.Pages.Exams;

/// <summary>
/// The question bank pages: the province admin adds, edits, approves and retires questions with per-field Vietnamese
/// errors, filters and pages the list; auditors read; centre staff, managers and lecturers never see the bank.
/// </summary>
public class QuestionBankPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheAdminAddsAMultipleChoiceQuestionThroughTheFormAndItIsListedAsADraft()
    {
        var topic = ExamPages.NewTopic();
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        var form = await admin.GetDocument("/Exams/Question?program=NTD");

        using var response = await admin.PostForm("/Exams/Question?program=NTD", form, new()
        {
            ["Data.Topic"] = topic,
            ["Data.Difficulty"] = "Medium",
            ["Data.Kind"] = "MultipleChoice",
            ["Data.Stem"] = "Đại hội đại biểu toàn quốc lần thứ XII của Đảng họp năm nào?",
            ["Data.Options[0]"] = "2011",
            ["Data.Options[1]"] = "2016",
            ["Data.Options[2]"] = "2021",
            ["Data.CorrectKey"] = "B",
        });
        var list = await admin.Follow(response);

        list.TextOf(".alert-success").ShouldBe("Đã thêm câu hỏi (trạng thái nháp).");
        list.CellsOf("#questions tbody tr").ShouldBe($"{topic}|Trung bình|trắc nghiệm|Đại hội đại biểu toàn quốc lần thứ XII của Đảng họp năm nào?|1|Nháp|Phê duyệt");
        (await portal.QuestionsOfTopic(topic)).ShouldBe(1);
    }

    [Fact]
    public async Task TheFormShowsEachProblemNextToItsFieldInVietnameseAndWritesNothing()
    {
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        var form = await admin.GetDocument("/Exams/Question?program=NTD");
        var before = await portal.CountOf(db => db.Questions);

        using var response = await admin.PostForm("/Exams/Question?program=NTD", form, new()
        {
            ["Data.Topic"] = "",
            ["Data.Difficulty"] = "Easy",
            ["Data.Kind"] = "MultipleChoice",
            ["Data.Stem"] = " ",
            ["Data.Options[0]"] = "Chỉ một phương án",
            ["Data.CorrectKey"] = "C",
        });
        var page = await PageClient.Parse(response);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.FieldError("Data.Topic").ShouldBe("Chưa nhập mã chuyên đề.");
        page.FieldError("Data.Stem").ShouldBe("Chưa nhập nội dung câu hỏi.");
        page.FieldError("Data.Options").ShouldBe("Câu trắc nghiệm cần ít nhất 2 phương án; mới có 1.");
        page.FieldError("Data.CorrectKey").ShouldBe("Đáp án «C» không phải là một trong các phương án (A).");
        (await portal.CountOf(db => db.Questions)).ShouldBe(before);
    }

    [Fact]
    public async Task AnEssayNeedsAMarkingGuideAndADuplicateTextIsRefusedUnderTheQuestion()
    {
        var topic = ExamPages.NewTopic();
        await portal.ApprovedQuestions(topic, Difficulty.Easy, 1);
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        var form = await admin.GetDocument("/Exams/Question?program=NTD");

        using var noGuide = await admin.PostForm("/Exams/Question?program=NTD", form, new()
        {
            ["Data.Topic"] = topic, ["Data.Difficulty"] = "Hard", ["Data.Kind"] = "Essay", ["Data.Stem"] = "Phân tích vai trò của chi bộ", ["Data.MarkingGuide"] = "",
        });
        using var duplicate = await admin.PostForm("/Exams/Question?program=NTD", form, new()
        {
            ["Data.Topic"] = topic, ["Data.Difficulty"] = "Hard", ["Data.Kind"] = "Essay", ["Data.Stem"] = $"câu hỏi {topic} easy số 1", ["Data.MarkingGuide"] = "Ý 1",
        });

        (await PageClient.Parse(noGuide)).FieldError("Data.MarkingGuide").ShouldBe("Câu tự luận cần có hướng dẫn chấm.");
        (await PageClient.Parse(duplicate)).FieldError("Data.Stem").ShouldStartWith("Ngân hàng câu hỏi chương trình NTD đã có câu hỏi cùng nội dung");
        (await portal.QuestionsOfTopic(topic)).ShouldBe(1);
    }

    [Fact]
    public async Task TheListFiltersByTopicDifficultyStatusAndTextAndPagesBy25()
    {
        var topic = ExamPages.NewTopic();
        await portal.ApprovedQuestions(topic, Difficulty.Easy, 27);
        await portal.ApprovedQuestions(topic, Difficulty.Hard, 2, approve: false);
        using var admin = await portal.SignedInAs(TestAccounts.Admin);

        var easy = await admin.GetDocument($"/Exams?program=NTD&topic={topic}&difficulty=Easy");
        var second = await admin.GetDocument($"/Exams?program=NTD&topic={topic}&difficulty=Easy&p=2");
        var drafts = await admin.GetDocument($"/Exams?program=NTD&topic={topic}&status=Draft");
        var text = await admin.GetDocument($"/Exams?program=NTD&topic={topic}&q=" + Uri.EscapeDataString("HARD SỐ 2"));

        easy.QuerySelectorAll("#questions tbody tr").Length.ShouldBe(25);
        easy.QuerySelector("a[rel=next]").ShouldNotBeNull();
        second.QuerySelectorAll("#questions tbody tr").Length.ShouldBe(2);
        drafts.QuerySelectorAll("#questions tbody tr td.status").Select(t => t.TextContent).ShouldBe(["Nháp", "Nháp"]);
        text.QuerySelectorAll("#questions tbody tr").Length.ShouldBe(1);
        text.TextOf("#questions tbody tr td:nth-child(4)").ShouldBe($"Câu hỏi {topic} Hard số 2?");
    }

    [Fact]
    public async Task TheAdminApprovesADraftAndRetiresItWithAReasonFromTheListAndBothAreAudited()
    {
        var topic = ExamPages.NewTopic();
        var id = (await portal.ApprovedQuestions(topic, Difficulty.Easy, 1, approve: false)).Single();
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        var list = await admin.GetDocument($"/Exams?program=NTD&topic={topic}");

        using var approve = await admin.PostForm(ActionOf(list, "approve-form"), list, new()
        {
            ["questionId"] = id.ToString(), ["revision"] = list.QuerySelector("form.approve-form input[name=revision]")!.GetAttribute("value")!,
        });
        var approved = await admin.Follow(approve);
        using var noReason = await admin.PostForm(ActionOf(approved, "retire-form"), approved, new() { ["questionId"] = id.ToString(), ["revision"] = RevisionOf(approved), ["reason"] = " " });
        var refused = await admin.Follow(noReason);
        using var retire = await admin.PostForm(ActionOf(refused, "retire-form"), refused, new() { ["questionId"] = id.ToString(), ["revision"] = RevisionOf(refused), ["reason"] = "Nội dung đã lạc hậu" });
        var retired = await admin.Follow(retire);

        approved.TextOf("td.status").ShouldBe("Đã duyệt");
        refused.TextOf("#bank-error").ShouldBe("Cần ghi lý do ngừng sử dụng câu hỏi.");
        refused.TextOf("td.status").ShouldBe("Đã duyệt");
        retired.TextOf("td.status").ShouldBe("Ngừng sử dụng");
        (await portal.Question(id)).Status.ShouldBe(QuestionStatus.Retired);
        (await portal.AuditCount("Question.Approved", id.ToString())).ShouldBe(1);
        (await portal.AuditCount("Question.Retired", id.ToString())).ShouldBe(1);
    }

    [Fact]
    public async Task EditingAnApprovedQuestionMakesVersionTwoInDraftAndAStalePageIsToldToReload()
    {
        var topic = ExamPages.NewTopic();
        var id = (await portal.ApprovedQuestions(topic, Difficulty.Easy, 1)).Single();
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        var form = await admin.GetDocument($"/Exams/Question/{id}");
        var stale = await admin.GetDocument($"/Exams/Question/{id}");
        var fields = new Dictionary<string, string>
        {
            ["Data.Stem"] = $"Câu hỏi {topic} đã sửa?", ["Data.Options[0]"] = "Đúng", ["Data.Options[1]"] = "Sai", ["Data.CorrectKey"] = "B",
            ["Data.Revision"] = form.QuerySelector("#Data_Revision")!.GetAttribute("value")!,
        };

        using var saved = await admin.PostForm($"/Exams/Question/{id}", form, new(fields));
        var list = await admin.Follow(saved);
        using var late = await admin.PostForm($"/Exams/Question/{id}", stale, new(fields) { ["Data.Stem"] = "Bản sửa từ trang cũ" });
        var refused = await PageClient.Parse(late);

        form.TextOf("#question-status").ShouldBe("Trạng thái: Đã duyệt · Phiên bản 1");
        list.TextOf(".alert-success").ShouldBe("Đã lưu câu hỏi (phiên bản 2, ở trạng thái nháp cho đến khi được duyệt).");
        refused.TextOf(".form-errors").ShouldContain("hãy tải lại trang");
        var stored = await portal.Question(id);
        (stored.Version, stored.Status, stored.Stem, stored.CorrectKey).ShouldBe((2, QuestionStatus.Draft, $"Câu hỏi {topic} đã sửa?", "B"));
    }

    [Fact]
    public async Task OnlyTheProvinceAdminEditsTheBankAuditorsReadItAndCentreRolesAreRefused()
    {
        var id = (await portal.ApprovedQuestions(ExamPages.NewTopic(), Difficulty.Easy, 1, approve: false)).Single();
        using var auditor = await portal.SignedInAs(TestAccounts.Auditor);
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        using var manager = await portal.SignedInAs(TestAccounts.Manager288);
        using var lecturer = await portal.SignedInAs(TestAccounts.Lecturer291);

        var read = await auditor.GetDocument("/Exams?program=NTD");
        read.QuerySelector("#new-question").ShouldBeNull();
        read.QuerySelector("form.approve-form").ShouldBeNull();
        (await auditor.StatusOf($"/Exams/Question/{id}")).ShouldBe(HttpStatusCode.OK);
        (await auditor.StatusOf("/Exams/Question?program=NTD")).ShouldBe(HttpStatusCode.Forbidden);
        using (var post = await auditor.PostForm("/Exams?handler=Approve", read, new() { ["questionId"] = id.ToString(), ["revision"] = "0" }))
        {
            post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        foreach (var client in new[] { staff, manager, lecturer })
        {
            (await client.StatusOf("/Exams?program=NTD")).ShouldBe(HttpStatusCode.Forbidden);
            (await client.StatusOf($"/Exams/Question/{id}")).ShouldBe(HttpStatusCode.Forbidden);
            (await client.StatusOf("/Exams/Blueprint")).ShouldBe(HttpStatusCode.Forbidden);
            (await client.StatusOf("/Exams/Import")).ShouldBe(HttpStatusCode.Forbidden);
        }

        var papers = await staff.GetDocument("/Exams/Papers");
        using var approve = await staff.PostForm("/Exams?handler=Approve", papers, new() { ["questionId"] = id.ToString(), ["revision"] = "0" });
        approve.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await portal.Question(id)).Status.ShouldBe(QuestionStatus.Draft);
        (await staff.GetDocument("/")).QuerySelector("#nav-exams")!.GetAttribute("href").ShouldBe("/Exams/Papers");
        (await auditor.GetDocument("/")).QuerySelector("#nav-exams")!.GetAttribute("href").ShouldBe("/Exams");
    }

    private static string ActionOf(AngleSharp.Html.Dom.IHtmlDocument page, string formClass) =>
        page.QuerySelector($"form.{formClass}")!.GetAttribute("action")!;

    private static string RevisionOf(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("form.retire-form input[name=revision]")!.GetAttribute("value")!;
}
