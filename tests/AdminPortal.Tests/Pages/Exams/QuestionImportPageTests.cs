using System.Net;
using System.Text;
using MiniExcelLibs;
using TrainingDomain.AdminPortal.Tests.Pages.Classes;
using TrainingDomain.Assessment;

namespace TrainingDomain.AdminPortal.Tests.Pages.Exams;

/// <summary>
/// Importing questions from CSV or Excel: a preview with each cell's problem, nothing written until the admin confirms,
/// and confirmation all or nothing; bad files (wrong columns, empty, not CSV/Excel, 20 MB, formulas, duplicates) each
/// get a clear message; Windows-1258 and UTF-8 with BOM read the same Vietnamese text.
/// </summary>
public class QuestionImportPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AValidFileIsPreviewedWithoutWritingAndConfirmingWritesEveryQuestionAsADraft()
    {
        var topic = ExamPages.NewTopic();
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        var page = await admin.PreviewQuestions("cau-hoi.csv", QuestionFiles.Utf8(
            QuestionFiles.Header,
            QuestionFiles.Choice(topic, "Đảng Cộng sản Việt Nam được thành lập năm nào?"),
            QuestionFiles.Choice(topic, "Cách mạng Tháng Tám thành công năm nào?", "Trung bình", "C"),
            QuestionFiles.Essay(topic, "Trình bày nội dung cơ bản của Cương lĩnh năm 2011")));

        page.QuerySelectorAll("#preview-rows tbody tr").Length.ShouldBe(3);
        page.QuerySelectorAll("#preview-rows .cell-error").ShouldBeEmpty();
        page.CellOf(3, "Mức độ").ShouldBe("Trung bình");
        (await portal.QuestionsOfTopic(topic)).ShouldBe(0);

        using var confirm = await admin.Submit(page, "confirm-form", []);
        var bank = await admin.Follow(confirm);

        bank.TextOf(".alert-success").ShouldBe("Đã nhập 3 câu hỏi (trạng thái nháp).");
        (await portal.QuestionsOfTopic(topic)).ShouldBe(3);
        (await portal.CountOf(db => db.Questions.Where(q => q.TopicCode == topic && q.Status == QuestionStatus.Draft && q.Kind == QuestionKind.Essay && q.MarkingGuide == "Nêu đủ 3 ý"))).ShouldBe(1);
        (await portal.CountOf(db => db.AuditEntries.Where(a => a.Action == "Question.Imported" && a.Actor == TestAccounts.Admin.Email && a.To!.StartsWith(topic)))).ShouldBe(3);
    }

    [Fact]
    public async Task EveryBadCellIsNamedAndAFileWithAnyBadRowCannotBeConfirmed()
    {
        var topic = ExamPages.NewTopic();
        await portal.ApprovedQuestions(topic, Difficulty.Easy, 1);
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        var page = await admin.PreviewQuestions("cau-hoi.csv", QuestionFiles.Utf8(
            QuestionFiles.Header,
            QuestionFiles.Choice(topic, "Câu hợp lệ thứ nhất"),
            QuestionFiles.Choice(topic, "Câu có mức độ sai", "Rất khó"),
            QuestionFiles.Choice(topic, "Câu có đáp án sai", key: "E"),
            QuestionFiles.Choice(topic, "câu hợp lệ thứ nhất"),
            QuestionFiles.Choice(topic, $"Câu hỏi {topic} Easy số 1"),
            QuestionFiles.Choice(topic, "=HYPERLINK(\"http://x\")"),
            QuestionFiles.Essay(topic, "Câu tự luận thiếu hướng dẫn", "")));

        page.QuerySelector("#confirm-form").ShouldBeNull();
        page.TextOf("#preview p").ShouldStartWith("Chưa nhập câu hỏi nào");
        page.CellOf(2, "Nội dung câu hỏi").ShouldBe("Câu hợp lệ thứ nhất");
        page.CellOf(3, "Mức độ").ShouldBe("Rất khó\"Rất khó\" không hợp lệ; ghi Dễ, Trung bình hoặc Khó.");
        page.CellOf(4, "Đáp án đúng").ShouldEndWith("Đáp án «E» không phải là một trong các phương án (A, B, C).");
        page.CellOf(5, "Nội dung câu hỏi").ShouldEndWith("Trùng nội dung với dòng 1 của danh sách.");
        page.CellOf(6, "Nội dung câu hỏi").ShouldContain("đã có câu hỏi cùng nội dung");
        page.CellOf(7, "Nội dung câu hỏi").ShouldEndWith("Ô bắt đầu bằng dấu \"=\" (công thức Excel); hãy nhập nội dung dạng chữ.");
        page.CellOf(8, "Hướng dẫn chấm").ShouldBe("Câu tự luận cần có hướng dẫn chấm.");

        // Posting a confirmation anyway (the button is not offered) writes nothing either.
        var payload = page.QuerySelector("input[name=Payload]")?.GetAttribute("value");
        payload.ShouldBeNull();
        (await portal.QuestionsOfTopic(topic)).ShouldBe(1);
    }

    [Fact]
    public async Task AConfirmationWithATamperedPreviewIsRefusedAndNothingIsWritten()
    {
        var topic = ExamPages.NewTopic();
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        var page = await admin.PreviewQuestions("cau-hoi.csv", QuestionFiles.Utf8(QuestionFiles.Header, QuestionFiles.Choice(topic, "Một câu hỏi hợp lệ")));
        var payload = page.QuerySelector("#confirm-form input[name=Payload]")!.GetAttribute("value")!;

        using var tampered = await admin.Submit(page, "confirm-form", new() { ["Payload"] = payload[..^4] + "AAAA" });
        using var otherProgram = await admin.PostForm("/Exams/Import?program=DVM&handler=Confirm", page, new() { ["Payload"] = payload });

        (await PageClient.Parse(tampered)).TextOf(".form-errors").ShouldBe("Bản xem trước đã hết hạn hoặc không hợp lệ; vui lòng nhập lại tệp.");
        (await PageClient.Parse(otherProgram)).TextOf(".form-errors").ShouldBe("Bản xem trước đã hết hạn hoặc không hợp lệ; vui lòng nhập lại tệp.");
        (await portal.QuestionsOfTopic(topic)).ShouldBe(0);
    }

    [Fact]
    public async Task AFileWithTheWrongColumnsAnEmptyFileAndAFileThatIsNotCsvOrExcelAreRefusedWithTheReason()
    {
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        var before = await portal.CountOf(db => db.Questions);

        var columns = await admin.PreviewQuestions("sai-mau.csv", QuestionFiles.Utf8("Chuyên đề,Mức độ,Câu hỏi", "NTD-01,Dễ,Câu gì?"));
        var empty = await admin.PreviewQuestions("trong.csv", []);
        var headerOnly = await admin.PreviewQuestions("tieu-de.csv", QuestionFiles.Utf8(QuestionFiles.Header));
        var pdf = await admin.PreviewQuestions("de-thi.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj"));
        var renamed = await admin.PreviewQuestions("de-thi.xlsx", QuestionFiles.Utf8(QuestionFiles.Header));

        columns.TextOf("#upload-error").ShouldStartWith("Tệp không đúng mẫu: thiếu cột \"Loại câu hỏi\", \"Nội dung câu hỏi\"");
        columns.TextOf("#upload-error").ShouldContain("có cột không thuộc mẫu \"Câu hỏi\"");
        empty.TextOf("#upload-error").ShouldStartWith("Tệp trống");
        headerOnly.TextOf("#upload-error").ShouldBe("Tệp chỉ có dòng tiêu đề, không có câu hỏi nào.");
        pdf.TextOf("#upload-error").ShouldBe("Tệp \"de-thi.pdf\" không phải tệp CSV (.csv) hoặc Excel (.xlsx). Hãy dùng tệp mẫu.");
        renamed.TextOf("#upload-error").ShouldBe("Tệp \"de-thi.xlsx\" không phải tệp CSV (.csv) hoặc Excel (.xlsx). Hãy dùng tệp mẫu.");
        (await portal.CountOf(db => db.Questions)).ShouldBe(before);
    }

    [Fact]
    public async Task ATwentyMegabyteFileIsRefusedWithTheLimit()
    {
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        var line = Encoding.UTF8.GetBytes(QuestionFiles.Choice("T", "Câu hỏi lặp lại") + "\r\n");
        var big = new byte[20 * 1024 * 1024];
        for (var at = 0; at + line.Length <= big.Length; at += line.Length)
        {
            line.CopyTo(big, at);
        }

        var page = await admin.PreviewQuestions("lon.csv", big);

        page.TextOf("#upload-error").ShouldBe("Tệp quá lớn (20,0 MB); giới hạn là 5 MB. Hãy tách danh sách thành nhiều tệp.");

        // A body over the server's request limit is sent back to the page with its size rather than a bare 413.
        var refusedByServer = await admin.GetDocument("/Exams/Import?program=NTD&tooLarge=41943040");
        refusedByServer.TextOf("#upload-error").ShouldBe("Tệp quá lớn (40,0 MB); giới hạn là 5 MB. Hãy tách danh sách thành nhiều tệp.");
    }

    [Fact]
    public async Task WindowsCodePage1258AndUtf8WithBomReadTheSameVietnameseText()
    {
        var topic = ExamPages.NewTopic();
        var text = string.Join("\r\n", QuestionFiles.Header, QuestionFiles.Choice(topic, "Nghị quyết Trung ương 4 khóa XII bàn về vấn đề gì?", "Khó"));
        using var admin = await portal.SignedInAs(TestAccounts.Admin);

        var legacy = await admin.PreviewQuestions("cp1258.csv", QuestionFiles.CodePage1258(text));
        var bom = await admin.PreviewQuestions("bom.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        foreach (var page in new[] { legacy, bom })
        {
            page.QuerySelectorAll("#preview-rows .cell-error").ShouldBeEmpty();
            page.CellOf(2, "Nội dung câu hỏi").ShouldBe("Nghị quyết Trung ương 4 khóa XII bàn về vấn đề gì?");
            page.CellOf(2, "Mức độ").ShouldBe("Khó");
            page.CellOf(2, "Loại câu hỏi").ShouldBe("Trắc nghiệm");
        }
    }

    [Fact]
    public async Task AnExcelFileIsReadLikeTheCsvAndTheTemplatesHaveTheColumns()
    {
        var topic = ExamPages.NewTopic();
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        var csvTemplate = await admin.GetByteArrayAsync("/Exams/Import?program=NTD&handler=Template&format=csv", Token);
        var excelTemplate = await admin.GetByteArrayAsync("/Exams/Import?program=NTD&handler=Template&format=xlsx", Token);
        using var sheet = new MemoryStream();
        var columns = QuestionFiles.Header.Split(',');
        sheet.SaveAs(new[] { QuestionFiles.Choice(topic, "Câu hỏi từ Excel"), QuestionFiles.Essay(topic, "Câu tự luận từ Excel") }
            .Select(line => columns.Zip(line.Split(','), (c, v) => (c, v)).ToDictionary(p => p.c, p => (object)p.v)).ToArray());

        var page = await admin.PreviewQuestions("cau-hoi.xlsx", sheet.ToArray());

        Encoding.UTF8.GetString(csvTemplate).TrimStart('\uFEFF').Split("\r\n")[0].ShouldBe(QuestionFiles.Header);
        MiniExcel.GetColumns(new MemoryStream(excelTemplate), useHeaderRow: true).ShouldBe(columns);
        page.QuerySelectorAll("#preview-rows .cell-error").ShouldBeEmpty();
        page.CellOf(3, "Hướng dẫn chấm").ShouldBe("Nêu đủ 3 ý");
        page.QuerySelector("#confirm").ShouldNotBeNull();
    }

    [Fact]
    public async Task OnlyTheProvinceAdminImports()
    {
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        using var auditor = await portal.SignedInAs(TestAccounts.Auditor);
        var form = await staff.GetDocument("/Exams/Papers");

        (await staff.StatusOf("/Exams/Import?handler=Template&format=csv")).ShouldBe(HttpStatusCode.Forbidden);
        (await auditor.StatusOf("/Exams/Import")).ShouldBe(HttpStatusCode.Forbidden);
        using var post = await staff.PostForm("/Exams/Import?handler=Confirm", form, new() { ["Payload"] = "x" });
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
