using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using TrainingDomain.Classes;

namespace TrainingDomain.AdminPortal.Tests.Pages.Classes;

/// <summary>Taking a session out of the timetable: offered only while nobody was marked for it, audited, refused to other roles.</summary>
public class TimetableRemovalTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ASessionWithoutAttendanceIsRemovedAndAMarkedOneOffersNoRemoval()
    {
        // TP Hải Dương's NTD-01/2018 has four sessions; the first two have marks.
        var id = await portal.IdOf(TestData.CityCenter, "NTD-01/2018");
        using var manager = await portal.SignedInAs(TestAccounts.Manager288);
        var page = await manager.GetDocument($"/Classes/Timetable/{id}");
        page.QuerySelector("#remove-session-1").ShouldBeNull();
        page.QuerySelector("#remove-session-2").ShouldBeNull();
        page.TextOf("#sessions tr[data-session='1']").ShouldContain("Đã điểm danh, không bỏ được");

        using var response = await manager.Submit(page, "remove-session-4", []);
        var after = await manager.Follow(response);

        after.TextOf(".alert-success").ShouldBe("Đã bỏ buổi 4 khỏi thời khóa biểu.");
        after.QuerySelectorAll("#sessions tbody tr").Select(r => r.GetAttribute("data-session")).ShouldBe(["1", "2", "3"]);
        (await portal.ClassOf(id)).Sessions.Select(s => s.Number).ShouldBe([1, 2, 3]);
        var audit = await portal.Query(db => db.AuditEntries.Where(e => e.EntityId == id.ToString() && e.Action == "Session.Removed").ToListAsync(TestContext.Current.CancellationToken));
        audit.ShouldHaveSingleItem().Actor.ShouldBe(TestAccounts.Manager288.Email);
    }

    [Fact]
    public async Task AForgedRemovalOfAMarkedSessionGetsTheLibrarysReason()
    {
        var id = await portal.IdOf(TestData.CityCenter, "NTD-01/2018");
        using var manager = await portal.SignedInAs(TestAccounts.Manager288);
        var page = await manager.GetDocument($"/Classes/Timetable/{id}");
        var before = await portal.Snapshot(id);

        using var response = await manager.PostForm($"/Classes/Timetable/{id}?handler=Remove&number=1", page, page.HiddenOf("session-form", []));

        (await response.Refusal()).TextOf(".form-errors").ShouldStartWith("Không thể bỏ buổi 1");
        (await portal.Snapshot(id)).ShouldBe(before);
    }

    [Fact]
    public async Task OtherCentresStaffAuditorsAndLecturersCannotRemoveASession()
    {
        var id = await portal.IdOf(TestData.CityCenter, "NTD-02/2018");
        using var auditor = await portal.SignedInAs(TestAccounts.Auditor);
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        using var lecturer = await portal.SignedInAs(TestAccounts.Lecturer291);
        var readOnly = await auditor.GetDocument($"/Classes/Timetable/{id}");
        readOnly.QuerySelectorAll("form[id^=remove-session]").ShouldBeEmpty();
        var own = await staff.GetDocument($"/Classes/Timetable/{await portal.IdOf(TestData.NamSachCenter, "NTD-01/2018")}");
        var version = (await portal.VersionOf(id)).ToString(CultureInfo.InvariantCulture);

        (await auditor.PostForm($"/Classes/Timetable/{id}?handler=Remove&number=2", readOnly, new() { ["Version"] = version })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.PostForm($"/Classes/Timetable/{id}?handler=Remove&number=2", own, new() { ["Version"] = version })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await lecturer.GetAsync($"/Classes/Timetable/{id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await portal.ClassOf(id)).Sessions.Count.ShouldBe(2);
    }
}

/// <summary>The Open page names each opening rule in Vietnamese and says what it checks.</summary>
public class OpenPageRuleNamesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task EachRuleIsShownByItsVietnameseNameWithItsExplanationNotItsId()
    {
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-TEN/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var page = await staff.GetDocument($"/Classes/Open/{id}");

        var rows = page.QuerySelectorAll("#opening-rules tbody tr").ToList();
        rows.Select(r => r.GetAttribute("data-rule")).ShouldBe(OpeningRules.Default().Rules.Select(r => r.Id));
        rows.ShouldAllBe(r => !r.QuerySelector("td.rule-name")!.TextContent.Contains("Opening."));
        page.TextOf("#opening-rules tr[data-rule='Opening.DecisionIssued'] td.rule-name strong").ShouldBe("Có quyết định mở lớp");
        page.TextOf("#opening-rules tr[data-rule='Opening.DecisionIssued'] td.rule-name .rule-help").ShouldBe("Trung tâm đã ghi quyết định mở lớp (số, ngày, người ký).");
        page.TextOf("#opening-rules tr[data-rule='Opening.RequiredPeriods'] td.rule-name strong").ShouldBe("Đủ số tiết của chương trình");
        page.TextOf("#opening-rules tr[data-rule='Opening.ClassSize'] td.rule-name strong").ShouldBe("Sĩ số trong giới hạn");
        page.TextOf("#opening-rules thead th").ShouldBe("Điều kiện");
    }

    [Fact]
    public async Task AnAuditorSeesTheRulesButCannotOpenAndAForgedPostIsForbidden()
    {
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-KT/2018");
        using var auditor = await portal.SignedInAs(TestAccounts.Auditor);
        var page = await auditor.GetDocument($"/Classes/Open/{id}");
        page.QuerySelector("#open-form").ShouldBeNull();
        page.QuerySelectorAll("#opening-rules tbody tr").ShouldNotBeEmpty();
        var version = (await portal.VersionOf(id)).ToString(CultureInfo.InvariantCulture);

        (await auditor.PostForm($"/Classes/Open/{id}", page, new() { ["Version"] = version })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await portal.ClassOf(id)).Status.ShouldBe(ClassStatus.Enrolling);
    }
}

