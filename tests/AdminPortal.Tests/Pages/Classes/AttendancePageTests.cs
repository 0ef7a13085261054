using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TrainingDomain.Classes;

namespace TrainingDomain.AdminPortal.Tests.Pages.Classes;

public class AttendancePageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheSheetListsTheLearnersAndTheStandingFlagsTheAbsentee()
    {
        var id = await portal.ClassId(TestData.CityCenter, "NTD-01/2018");
        using var client = await portal.SignedInAs(TestAccounts.Manager288);
        var page = await client.GetDocument($"/Classes/Attendance/{id}?session=2");

        page.QuerySelectorAll("#sheet tbody tr").Select(r => r.GetAttribute("data-learner")).ShouldBe(["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"], ignoreOrder: true);
        var absentee = page.QuerySelector("#sheet tr[data-learner='Lê Văn Cường'] input[type=radio]:checked")!;
        absentee.GetAttribute("value").ShouldBe(nameof(AttendanceMark.UnexcusedAbsence));
        page.QuerySelectorAll("#standing tr.row-alert").Select(r => r.QuerySelector("th")!.TextContent).ShouldBe(["Lê Văn Cường"]);
        page.TextOf("#alerts").ShouldContain("Lê Văn Cường: vắng không lý do 2 buổi liên tiếp");
        page.TextOf("#alerts").ShouldContain("không thể đạt mức 80 % số tiết");
        page.QuerySelector("a[href='/Classes/Detail/" + id + "']").ShouldNotBeNull();
    }

    [Fact]
    public async Task TheAlertsDownloadAsCsvForTheNominatingOrganisation()
    {
        var id = await portal.ClassId(TestData.CityCenter, "NTD-01/2018");
        using var client = await portal.SignedInAs(TestAccounts.Manager288);
        using var response = await client.GetAsync($"/Classes/Attendance/{id}?handler=Alerts", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).TrimStart('\uFEFF');
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Lớp học,Đơn vị cử,Họ và tên");
        lines.Skip(1).ShouldAllBe(l => l.Contains("NTD-01/2018,Chi bộ thôn Đồng Tâm,Lê Văn Cường"));
        lines.Length.ShouldBe(3);
    }

    [Fact]
    public void CsvCellsThatLookLikeFormulasAreNeutralised()
    {
        var text = Encoding.UTF8.GetString(CsvFile.Of([["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "Nguyễn Văn An"]])).TrimStart('\uFEFF').Trim();

        text.ShouldNotContain(",=");
        text.ShouldNotStartWith("=");
        text.ShouldNotContain(",+1");
        text.ShouldNotContain(",@");
        text.ShouldEndWith("Nguyễn Văn An");
    }

    [Fact]
    public async Task AnExcusedAbsenceWithoutReasonIsRefusedBesideTheFieldAndNothingIsSaved()
    {
        var id = await portal.ClassId(TestData.CityCenter, "NTD-02/2018");
        using var client = await portal.SignedInAs(TestAccounts.Manager288);

        using var refused = await client.PostSheet(id, 1, new() { ["Lý Thị Lan"] = ("Present", null, null), ["Trịnh Văn Minh"] = ("ExcusedAbsence", null, null) });
        var page = await refused.Html(HttpStatusCode.OK);
        var row = page.QuerySelectorAll("#sheet tbody tr").ToList().FindIndex(r => r.GetAttribute("data-learner") == "Trịnh Văn Minh");
        page.ErrorNextTo($"Sheet.Lines[{row}].Reason").ShouldBe("Trịnh Văn Minh: vắng có lý do thì phải ghi lý do.");
        (await MarksOf(id, 1)).ShouldBeEmpty();

        using var saved = await client.PostSheet(id, 1, new() { ["Lý Thị Lan"] = ("Present", null, null), ["Trịnh Văn Minh"] = ("ExcusedAbsence", "Ốm, có giấy của trạm y tế", null) });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await MarksOf(id, 1)).ShouldBe([AttendanceMark.Present, AttendanceMark.ExcusedAbsence], ignoreOrder: true);
        var after = await client.GetDocument($"/Classes/Attendance/{id}?session=1");
        after.TextOf("#saved").ShouldBe("Đã lưu 2 thay đổi điểm danh.");

        using var change = await client.PostSheet(id, 1, new() { ["Lý Thị Lan"] = ("Late", null, null) });
        var changePage = await change.Html(HttpStatusCode.OK);
        changePage.TextOf(".field-error:not(:empty)").ShouldContain("Lý Thị Lan đã được điểm danh 'Có mặt': hãy ghi lý do thay đổi.");
    }

    [Fact]
    public async Task ASheetBuiltBeforeSomeoneElseSavedIsRefusedAsChanged()
    {
        var id = await portal.ClassId(TestData.NamSachCenter, "NTD-01/2018");
        using var first = await portal.SignedInAs(TestAccounts.Staff291);
        using var second = await portal.SignedInAs(TestAccounts.Staff291);
        var stale = await second.GetDocument($"/Classes/Attendance/{id}?session=2");

        using (var saved = await first.PostSheet(id, 2, new() { ["Đỗ Thị Hoa"] = ("Present", null, null) }))
        {
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var rows = stale.QuerySelectorAll("#sheet tbody tr").ToList();
        var fields = new Dictionary<string, string>
        {
            ["Sheet.Session"] = "2",
            ["Sheet.Version"] = stale.QuerySelector("input[name='Sheet.Version']")!.GetAttribute("value")!,
        };
        for (var i = 0; i < rows.Count; i++)
        {
            fields[$"Sheet.Lines[{i}].EnrollmentId"] = rows[i].GetAttribute("data-enrolment")!;
            fields[$"Sheet.Lines[{i}].Mark"] = rows[i].GetAttribute("data-learner") == "Ngô Văn Khánh" ? "Late" : "Present";
        }

        using var refused = await second.PostForm($"/Classes/Attendance/{id}?session=2", stale, fields);
        (await refused.Html(HttpStatusCode.OK)).TextOf(".form-errors").ShouldContain("Lớp NTD-01/2018 vừa được người khác thay đổi sau khi trang được mở");
        (await MarksOf(id, 2)).ShouldBe([AttendanceMark.Present]);
    }

    [Fact]
    public async Task MarkAllPresentPreselectsOnlyTheUnmarkedLearners()
    {
        var id = await portal.ClassId(TestData.CityCenter, "NTD-01/2018");
        using var client = await portal.SignedInAs(TestAccounts.Manager288);
        var page = await client.GetDocument($"/Classes/Attendance/{id}?session=1&prefill=present");

        page.QuerySelector("tr[data-learner='Nguyễn Văn An'] input[type=radio]:checked")!.GetAttribute("value").ShouldBe("Present");
        page.QuerySelector("tr[data-learner='Lê Văn Cường'] input[type=radio]:checked")!.GetAttribute("value").ShouldBe("UnexcusedAbsence");
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryTokenIsRefused()
    {
        var id = await portal.ClassId(TestData.CityCenter, "NQ-01/2018");
        using var client = await portal.SignedInAs(TestAccounts.Manager288);
        using var response = await client.PostAsync(
            $"/Classes/Attendance/{id}?session=1",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Sheet.Session"] = "1", ["Sheet.Version"] = "0" }),
            TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task StaffOfAnotherCentreCannotSeeOrMarkTheClass()
    {
        var id = await portal.ClassId(TestData.CityCenter, "NQ-01/2018");
        using var staff291 = await portal.SignedInAs(TestAccounts.Staff291);
        (await staff291.GetAsync($"/Classes/Attendance/{id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var own = await staff291.GetDocument($"/Classes/Attendance/{await portal.ClassId(TestData.NamSachCenter, "NTD-01/2018")}?session=1");
        var token = own.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = await staff291.PostAsync(
            $"/Classes/Attendance/{id}?session=1",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Sheet.Session"] = "1", ["Sheet.Version"] = "0",
                ["Sheet.Lines[0].EnrollmentId"] = Guid.NewGuid().ToString(), ["Sheet.Lines[0].Mark"] = "Present",
            }),
            TestContext.Current.CancellationToken);
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ALecturerMarksOnlyTheSessionsTheyTeach()
    {
        // Every session of the test data is taught by GV-288-01; the Nam Sách lecturer (GV-291-01) teaches none.
        var namSach = await portal.ClassId(TestData.NamSachCenter, "NTD-01/2018");
        using var other = await portal.SignedInAs(TestAccounts.Lecturer291);
        var readOnly = await other.GetDocument($"/Classes/Attendance/{namSach}?session=1");
        readOnly.QuerySelector("#read-only").ShouldNotBeNull();
        readOnly.QuerySelectorAll("#sheet input[type=radio]:not([disabled])").ShouldBeEmpty();
        using var refused = await other.PostSheet(namSach, 1, new() { ["Đỗ Thị Hoa"] = ("Present", null, null) });
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await MarksOf(namSach, 1)).ShouldBeEmpty();

        var city = await portal.ClassId(TestData.CityCenter, "NQ-01/2018");
        using var own = await portal.SignedInAsLecturer288();
        using var saved = await own.PostSheet(city, 2, new() { ["Phạm Văn Dũng"] = ("Late", null, null) });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await MarksOf(city, 2)).ShouldBe([AttendanceMark.Late]);
    }

    [Fact]
    public async Task ALecturerSeesTheirOwnSessionsLinkedToTheSheets()
    {
        using var own = await portal.SignedInAsLecturer288();
        var page = await own.GetDocument("/Lecturer/MySessions");
        var rows = page.QuerySelectorAll("#my-sessions tbody tr").ToList();
        rows.Count.ShouldBe(4 + 2 + 2 + 2);
        rows.First(r => r.GetAttribute("data-class") == "NQ-01/2018").QuerySelector("a")!.GetAttribute("href").ShouldStartWith("/Classes/Attendance/");

        using var other = await portal.SignedInAs(TestAccounts.Lecturer291);
        (await other.GetDocument("/Lecturer/MySessions")).QuerySelector("#no-sessions").ShouldNotBeNull();

        // GV-288-01 also teaches the Nam Sách class: its sheet opens (and can be marked) although the account belongs to TP Hải Dương.
        var namSach = rows.Single(r => r.GetAttribute("data-class") == "NTD-01/2018" && r.TextContent.Contains("20/03/2018") && r.GetAttribute("data-session") == "1");
        var sheet = await own.GetDocument(namSach.QuerySelector("a")!.GetAttribute("href")!);
        sheet.QuerySelectorAll("#sheet input[type=radio]:not([disabled])").ShouldNotBeEmpty();
        (await own.GetAsync($"/Classes/Results/{await portal.ClassId(TestData.NamSachCenter, "NTD-01/2018")}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        (await staff.GetAsync("/Lecturer/MySessions", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private Task<List<AttendanceMark>> MarksOf(Guid classId, int session) => portal.Query(async db =>
    {
        var trainingClass = await db.TrainingClasses.AsNoTracking().SingleAsync(c => c.Id == classId, TestContext.Current.CancellationToken);
        return trainingClass.Enrollments.Select(e => e.MarkFor(session)?.Mark).OfType<AttendanceMark>().ToList();
    });
}
