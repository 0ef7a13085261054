using System.Net;
using TrainingDomain.Classes;

namespace TrainingDomain.AdminPortal.Tests.Pages.Classes;

public class ClassListAndPlanPages(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task CentreStaffListOnlyTheirCentresClassesAndTheFiltersNarrowTheList()
    {
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var own = await staff.GetDocument("/Classes");
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        var nq = await admin.GetDocument($"/Classes?center={TestData.CityCenter}&program=NQ&to=30/06/2018");
        var q2 = await admin.GetDocument($"/Classes?center={TestData.CityCenter}&from=01/04/2018&to=30/06/2018&status=InProgress");

        own.QuerySelectorAll("#classes tbody tr").ShouldAllBe(r => r.TextContent.Contains("Nam Sách"));
        nq.QuerySelectorAll("#classes tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ShouldBe(["NQ-01/2018"]);
        nq.CellsOf("#classes tbody tr").ShouldBe("NQ-01/2018|Trung tâm Chính trị thành phố Hải Dương|NQ|12/02/2018 – 13/02/2018|60|Đang học");
        q2.QuerySelectorAll("#classes tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ShouldBe(["NTD-02/2018"]);
    }

    [Fact]
    public async Task TheListPagesTwentyClassesAtATime()
    {
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        for (var k = 0; k < 21; k++)
        {
            await portal.PlanThroughPage(admin, TestData.KimThanhCenter, "NQ", $"P-{k:00}/2018", "03/09/2018", "04/09/2018");
        }

        var first = await admin.GetDocument($"/Classes?center={TestData.KimThanhCenter}");
        var second = await admin.GetDocument(first.QuerySelector("a[rel=next]")!.GetAttribute("href")!);

        first.QuerySelectorAll("#classes tbody tr").Length.ShouldBe(20);
        first.TextOf(".pager span").ShouldBe("Trang 1/2");
        second.QuerySelectorAll("#classes tbody tr").Length.ShouldBe(1);
        second.QuerySelector("a[rel=next]").ShouldBeNull();
    }

    [Fact]
    public async Task ABadFilterDateIsExplainedInVietnamese()
    {
        using var admin = await portal.SignedInAs(TestAccounts.Admin);
        var page = await admin.GetDocument("/Classes?from=31/02/2018");

        page.TextOf("[data-valmsg-for='From']").ShouldBe("Từ ngày: \"31/02/2018\" không phải ngày hợp lệ theo dạng dd/MM/yyyy.");
    }

    [Fact]
    public async Task AnEmptyPlanFormNamesEveryMissingFieldInVietnamese()
    {
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var form = await staff.GetDocument("/Classes/Plan");
        using var response = await staff.PostForm("/Classes/Plan", form, new() { ["Data.CenterId"] = TestData.NamSachCenter, ["Data.Start"] = "5/9/2018" });
        var page = await PageClient.Parse(response);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.TextOf("[data-valmsg-for='Data.Code']").ShouldBe("Vui lòng nhập Mã lớp.");
        page.TextOf("[data-valmsg-for='Data.ProgramCode']").ShouldBe("Vui lòng nhập Chương trình.");
        page.TextOf("[data-valmsg-for='Data.Start']").ShouldBe("Ngày bắt đầu dự kiến: \"5/9/2018\" không phải ngày hợp lệ theo dạng dd/MM/yyyy.");
        page.TextOf("[data-valmsg-for='Data.End']").ShouldBe("Vui lòng nhập Ngày kết thúc dự kiến (dd/MM/yyyy).");
        page.TextOf("[data-valmsg-for='Data.Capacity']").ShouldBe("Vui lòng nhập Số chỗ.");
    }

    [Fact]
    public async Task ADuplicateCodeIsRefusedWithTheLibrarysReasonNextToTheCode()
    {
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var form = await staff.GetDocument("/Classes/Plan");
        using var response = await staff.PostForm("/Classes/Plan", form, new()
        {
            ["Data.CenterId"] = TestData.NamSachCenter, ["Data.ProgramCode"] = "NTD", ["Data.Code"] = "NTD-01/2018", ["Data.Venue"] = "Hội trường",
            ["Data.Start"] = "05/09/2018", ["Data.End"] = "07/09/2018", ["Data.Capacity"] = "40",
        });

        (await PageClient.Parse(response)).TextOf("[data-valmsg-for='Data.Code']").ShouldBe("Trung tâm Chính trị huyện Nam Sách đã có lớp mã 'NTD-01/2018'.");
    }

    [Fact]
    public async Task AClassFromTheAnnualPlanTakesTheLinesCentreAndProgramme()
    {
        using var manager = await portal.SignedInAs(TestAccounts.Manager288);
        var form = await manager.GetDocument("/Classes/Plan");
        var line = form.QuerySelectorAll("select[name='Data.PlanItemId'] option").Single(o => o.TextContent.Contains("– NQ –"));
        using var response = await manager.PostForm("/Classes/Plan", form, new()
        {
            ["Data.PlanItemId"] = line.GetAttribute("value")!, ["Data.Code"] = "NQ-KH/2018", ["Data.Venue"] = "Hội trường",
            ["Data.Start"] = "10/09/2018", ["Data.End"] = "11/09/2018", ["Data.Capacity"] = "50",
        });

        var page = await manager.Follow(response);
        page.TextOf(".alert-success").ShouldBe("Đã lập kế hoạch lớp NQ-KH/2018.");
        page.TextOf("#fact-program").ShouldBe("NQ");
        page.TextOf("#fact-plan").ShouldBe("Theo kế hoạch năm");
        page.TextOf("#class-status").ShouldBe("Dự kiến");
    }
}

public class ClassDetailPage(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ApprovingOffersStartingEnrolmentAndNoLongerOffersApproval()
    {
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var id = await portal.PlanThroughPage(staff, TestData.NamSachCenter, "NTD", "NTD-DUYET/2018", "10/09/2018", "14/09/2018");
        var planned = await staff.GetDocument($"/Classes/Detail/{id}");
        planned.QuerySelector("#start-enrolment-form").ShouldBeNull();

        using var response = await staff.Submit(planned, "approve-form", new() { ["DecisionNumber"] = "25-QĐ/HU", ["DecisionDate"] = "20/08/2018", ["DecisionSigner"] = "Bí thư Huyện ủy" });
        var approved = await staff.Follow(response);

        approved.TextOf(".alert-success").ShouldBe("Đã phê duyệt lớp NTD-DUYET/2018.");
        approved.TextOf("#class-status").ShouldBe("Đã phê duyệt");
        approved.QuerySelector("#approve-form").ShouldBeNull();
        approved.QuerySelector("#start-enrolment-form").ShouldNotBeNull();
        (await portal.ClassOf(id)).ApprovalDecision!.Number.ShouldBe("25-QĐ/HU");
    }

    [Fact]
    public async Task AnApprovalWithoutItsDecisionIsExplainedFieldByField()
    {
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var id = await portal.PlanThroughPage(staff, TestData.NamSachCenter, "NTD", "NTD-THIEU/2018", "10/09/2018", "14/09/2018");
        var planned = await staff.GetDocument($"/Classes/Detail/{id}");

        using var response = await staff.Submit(planned, "approve-form", new() { ["DecisionNumber"] = "", ["DecisionDate"] = "2018-08-20", ["DecisionSigner"] = "" });
        var page = await PageClient.Parse(response);

        page.TextOf("#approve-form [data-valmsg-for='DecisionNumber']").ShouldBe("Vui lòng nhập Số quyết định.");
        page.TextOf("#approve-form [data-valmsg-for='DecisionDate']").ShouldBe("Ngày quyết định: \"2018-08-20\" không phải ngày hợp lệ theo dạng dd/MM/yyyy.");
        (await portal.ClassOf(id)).Status.ShouldBe(ClassStatus.Planned);
    }

    [Fact]
    public async Task CancellingNeedsAReasonAndThenOffersNoMoreChanges()
    {
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var id = await portal.PlanThroughPage(staff, TestData.NamSachCenter, "NTD", "NTD-HUY/2018", "10/09/2018", "14/09/2018");
        var planned = await staff.GetDocument($"/Classes/Detail/{id}");

        using var empty = await staff.Submit(planned, "cancel-form", new() { ["CancelReason"] = " " });
        (await PageClient.Parse(empty)).TextOf("[data-valmsg-for='CancelReason']").ShouldBe("Vui lòng nhập Lý do hủy lớp.");
        using var response = await staff.Submit(planned, "cancel-form", new() { ["CancelReason"] = "Không đủ học viên" });
        var cancelled = await staff.Follow(response);

        cancelled.TextOf("#class-status").ShouldBe("Đã hủy");
        cancelled.TextOf("#fact-cancellation").ShouldBe("Không đủ học viên (13/04/2018)");
        cancelled.QuerySelectorAll("#state-changes form").ShouldBeEmpty();
    }

    [Fact]
    public async Task AStalePageIsToldTheClassChanged()
    {
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        using var colleague = await portal.SignedInAs(TestAccounts.Staff291);
        var id = await portal.PlanThroughPage(staff, TestData.NamSachCenter, "NTD", "NTD-CU/2018", "10/09/2018", "14/09/2018");
        var mine = await staff.GetDocument($"/Classes/Detail/{id}");
        var theirs = await colleague.GetDocument($"/Classes/Detail/{id}");
        (await colleague.Submit(theirs, "cancel-form", new() { ["CancelReason"] = "Trùng lịch" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var response = await staff.Submit(mine, "approve-form", new() { ["DecisionNumber"] = "26-QĐ/HU", ["DecisionDate"] = "20/08/2018", ["DecisionSigner"] = "Bí thư" });

        (await PageClient.Parse(response)).TextOf(".form-errors").ShouldBe("Lớp học đã thay đổi sau khi trang được mở, vui lòng tải lại trang và thực hiện lại.");
        (await portal.ClassOf(id)).Status.ShouldBe(ClassStatus.Cancelled);
    }

    [Fact]
    public async Task AnOpenedClassOffersNoStateChangeAndAForgedPostGetsTheLibrarysReason()
    {
        using var manager = await portal.SignedInAs(TestAccounts.Manager288);
        var id = await portal.IdOf(TestData.CityCenter, "NTD-02/2018");
        var page = await manager.GetDocument($"/Classes/Detail/{id}");
        page.QuerySelectorAll("#state-changes form").ShouldBeEmpty();

        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var current = await portal.VersionOf(id);
        using var response = await manager.PostAsync($"/Classes/Detail/{id}?handler=Cancel", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Version"] = current.ToString(System.Globalization.CultureInfo.InvariantCulture), ["CancelReason"] = "Thử",
        }), TestContext.Current.CancellationToken);

        (await PageClient.Parse(response)).TextOf(".form-errors").ShouldBe("Không thể chuyển lớp từ trạng thái 'Đang học' sang 'Đã hủy'.");
    }

    [Fact]
    public async Task StaffOfAnotherCentreAreRefusedAndAnUnknownClassIsNotFound()
    {
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var city = await portal.IdOf(TestData.CityCenter, "NTD-01/2018");
        var own = await portal.IdOf(TestData.NamSachCenter, "NTD-01/2018");
        var page = await staff.GetDocument($"/Classes/Detail/{own}");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        (await staff.GetAsync($"/Classes/Detail/{city}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.PostAsync($"/Classes/Detail/{city}?handler=Cancel", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["CancelReason"] = "Thử",
        }), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.GetAsync($"/Classes/Detail/{Guid.NewGuid()}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.GetDocument($"/Classes?center={TestData.CityCenter}")).QuerySelectorAll("#classes tbody tr").ShouldBeEmpty();
        (await portal.ClassOf(city)).Status.ShouldBe(ClassStatus.InProgress);
    }

    [Fact]
    public async Task AnAuditorReadsButCannotChangeAndALecturerHasNoClassPages()
    {
        using var auditor = await portal.SignedInAs(TestAccounts.Auditor);
        using var lecturer = await portal.SignedInAs(TestAccounts.Lecturer291);
        var id = await portal.IdOf(TestData.NamSachCenter, "NTD-01/2018");
        var page = await auditor.GetDocument($"/Classes/Detail/{id}");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        page.QuerySelector("#state-changes").ShouldBeNull();
        (await auditor.GetAsync("/Classes/Plan", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await auditor.PostAsync($"/Classes/Detail/{id}?handler=Cancel", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["CancelReason"] = "Thử",
        }), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await lecturer.GetAsync("/Classes", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await lecturer.GetAsync($"/Classes/Detail/{id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryTokenIsRefused()
    {
        using var staff = await portal.SignedInAs(TestAccounts.Staff291);
        var id = await portal.PlanThroughPage(staff, TestData.NamSachCenter, "NTD", "NTD-AF/2018", "10/09/2018", "14/09/2018");

        using var response = await staff.PostAsync($"/Classes/Detail/{id}?handler=Cancel", new FormUrlEncodedContent(new Dictionary<string, string> { ["CancelReason"] = "Giả mạo" }), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await portal.ClassOf(id)).Status.ShouldBe(ClassStatus.Planned);
    }
}