/// <summary>An upload over the request limit is answered with the page and a Vietnamese message, not the server's bare 413.</summary>
public class NominationUploadLimitTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AFileOverTheRequestLimitIsExplainedOnThePageAndNothingIsWritten()
    {
        var id = await portal.EnrollingClass(TestData.NamSachCenter, "NTD-31MB/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var page = await staff.GetDocument($"/Classes/Nominations/{id}");
        var huge = new byte[31 * 1024 * 1024];
        huge.AsSpan().Fill((byte)'a');

        using var response = await staff.Upload(page, "danh-sach-ca-tinh.csv", huge);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await staff.GetDocument(response.Headers.Location!.OriginalString);

        after.TextOf("#upload-error").ShouldBe("Tệp tải lên khoảng 31,0 MB, vượt giới hạn 5 MB của một danh sách cử đi học. Hãy tách danh sách thành các tệp nhỏ hơn (ví dụ mỗi đơn vị cử một tệp) rồi nhập lần lượt.");
        after.QuerySelector("#upload-form").ShouldNotBeNull();
        (await portal.ClassOf(id)).Nominations.ShouldBeEmpty();
    }

    [Fact]
    public async Task TheLimitIsCheckedBeforeTheBodyIsReadSoAnotherCentresUserGetsNoMessageAboutTheClass()
    {
        var id = await portal.EnrollingClass(TestData.CityCenter, "NTD-31MB/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var own = await staff.GetDocument($"/Classes/Nominations/{await portal.IdOf(TestData.NamSachCenter, "NTD-01/2018")}");
        using var body = new MultipartFormDataContent();
        body.Add(new StringContent(own.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken");
        var file = new ByteArrayContent(new byte[31 * 1024 * 1024]);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        body.Add(file, "Upload", "lon.csv");

        using var response = await staff.PostAsync($"/Classes/Nominations/{id}?handler=Preview", body, TestContext.Current.CancellationToken);

        // The redirect leads to the page, which refuses the user as any other request would.
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await staff.GetAsync(response.Headers.Location!.OriginalString, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await portal.ClassOf(id)).Nominations.ShouldBeEmpty();
    }
}

/// <summary>The remaining posts of the class pages, allowed and refused: the detail page's decisions, results and certificates by role.</summary>
public class ClassPagesRemainingPostsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheOpeningDecisionIsRecordedAndStartingEnrolmentMovesTheClassOn()
    {
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var id = await portal.PlanThroughPage(staff, TestData.NamSachCenter, "NTD", "NTD-QD/2018", "10/09/2018", "14/09/2018");
        var planned = await staff.GetDocument($"/Classes/Detail/{id}");
        using (var decided = await staff.Submit(planned, "opening-decision-form", new() { ["DecisionNumber"] = "40-QĐ/TTCT", ["DecisionDate"] = "25/08/2018", ["DecisionSigner"] = "Giám đốc" }))
        {
            (await staff.Follow(decided)).TextOf("#class-facts").ShouldContain("40-QĐ/TTCT");
        }

        var page = await staff.GetDocument($"/Classes/Detail/{id}");
        using (var approved = await staff.Submit(page, "approve-form", new() { ["DecisionNumber"] = "41-QĐ/HU", ["DecisionDate"] = "26/08/2018", ["DecisionSigner"] = "Bí thư" }))
        {
            page = await staff.Follow(approved);
        }

        using var started = await staff.Submit(page, "start-enrolment-form", []);
        var enrolling = await staff.Follow(started);

        enrolling.TextOf(".alert-success").ShouldBe("Lớp NTD-QD/2018 bắt đầu tiếp nhận học viên.");
        enrolling.TextOf("#class-status").ShouldBe("Đang chiêu sinh");
        var stored = await portal.ClassOf(id);
        stored.Status.ShouldBe(ClassStatus.Enrolling);
        stored.OpeningDecision!.Number.ShouldBe("40-QĐ/TTCT");
    }

    [Fact]
    public async Task EveryDetailPostIsForbiddenToAnAuditorAndToAnotherCentresStaff()
    {
        using var manager = await portal.SignedInAs(TestAccounts.Manager288);
        var id = await portal.PlanThroughPage(manager, TestData.CityCenter, "NTD", "NTD-CAM/2018", "10/09/2018", "14/09/2018");
        using var auditor = await portal.SignedInAs(TestAccounts.Auditor);
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var readOnly = await auditor.GetDocument($"/Classes/Detail/{id}");
        var own = await staff.GetDocument($"/Classes/Detail/{await portal.IdOf(TestData.NamSachCenter, "NTD-01/2018")}");
        var version = (await portal.VersionOf(id)).ToString(CultureInfo.InvariantCulture);
        var before = await portal.Snapshot(id);

        foreach (var handler in new[] { "Approve", "OpeningDecision", "StartEnrolment", "Cancel" })
        {
            Dictionary<string, string> Fields() => new()
            {
                ["Version"] = version, ["DecisionNumber"] = "1-QĐ", ["DecisionDate"] = "20/08/2018", ["DecisionSigner"] = "Ai đó", ["CancelReason"] = "Thử",
            };
            (await auditor.PostForm($"/Classes/Detail/{id}?handler={handler}", readOnly, Fields())).StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"auditor {handler}");
            (await staff.PostForm($"/Classes/Detail/{id}?handler={handler}", own, Fields())).StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"Nam Sách staff {handler}");
        }

        (await portal.Snapshot(id)).ShouldBe(before);
    }

    [Fact]
    public async Task ThePlanPageRefusesAnAuditorAndAClassAtAnotherCentre()
    {
        using var auditor = await portal.SignedInAs(TestAccounts.Auditor);
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var form = await staff.GetDocument("/Classes/Plan");
        var index = await auditor.GetDocument("/Classes");
        Dictionary<string, string> Fields(string center) => new()
        {
            ["Data.CenterId"] = center, ["Data.ProgramCode"] = "NQ", ["Data.Code"] = "NQ-LAN/2018", ["Data.Venue"] = "Hội trường",
            ["Data.Start"] = "03/09/2018", ["Data.End"] = "04/09/2018", ["Data.Capacity"] = "50",
        };

        (await staff.PostForm("/Classes/Plan", form, Fields(TestData.CityCenter))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await auditor.PostForm("/Classes/Plan", index, Fields(TestData.NamSachCenter))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await portal.Query(db => db.TrainingClasses.CountAsync(c => c.Code == "NQ-LAN/2018", TestContext.Current.CancellationToken))).ShouldBe(0);
    }

    [Fact]
    public async Task ResultsAndCertificatesPostsAreForbiddenToAnAuditorAndAnotherCentresStaff()
    {
        var id = await portal.IdOf(TestData.CityCenter, "NQ-01/2018");
        using var auditor = await portal.SignedInAs(TestAccounts.Auditor);
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var results = await auditor.GetDocument($"/Classes/Results/{id}");
        var certificates = await auditor.GetDocument($"/Classes/Certificates/{id}");
        var own = await staff.GetDocument($"/Classes/Results/{await portal.IdOf(TestData.NamSachCenter, "NTD-01/2018")}");
        var version = (await portal.VersionOf(id)).ToString(CultureInfo.InvariantCulture);
        var before = await portal.Snapshot(id);

        foreach (var url in new[]
        {
            $"/Classes/Results/{id}", $"/Classes/Results/{id}?handler=Complete", $"/Classes/Results/{id}?handler=Close",
            $"/Classes/Certificates/{id}?handler=Issue", $"/Classes/Certificates/{id}?handler=Cancel", $"/Classes/Certificates/{id}?handler=Reissue",
        })
        {
            (await auditor.PostForm(url, url.Contains("Certificates", StringComparison.Ordinal) ? certificates : results, new() { ["Version"] = version, ["Change.Number"] = "1", ["Change.Reason"] = "Thử" }))
                .StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"auditor {url}");
            (await staff.PostForm(url, own, new() { ["Version"] = version, ["Change.Number"] = "1", ["Change.Reason"] = "Thử" }))
                .StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"Nam Sách staff {url}");
        }

        (await staff.GetAsync($"/Classes/Certificates/{id}/print", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await portal.Snapshot(id)).ShouldBe(before);
    }
}

