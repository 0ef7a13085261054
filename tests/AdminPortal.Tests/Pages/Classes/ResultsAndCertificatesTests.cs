using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingDomain.Assessment;
using TrainingDomain.Classes;

namespace TrainingDomain.AdminPortal.Tests.Pages.Classes;

/// <summary>
/// One class from attendance to a verified certificate, through the pages only: the TP Hải Dương NTD class's learners
/// attend, the class is completed, scores are entered (bad ones refused beside their field), certificates are issued
/// to those who qualify, printed, verified on the public page, cancelled and re-issued.
/// </summary>
public class ResultsAndCertificatesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AClassGoesFromAttendanceToVerifiedCertificates()
    {
        var id = await portal.ClassId(TestData.CityCenter, "NTD-01/2018");
        using var client = await portal.SignedInAs(TestAccounts.Manager288);
        for (var session = 1; session <= 4; session++)
        {
            var marks = new Dictionary<string, (string, string?, string?)> { ["Nguyễn Văn An"] = ("Present", null, null), ["Trần Thị Bình"] = ("Present", null, null) };
            if (session > 2)
            {
                marks["Lê Văn Cường"] = ("Present", null, null);
            }

            using var saved = await client.PostSheet(id, session, marks);
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"session {session}");
        }

        // Results are recorded for a completed class: the page offers completion first.
        var results = await client.GetDocument($"/Classes/Results/{id}");
        results.QuerySelectorAll("#results-form input[name$='.Score']:not([disabled])").ShouldBeEmpty();
        using (var completed = await client.Submit(results, "complete-form", []))
        {
            completed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        results = await client.GetDocument($"/Classes/Results/{id}");
        results.TextOf("#completed").ShouldBe("Lớp đã kết thúc.");
        results.TextOf("#class-status").ShouldContain("Đã kết thúc");

        using (var bad = await client.PostForm($"/Classes/Results/{id}", results, Scores(results, ("Nguyễn Văn An", "11"), ("Trần Thị Bình", "bảy"), ("Lê Văn Cường", "6,55"))))
        {
            var page = await bad.Html(HttpStatusCode.OK);
            page.ErrorNextTo(ScoreField(page, "Nguyễn Văn An")).ShouldBe("Nguyễn Văn An: điểm 11 phải từ 0 đến 10, lẻ đến 0,1.");
            page.ErrorNextTo(ScoreField(page, "Trần Thị Bình")).ShouldBe("Trần Thị Bình: 'bảy' không phải là điểm; hãy nhập số từ 0 đến 10, ví dụ 7,5.");
            page.ErrorNextTo(ScoreField(page, "Lê Văn Cường")).ShouldBe("Lê Văn Cường: điểm 6,55 phải từ 0 đến 10, lẻ đến 0,1.");
            page.QuerySelector($"input[name='{ScoreField(page, "Trần Thị Bình")}']")!.GetAttribute("value").ShouldBe("bảy");
        }

        (await ResultCount(id)).ShouldBe(0);

        // Lê Văn Cường attended 10 of 20 periods: a passing score without an approved exception refuses the whole sheet.
        using (var refused = await client.PostForm($"/Classes/Results/{id}", results, Scores(results, ("Nguyễn Văn An", "8,5"), ("Trần Thị Bình", "7"), ("Lê Văn Cường", "9"))))
        {
            (await refused.Html(HttpStatusCode.OK)).TextOf(".form-errors").ShouldContain("phê duyệt ngoại lệ về chuyên cần");
        }

        (await ResultCount(id)).ShouldBe(0);
        using (var saved = await client.PostForm($"/Classes/Results/{id}", results, Scores(results, ("Nguyễn Văn An", "8,5"), ("Trần Thị Bình", "7"))))
        {
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        results = await client.GetDocument($"/Classes/Results/{id}");
        results.TextOf("#saved").ShouldBe("Đã lưu kết quả của 2 học viên.");
        results.QuerySelector("tr[data-learner='Nguyễn Văn An'] .classification")!.TextContent.ShouldBe("Giỏi");
        results.QuerySelector("tr[data-learner='Trần Thị Bình'] .classification")!.TextContent.ShouldBe("Khá");

        // Closing the assessment makes the results final: the form is read-only and a forced post is refused by the library.
        using (var closed = await client.Submit(results, "close-form", []))
        {
            closed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var final = await client.GetDocument($"/Classes/Results/{id}");
        final.TextOf("#completed").ShouldBe("Đã khóa kết quả đánh giá của lớp.");
        final.QuerySelectorAll("#results-form input[name$='.Score']:not([disabled])").ShouldBeEmpty();
        using (var late = await client.PostForm($"/Classes/Results/{id}", results, Scores(results, ("Nguyễn Văn An", "4"))))
        {
            (await late.Html(HttpStatusCode.OK)).TextOf(".form-errors").ShouldContain("Chỉ ghi kết quả khi lớp ở trạng thái 'Đã kết thúc'");
        }

        (await ResultCount(id)).ShouldBe(2);

        // Certificates: one batch; Lê Văn Cường has no result and is listed with the library's reason.
        var certificates = await client.GetDocument($"/Classes/Certificates/{id}");
        using (var issued = await client.PostForm($"/Classes/Certificates/{id}?handler=Issue", certificates, []))
        {
            var page = await issued.Html(HttpStatusCode.OK);
            page.TextOf("#batch h2").ShouldBe("Đã cấp 2 giấy chứng nhận; 1 học viên chưa đủ điều kiện");
            page.QuerySelectorAll("#not-issued tbody th").Select(t => t.TextContent).ShouldBe(["Lê Văn Cường"]);
            page.QuerySelector("#not-issued tbody td")!.TextContent.ShouldNotBeNullOrWhiteSpace();
            page.QuerySelectorAll("#certificates tbody tr[data-status='Valid']").Count.ShouldBe(2);
        }

        var register = await portal.Query(db => db.CertificateRegisters.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken));
        var an = register.Certificates.Single(c => c.LearnerName == "Nguyễn Văn An");
        var binh = register.Certificates.Single(c => c.LearnerName == "Trần Thị Bình");

        var print = await client.GetDocument($"/Classes/Certificates/{id}/print?number={Uri.EscapeDataString(an.Number)}");
        var sheet = print.QuerySelector("article.certificate")!;
        print.QuerySelectorAll("article.certificate").Length.ShouldBe(1);
        sheet.TextContent.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        sheet.TextContent.ShouldContain("Độc lập - Tự do - Hạnh phúc");
        sheet.TextContent.ShouldContain("GIẤY CHỨNG NHẬN");
        sheet.QuerySelector(".certificate-name")!.TextContent.ShouldContain("Nguyễn Văn An");
        sheet.TextContent.ShouldContain("Ngày sinh: 01/06/1995");
        sheet.TextContent.ShouldContain("8,5 điểm – xếp loại Giỏi");
        sheet.QuerySelector(".number")!.TextContent.ShouldBe(an.Number);
        sheet.QuerySelector(".date-line")!.TextContent.ShouldBe("Hải Dương, ngày 13 tháng 04 năm 2018");
        sheet.QuerySelector(".verify-url")!.TextContent.ShouldBe($"https://localhost/verify/{an.VerificationCode}");
        sheet.QuerySelector("img.qr")!.GetAttribute("src").ShouldStartWith("data:image/png;base64,");
        sheet.GetAttribute("data-paper").ShouldBe("A4");

        // A5 landscape on request; any other size is refused with its reason.
        var a5 = await client.GetDocument($"/Classes/Certificates/{id}/print?size=a5&number={Uri.EscapeDataString(an.Number)}");
        a5.QuerySelector("article.certificate")!.GetAttribute("data-paper").ShouldBe("A5");
        a5.QuerySelector("article.certificate .certificate-name")!.TextContent.ShouldContain("Nguyễn Văn An");
        a5.QuerySelectorAll("style").ShouldContain(s => s.TextContent.Contains("size: A5 landscape", StringComparison.Ordinal));
        var a3 = await client.GetAsync($"/Classes/Certificates/{id}/print?size=A3", TestContext.Current.CancellationToken);
        a3.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await a3.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Khổ giấy phải là A4 hoặc A5.");

        // The public page: no sign-in, name, programme and date only.
        var (status, html) = await portal.GetPage($"/verify/{an.VerificationCode}");
        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Giấy chứng nhận này CÒN HIỆU LỰC.");
        html.ShouldContain("Nguyễn Văn An");
        html.ShouldContain("13/04/2018");
        html.ShouldNotContain("01/06/1995");
        html.ShouldNotContain(an.Number);
        html.ShouldNotContain("Chi bộ thôn Đồng Tâm");

        // Cancel needs a reason; a cancelled certificate is reported as such; a re-issue gets a new number and code.
        certificates = await client.GetDocument($"/Classes/Certificates/{id}");
        using (var noReason = await client.PostForm($"/Classes/Certificates/{id}?handler=Cancel", certificates, certificates.HiddenOf("change-form", new() { ["Change.Number"] = an.Number, ["Change.Reason"] = " " })))
        {
            (await noReason.Html(HttpStatusCode.OK)).ErrorNextTo("Change.Reason").ShouldBe("Hãy nhập lý do.");
        }

        using (var cancelled = await client.PostForm($"/Classes/Certificates/{id}?handler=Cancel", certificates, certificates.HiddenOf("change-form", new() { ["Change.Number"] = an.Number, ["Change.Reason"] = "Cấp nhầm" })))
        {
            cancelled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await portal.GetPage($"/verify/{an.VerificationCode}")).Html.ShouldContain("Giấy chứng nhận này ĐÃ BỊ HỦY.");
        certificates = await client.GetDocument($"/Classes/Certificates/{id}");
        using (var reissued = await client.PostForm($"/Classes/Certificates/{id}?handler=Reissue", certificates, certificates.HiddenOf("change-form", new() { ["Change.Number"] = binh.Number, ["Change.Reason"] = "Sai chính tả tên" })))
        {
            reissued.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var after = await client.GetDocument($"/Classes/Certificates/{id}");
        after.TextOf("#done").ShouldStartWith($"Đã hủy giấy chứng nhận số {binh.Number} và cấp lại số ");
        after.QuerySelectorAll("#certificates tbody tr[data-status='Valid']").Select(r => r.QuerySelector("th")!.TextContent).ShouldBe(["Trần Thị Bình"]);
        after.QuerySelectorAll("#certificates tbody tr[data-status='Cancelled']").Length.ShouldBe(2);
    }

    [Fact]
    public async Task OnlyTheCentresOwnStaffEnterResultsOrIssueCertificates()
    {
        var id = await portal.ClassId(TestData.CityCenter, "NQ-01/2018");
        using var staff291 = await portal.SignedInAs(TestAccounts.Staff291);
        (await staff291.GetAsync($"/Classes/Results/{id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff291.GetAsync($"/Classes/Certificates/{id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // An auditor reads but does not change; a lecturer of the centre neither enters results nor completes the class.
        using var auditor = await portal.SignedInAs(TestAccounts.Auditor);
        var readOnly = await auditor.GetDocument($"/Classes/Results/{id}");
        readOnly.QuerySelector("#complete-form").ShouldBeNull();
        using var lecturer = await portal.SignedInAsLecturer288();
        var page = await lecturer.GetDocument($"/Classes/Results/{id}");
        using var complete = await lecturer.PostForm($"/Classes/Results/{id}?handler=Complete", page, []);
        complete.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await portal.Query(db => db.TrainingClasses.Where(c => c.Id == id).Select(c => c.Status).SingleAsync(TestContext.Current.CancellationToken)))
            .ShouldBe(ClassStatus.InProgress);
    }

    [Fact]
    public async Task CertificatesAreNotIssuedBeforeTheClassIsCompleted()
    {
        var id = await portal.ClassId(TestData.CityCenter, "NTD-02/2018");
        using var client = await portal.SignedInAs(TestAccounts.Manager288);
        var page = await client.GetDocument($"/Classes/Certificates/{id}");
        page.QuerySelector("#issue-form").ShouldBeNull();
        page.TextOf("#not-completed").ShouldBe("Giấy chứng nhận chỉ được cấp khi lớp đã kết thúc.");

        using var forced = await client.PostForm($"/Classes/Certificates/{id}?handler=Issue", page, []);
        (await forced.Html(HttpStatusCode.OK)).TextOf(".form-errors").ShouldContain("Chỉ cấp giấy chứng nhận khi lớp NTD-02/2018 đã kết thúc");
    }

    private static string ScoreField(AngleSharp.Html.Dom.IHtmlDocument page, string learner) =>
        page.QuerySelector($"tr[data-learner='{learner}'] input[name$='.Score']")!.GetAttribute("name")!;

    private static Dictionary<string, string> Scores(AngleSharp.Html.Dom.IHtmlDocument page, params (string Learner, string Score)[] scores)
    {
        var fields = new Dictionary<string, string>();
        var rows = page.QuerySelectorAll("#results-form tbody tr").ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            fields[$"Scores[{i}].EnrollmentId"] = rows[i].GetAttribute("data-enrolment")!;
            var learner = rows[i].GetAttribute("data-learner");
            foreach (var (name, score) in scores.Where(s => s.Learner == learner))
            {
                fields[$"Scores[{i}].Score"] = score;
            }
        }

        return fields;
    }

    private Task<int> ResultCount(Guid classId) => portal.Query(async db =>
    {
        var ids = (await db.TrainingClasses.AsNoTracking().SingleAsync(c => c.Id == classId, TestContext.Current.CancellationToken)).Enrollments.Select(e => e.Id).ToList();
        return await db.AssessmentResults.CountAsync(r => ids.Contains(r.EnrolmentId) && r.Kind == AssessmentKind.FinalPaper, TestContext.Current.CancellationToken);
    });
}
