using System.Net;

namespace TrainingDomain.AdminPortal.Tests.Pages.Lecturers;

/// <summary>The lecturer register, profile and matrix on the small test data (two part-time lecturers).</summary>
public class LecturersPages(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static IEnumerable<string> Names(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#lecturers tbody tr td:first-child").Select(c => c.TextContent.Trim());

    [Fact]
    public async Task AProvinceAdminFiltersTheRegisterByCentreAndExpiringRecognition()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);

        Names(await client.GetDocument("/Lecturers")).ShouldBe(["Trần Thị Dạy", "Nguyễn Văn Giảng"]);
        Names(await client.GetDocument("/Lecturers?centre=" + TestData.NamSachCenter)).ShouldBe(["Trần Thị Dạy"]);
        // On 13/04/2018 the Nam Sách recognition ends in 17 days (30/04), the city one in 48 (31/05).
        var expiring = await client.GetDocument("/Lecturers?expiringWithin=20");
        Names(expiring).ShouldBe(["Trần Thị Dạy"]);
        expiring.CellsOf("tr[data-lecturer='GV-291-01']").ShouldEndWith("30/04/2018 (còn 17 ngày)");
        Names(await client.GetDocument("/Lecturers?expiringWithin=60")).Count().ShouldBe(2);
        Names(await client.GetDocument("/Lecturers?kind=FullTime")).ShouldBeEmpty();
    }

    [Fact]
    public async Task CentreStaffSeeOnlyTheirLecturersAndAreRefusedAnotherCentres()
    {
        using var client = await portal.SignedInAs(TestAccounts.Staff291);

        Names(await client.GetDocument("/Lecturers")).ShouldBe(["Trần Thị Dạy"]);
        (await client.GetAsync("/Lecturers/Profile?id=GV-288-01", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/Lecturers?centre=" + TestData.CityCenter, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/Lecturers/Matrix?centre=" + TestData.CityCenter, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/Lecturers/Profile?id=GV-999", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var matrix = await client.GetDocument("/Lecturers/Matrix");
        matrix.QuerySelectorAll("#qualification-matrix tbody tr").Select(r => r.GetAttribute("data-lecturer")).ShouldBe(["GV-291-01"]);
    }

    [Fact]
    public async Task LecturersAndAnonymousUsersCannotOpenTheRegister()
    {
        using var lecturer = await portal.SignedInAs(TestAccounts.Lecturer291);
        (await lecturer.GetAsync("/Lecturers", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var anonymous = portal.Client();
        using var response = await anonymous.GetAsync("/Lecturers", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task TheProfileShowsTheRecognitionTheVerdictsWithReasonsAndTheTeachingLoad()
    {
        using var client = await portal.SignedInAs(TestAccounts.Manager288);
        var page = await client.GetDocument("/Lecturers/Profile?id=GV-288-01");

        page.TextOf("#lecturer-name").ShouldBe("Nguyễn Văn Giảng");
        page.TextOf("#lecturer-kind").ShouldBe("kiêm chức");
        page.CellsOf("#recognitions tbody tr").ShouldBe("15-QĐ/HU|Huyện ủy|01/06/2016|31/05/2018|Còn hiệu lực");
        // Degree, cao cấp and a valid recognition, but no topic in the list: not qualified, and the reason says so.
        var nq = page.QuerySelector("#qualifications tr[data-program='NQ'] td")!;
        nq.GetAttribute("data-outcome").ShouldBe("not-qualified");
        nq.QuerySelector("summary")!.TextContent.Trim().ShouldBe("Không đủ tiêu chuẩn");
        nq.QuerySelector("li.rule-failed")!.GetAttribute("data-rule").ShouldBe("Qualification.TeachesTopic");
        nq.QuerySelectorAll("li.rule-passed").Select(l => l.GetAttribute("data-rule")).ShouldContain("Qualification.PartTimeRecognition");
        // Every session of the four test classes is taught by GV-288-01: 4 + 2 + 2 + 2 sessions of 5 periods in 2018.
        page.CellsOf("#teaching-load tr[data-year='2018']").ShouldBe("2018|4|10|50");
    }

    [Fact]
    public async Task ABadFilterIsExplainedInVietnameseNextToTheField()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var page = await client.GetDocument("/Lecturers?expiringWithin=abc&kind=Teacher");

        page.TextOf("[data-valmsg-for='ExpiringWithin']").ShouldBe("Số ngày hết hạn công nhận: \"abc\" không phải số ngày nguyên từ 0 đến 3650.");
        page.TextOf("[data-valmsg-for='Kind']").ShouldBe("Loại giảng viên: \"Teacher\" không phải loại giảng viên hợp lệ.");
        page.QuerySelector("#lecturers").ShouldBeNull();
    }
}
