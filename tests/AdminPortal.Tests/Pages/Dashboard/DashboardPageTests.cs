using System.Net;

namespace TrainingDomain.AdminPortal.Tests.Pages.Dashboard;

public class DashboardPage(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Q1 = "/Dashboard?kind=Quarter&year=2018&quarter=1&policy=Calendar";

    [Theory]
    [InlineData("admin@test.vn")]
    [InlineData("kiemtra@test.vn")]
    public async Task ProvinceWideRolesSeeQuarterOneOfTheWholeProvince(string email)
    {
        using var client = await portal.SignedInAs(TestAccounts.All.Single(a => a.Email == email));
        var page = await client.GetDocument(Q1);

        page.TextOf("h1").ShouldBe("Tổng quan: Quý I/2018");
        page.TextOf("#tile-classes .value").ShouldBe(TestData.Q1Classes.ToString());
        page.TextOf("#tile-turns .value").ShouldBe(TestData.Q1LearnerTurns.ToString());
        page.TextOf("#tile-no-class .value").ShouldBe(TestData.Q1CentresWithoutClasses.ToString());
        page.QuerySelector("#tile-no-class")!.ClassList.ShouldContain("bad");
        page.QuerySelectorAll("#tile-no-class li").Select(li => li.TextContent).ShouldContain("Trung tâm Chính trị huyện Kim Thành");
        page.QuerySelectorAll("#tile-no-class li").Select(li => li.TextContent).ShouldNotContain("Trung tâm Chính trị thành phố Hải Dương");
        // Lê Văn Cường: two consecutive unexcused absences, and 80 % out of reach.
        page.TextOf("#tile-alerts .value").ShouldBe("2");
        page.TextOf("#tile-alerts .label").ShouldBe("Cảnh báo chuyên cần (1 học viên)");
        page.TextOf("#tile-expiring .value").ShouldBe("2");
        page.TextOf("#tile-expiring li").ShouldBe("Trần Thị Dạy – 30/04/2018");
        page.TextOf("#tile-duties .value").ShouldBe("1");
        page.TextOf("#tile-duties li").ShouldBe("Trung tâm Chính trị thành phố Hải Dương: Bộ đề và khảo thí");
        page.TextOf("#tile-duties .note").ShouldBe("11 trung tâm chưa cập nhật nhân sự, phân công nhiệm vụ.");
    }

    [Fact]
    public async Task WithoutAPeriodItShowsTheCurrentQuarterFromTheClock()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var page = await client.GetDocument("/Dashboard");

        page.TextOf("h1").ShouldBe("Tổng quan: Quý II/2018");
        page.TextOf("#tile-classes .value").ShouldBe("1");
        page.QuerySelector("select[name=kind] option[selected]")!.GetAttribute("value").ShouldBe("Quarter");
        page.QuerySelector("input[name=quarter]")!.GetAttribute("value").ShouldBe("2");
    }

    [Fact]
    public async Task UnderDecree09TheQuarterEndsOnThe14thOfMarch()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var page = await client.GetDocument("/Dashboard?kind=Quarter&year=2018&quarter=1&policy=Decree09");

        page.TextOf(".lead").ShouldStartWith("Từ ngày 15/12/2017 đến ngày 14/03/2018");
        // Nam Sách's class of 20/03/2018 falls in Quý II under the decree.
        page.TextOf("#tile-classes .value").ShouldBe("2");
        page.TextOf("#tile-turns .value").ShouldBe("7");
    }

    [Fact]
    public async Task TheTrendCoversEightQuartersEndingWithThePeriod()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var page = await client.GetDocument("/Dashboard?kind=Quarter&year=2018&quarter=2");

        var rows = page.QuerySelectorAll("#trend tbody tr").Select(r => string.Join('|', r.QuerySelectorAll("td").Select(c => c.TextContent))).ToList();
        rows.Count.ShouldBe(8);
        rows[0].ShouldBe("Quý III/2016|0|0");
        rows[6].ShouldBe("Quý I/2018|3|9");
        rows[7].ShouldBe("Quý II/2018|1|2");
    }

    [Fact]
    public async Task CentreStaffSeeTheirOwnCentreOnly()
    {
        using var client = await portal.SignedInAs(TestAccounts.Staff291);
        var page = await client.GetDocument(Q1);

        page.TextOf("#tile-classes .value").ShouldBe("1");
        page.TextOf("#tile-turns .value").ShouldBe("2");
        page.QuerySelectorAll("#centers tbody tr").Select(r => r.QuerySelector("td")!.TextContent).ShouldBe(["Trung tâm Chính trị huyện Nam Sách"]);
        page.TextOf("#tile-expiring li").ShouldBe("Trần Thị Dạy – 30/04/2018");
        page.TextOf("#tile-alerts .value").ShouldBe("0");
        page.TextOf("#tile-duties .value").ShouldBe("0");
        page.TextOf("#tile-duties .note").ShouldBe("1 trung tâm chưa cập nhật nhân sự, phân công nhiệm vụ.");
    }

    [Fact]
    public async Task CentreStaffAreRefusedAnotherCentresFigures()
    {
        using var client = await portal.SignedInAs(TestAccounts.Staff291);
        using var response = await client.GetAsync(Q1 + "&center=" + TestData.CityCenter, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PageClient.Parse(response)).TextOf("[role=alert]").ShouldBe("Bạn không có quyền truy cập trang này hoặc dữ liệu của trung tâm này.");
    }

    [Fact]
    public async Task AProvinceAdminCanLookAtOneCentreAndAnUnknownCentreIsNotFound()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var page = await client.GetDocument(Q1 + "&center=" + TestData.CityCenter);

        page.TextOf("#tile-classes .value").ShouldBe("2");
        page.TextOf("#tile-turns .value").ShouldBe("7");
        (await client.GetAsync(Q1 + "&center=TTCT-999", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task LecturersHaveNoDashboard()
    {
        using var client = await portal.SignedInAs(TestAccounts.Lecturer291);
        (await client.GetAsync(Q1, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    // An unknown period kind.
    [InlineData("kind=Tuan&year=2018", "Kind", "Loại kỳ: \"Tuan\" không phải kỳ báo cáo; chọn tháng, quý, 6 tháng, 9 tháng hoặc năm.")]
    // Quarter 0.
    [InlineData("kind=Quarter&year=2018&quarter=0", "Quarter", "Quý: \"0\" không hợp lệ; nhập quý từ 1 đến 4.")]
    // A number that is no enum name.
    [InlineData("kind=7&year=2018", "Kind", "Loại kỳ: \"7\" không phải kỳ báo cáo; chọn tháng, quý, 6 tháng, 9 tháng hoặc năm.")]
    [InlineData("kind=Month&year=2018&month=13", "Month", "Tháng: \"13\" không hợp lệ; nhập tháng từ 1 đến 12.")]
    [InlineData("year=hai-nghin", "Year", "Năm: \"hai-nghin\" không hợp lệ; nhập năm từ 2000 đến 2100.")]
    [InlineData("year=99999999999999999999", "Year", "Năm: \"99999999999999999999\" không hợp lệ; nhập năm từ 2000 đến 2100.")]
    [InlineData("policy=Lunar", "Policy", "Cách chốt số liệu: \"Lunar\" không hợp lệ; chọn theo dương lịch hoặc theo Nghị định 09/2019.")]
    [InlineData("province=99@2018-01-01", "Province", "Tỉnh: \"99@2018-01-01\" không có trong danh mục đơn vị của kỳ này.")]
    public async Task BadInputIsExplainedNextToItsFieldInVietnamese(string query, string field, string message)
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var page = await client.GetDocument("/Dashboard?" + query);

        page.TextOf($"[data-valmsg-for='{field}']").ShouldBe(message);
        page.QuerySelector("#tiles").ShouldBeNull();
    }

    [Fact]
    public async Task ChartsComeFromTheVendoredChartJsWithItsLicenceAndNoInlineScript()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var page = await client.GetDocument(Q1);

        var scripts = page.QuerySelectorAll("script").ToList();
        scripts.Where(s => s.GetAttribute("type") != "application/json").ShouldAllBe(s => s.GetAttribute("src") != null && s.GetAttribute("src")!.StartsWith('/'));
        scripts.Select(s => s.GetAttribute("src")).ShouldContain("/lib/chart.js/chart.umd.min.js");
        page.QuerySelectorAll("[style]").ShouldBeEmpty("the CSP allows no inline style");
        page.TextOf("#chart-data").ShouldContain("\"classes\":[");
        (await client.GetStringAsync("/lib/chart.js/chart.umd.min.js", TestContext.Current.CancellationToken)).ShouldStartWith("/*!\n * Chart.js v4.6.1");
        (await client.GetStringAsync("/lib/chart.js/LICENSE.md", TestContext.Current.CancellationToken)).ShouldContain("MIT");
    }

    [Fact]
    public async Task EnglishFollowsWhenAskedFor()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var page = await client.GetDocument(Q1 + "&culture=en");

        page.TextOf("#tile-classes .label").ShouldBe("Classes opened");
        page.TextOf("h1").ShouldBe("Overview: Quý I/2018");
    }
}
