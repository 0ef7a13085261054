using System.Net;
using TrainingDomain.AdminPortal.Tests.Pages.Classes;
using TrainingDomain.Assessment;

namespace TrainingDomain.AdminPortal.Tests.Pages.Exams;

/// <summary>
/// The blueprint, papers, print and answer-key pages: the admin edits a blueprint and sees its shortages; centre staff
/// draw papers for their own centre only; anyone of the centre prints a variant without answers; the key is shown only
/// to the key policy's roles and every view of it is audited; everyone else gets 403.
/// </summary>
public class PaperPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheAdminSavesABlueprintAndSeesWhereTheApprovedQuestionsFallShort()
    {
        var topic = ExamPages.NewTopic();
        await portal.ApprovedQuestions(topic, Difficulty.Easy, 2);
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        var form = await admin.GetDocument("/Exams/Blueprint?program=DVM");

        using var bad = await admin.PostForm("/Exams/Blueprint?program=NTD", form, new()
        {
            ["Rows[0].Topic"] = topic, ["Rows[0].Difficulty"] = "Easy", ["Rows[0].Count"] = "0", ["EssayCount"] = "x",
        });
        using var saved = await admin.PostForm("/Exams/Blueprint?program=NTD", form, new()
        {
            ["Rows[0].Topic"] = topic, ["Rows[0].Difficulty"] = "Easy", ["Rows[0].Count"] = "2",
            ["Rows[1].Topic"] = topic, ["Rows[1].Difficulty"] = "Hard", ["Rows[1].Count"] = "3", ["EssayCount"] = "0",
        });
        var page = await admin.Follow(saved);

        var refused = await PageClient.Parse(bad);
        refused.FieldError("Rows[0].Count").ShouldBe("Nhập số nguyên từ 1 đến 500.");
        refused.FieldError("EssayCount").ShouldBe("Nhập số nguyên từ 0 đến 20.");
        page.TextOf(".alert-success").ShouldBe("Đã lưu ma trận đề, nhưng số câu đã duyệt chưa đủ để tạo đề.");
        page.TextOf("#blueprint-total").ShouldBe("Mỗi đề có 5 câu.");
        page.TextOf("#shortages li").ShouldBe($"Chuyên đề {topic}, mức Khó: cần 3 câu, ngân hàng chỉ có 0 câu đã duyệt (thiếu 3)");
        page.QuerySelector("#Rows_1__Count")!.GetAttribute("value").ShouldBe("3");
        (await portal.Exams(e => e.BlueprintOfAsync("NTD", TestContext.Current.CancellationToken)))!.Blueprint.QuestionCount.ShouldBe(5);
    }

    [Fact]
    public async Task CentreStaffDrawAPaperForTheirCentreFromTheSeedShownAndItIsListedWithItsVariants()
    {
        var topic = ExamPages.NewTopic();
        await portal.ApprovedQuestions(topic, Difficulty.Medium, 4);
        await portal.Blueprint(topic, Difficulty.Medium, 3);
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var form = await staff.GetDocument("/Exams/Papers?program=NTD");
        var offeredSeed = form.QuerySelector("#Data_Seed")!.GetAttribute("value");

        using var response = await staff.PostForm("/Exams/Papers", form, new()
        {
            ["Data.CenterId"] = TestData.NamSachCenter, ["Data.ProgramCode"] = "NTD", ["Data.Seed"] = "20180415", ["Data.Variants"] = "3",
        });
        var list = await staff.Follow(response);

        long.TryParse(offeredSeed, out var seed).ShouldBeTrue();
        seed.ShouldBePositive();
        form.QuerySelectorAll("#Data_CenterId option").Select(o => o.GetAttribute("value")).ShouldBe([TestData.NamSachCenter]);
        list.TextOf("#paper-message").ShouldBe("Đã tạo đề thi: mã đề 101, 102, 103 (hạt giống 20180415).");
        // The test clock stands still, so papers of other tests share the instant: find this one by its seed.
        var row = list.QuerySelectorAll("#papers tbody tr").Single(r => r.Children[3].TextContent.Trim() == "20180415");
        row.QuerySelectorAll("a.print-link").Select(a => a.TextContent.Trim()).ShouldBe(["Mã đề 101", "Mã đề 102", "Mã đề 103"]);
        row.QuerySelectorAll("a.key-link").ShouldBeEmpty();
    }

    [Fact]
    public async Task DrawingForAnotherCentreIsForbiddenAndABankTooSmallIsExplainedWithNothingStored()
    {
        var topic = ExamPages.NewTopic();
        await portal.ApprovedQuestions(topic, Difficulty.Hard, 1);
        await portal.Blueprint(topic, Difficulty.Hard, 4);
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        using var lecturer = await portal.SignedInAs(TestAccounts.Lecturer291);
        var form = await staff.GetDocument("/Exams/Papers");
        var before = await portal.CountOf(db => db.ExamPapers);

        using var other = await staff.PostForm("/Exams/Papers", form, new() { ["Data.CenterId"] = TestData.CityCenter, ["Data.ProgramCode"] = "NTD", ["Data.Seed"] = "1", ["Data.Variants"] = "2" });
        using var small = await staff.PostForm("/Exams/Papers", form, new() { ["Data.CenterId"] = TestData.NamSachCenter, ["Data.ProgramCode"] = "NTD", ["Data.Seed"] = "1", ["Data.Variants"] = "2" });
        using var badInput = await staff.PostForm("/Exams/Papers", form, new() { ["Data.CenterId"] = TestData.NamSachCenter, ["Data.ProgramCode"] = "NTD", ["Data.Seed"] = "abc", ["Data.Variants"] = "99" });
        using var byLecturer = await lecturer.PostForm("/Exams/Papers", await lecturer.GetDocument("/Exams/Papers"), new() { ["Data.CenterId"] = TestData.NamSachCenter, ["Data.ProgramCode"] = "NTD", ["Data.Seed"] = "1", ["Data.Variants"] = "1" });

        other.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byLecturer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PageClient.Parse(small)).TextOf(".form-errors").ShouldContain($"Chuyên đề {topic}, mức Khó: cần 4 câu, ngân hàng chỉ có 1 câu đã duyệt (thiếu 3)");
        var invalid = await PageClient.Parse(badInput);
        invalid.FieldError("Data.Seed").ShouldBe("Hạt giống phải là một số nguyên.");
        invalid.FieldError("Data.Variants").ShouldBe("Số mã đề phải từ 1 đến 24.");
        (await portal.CountOf(db => db.ExamPapers)).ShouldBe(before);
    }

    [Fact]
    public async Task ThePrintViewShowsTheExamHeaderAndTheVariantsQuestionsWithoutAnswersToEveryoneOfTheCentre()
    {
        var paper = await portal.Paper(TestData.NamSachCenter, questions: 3, variants: 2);
        var variant = paper.Paper.Variant("102")!;
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        using var lecturer = await portal.SignedInAs(TestAccounts.Lecturer291);
        using var otherCentre = await portal.SignedInAs(TestAccounts.Manager288);

        var print = await staff.GetDocument($"/Exams/Paper/{paper.Id}/102");
        var byLecturer = await lecturer.GetDocument($"/Exams/Paper/{paper.Id}/102");

        print.TextOf("#variant-code").ShouldBe("Mã đề 102");
        print.TextOf(".exam-head .issuer").ShouldContain("NAM SÁCH");
        print.TextOf(".exam-title").ShouldContain("Chương trình:");
        print.QuerySelectorAll("#questions li.question").Select(q => q.QuerySelector(".stem")!.TextContent.Trim())
            .ShouldBe(variant.Items.Select(i => $"Câu {i.Number}. {i.Stem}"));
        print.QuerySelectorAll("#questions li.question")[0].QuerySelectorAll("li.option").Select(o => o.TextContent.Trim())
            .ShouldBe(variant.Items[0].Options.Select(o => $"{o.Key}. {o.Text}"));
        print.TextOf("article.exam-paper").ShouldNotContain("Đáp án", Case.Insensitive);
        print.QuerySelectorAll(".answer, .correct, a.key-link").ShouldBeEmpty();
        byLecturer.TextOf("#variant-code").ShouldBe("Mã đề 102");
        (await otherCentre.StatusOf($"/Exams/Paper/{paper.Id}/102")).ShouldBe(HttpStatusCode.Forbidden);
        (await staff.StatusOf($"/Exams/Paper/{paper.Id}/909")).ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheAnswerKeyIsShownOnlyToTheKeyPolicysRolesAndEveryViewIsAudited()
    {
        var paper = await portal.Paper(TestData.CityCenter, questions: 4, variants: 2);
        var key = paper.Paper.Variant("101")!.AnswerKey;
        using var manager = await portal.SignedInAs(TestAccounts.Manager288);
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        using var staffOtherCentre = await portal.SignedInAs(TestAccounts.Staff291);
        using var auditor = await portal.SignedInAs(TestAccounts.Auditor);

        var first = await manager.GetDocument($"/Exams/Key/{paper.Id}/101");
        await manager.GetDocument($"/Exams/Key/{paper.Id}/101");
        await admin.GetDocument($"/Exams/Key/{paper.Id}/102");
        var list = await manager.GetDocument("/Exams/Papers");

        first.TextOf("#variant-code").ShouldBe("Mã đề 101");
        first.QuerySelectorAll("#answer-key tbody tr").Select(r => r.QuerySelector("td.answer")!.TextContent.Trim())
            .ShouldBe(key.OrderBy(k => k.Key).Select(k => k.Value));
        list.QuerySelector($"#papers tr[data-paper='{paper.Id}'] a.key-link").ShouldNotBeNull();
        (await staffOtherCentre.StatusOf($"/Exams/Key/{paper.Id}/101")).ShouldBe(HttpStatusCode.Forbidden);
        (await auditor.StatusOf($"/Exams/Key/{paper.Id}/101")).ShouldBe(HttpStatusCode.Forbidden);
        (await portal.AuditCount("ExamPaper.KeyRead", paper.Id.ToString())).ShouldBe(3);
        var reads = await portal.CountOf(db => db.AuditEntries.Where(a => a.Action == "ExamPaper.KeyRead" && a.EntityId == paper.Id.ToString() && a.Actor == TestAccounts.Manager288.Email && a.To == "Mã đề 101"));
        reads.ShouldBe(2);
    }

    [Fact]
    public async Task CentreStaffAndLecturersOfTheCentreAreRefusedTheKeyUnderTheDefaultPolicy()
    {
        var paper = await portal.Paper(TestData.NamSachCenter, questions: 2, variants: 1);
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        using var lecturer = await portal.SignedInAs(TestAccounts.Lecturer291);

        (await staff.StatusOf($"/Exams/Key/{paper.Id}/101")).ShouldBe(HttpStatusCode.Forbidden);
        (await lecturer.StatusOf($"/Exams/Key/{paper.Id}/101")).ShouldBe(HttpStatusCode.Forbidden);
        (await lecturer.GetDocument("/Exams/Papers")).QuerySelector($"#papers tr[data-paper='{paper.Id}'] a.print-link").ShouldNotBeNull();
        (await lecturer.GetDocument("/Exams/Papers")).QuerySelector("#generate-form").ShouldBeNull();
        (await portal.AuditCount("ExamPaper.KeyRead", paper.Id.ToString())).ShouldBe(0);
    }
}