/// <summary>The nominations page's other handlers and the alerts download, refused outside the user's rights.</summary>
public class NominationsAndAlertsByRoleTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AnAuditorReadsButCannotPreviewByHandOrConfirmAndAnotherCentresStaffGetNothing()
    {
        var id = await portal.EnrollingClass(TestData.CityCenter, "NTD-VT/2018");
        using var auditor = await portal.SignedInAs(TestAccounts.Auditor);
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var readOnly = await auditor.GetDocument($"/Classes/Nominations/{id}");
        var own = await staff.GetDocument($"/Classes/Nominations/{await portal.IdOf(TestData.NamSachCenter, "NTD-01/2018")}");
        readOnly.QuerySelector("#manual-form").ShouldBeNull();
        var manual = new Dictionary<string, string>
        {
            ["Manual.FullName"] = "Nguyễn Văn An", ["Manual.BirthDate"] = "01/06/1995", ["Manual.Sex"] = "Nam", ["Manual.Ethnicity"] = "Kinh", ["Manual.Education"] = "THPT",
            ["Manual.PoliticalTheory"] = "Chưa có", ["Manual.Party"] = "Quần chúng ưu tú", ["Manual.OrganizationCode"] = "CB-01",
        };

        (await auditor.PostForm($"/Classes/Nominations/{id}?handler=Manual", readOnly, new(manual))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await auditor.PostForm($"/Classes/Nominations/{id}?handler=Confirm", readOnly, new() { ["Payload"] = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await auditor.GetAsync($"/Classes/Nominations/{id}?handler=Template&format=csv", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staff.PostForm($"/Classes/Nominations/{id}?handler=Manual", own, new(manual))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.PostForm($"/Classes/Nominations/{id}?handler=Confirm", own, new() { ["Payload"] = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.PostForm($"/Classes/Nominations/{id}?handler=Refused", own, new() { ["Payload"] = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.GetAsync($"/Classes/Nominations/{id}?handler=Template&format=xlsx", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await portal.ClassOf(id)).Nominations.ShouldBeEmpty();
    }

    [Fact]
    public async Task TheAlertsListIsRefusedToAnotherCentresStaffAndToALecturerWhoDoesNotTeachTheClass()
    {
        var id = await portal.IdOf(TestData.CityCenter, "NTD-01/2018");
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        using var lecturer = await portal.SignedInAs(TestAccounts.Lecturer291);

        (await staff.GetAsync($"/Classes/Attendance/{id}?handler=Alerts", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await lecturer.GetAsync($"/Classes/Attendance/{id}?handler=Alerts", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
