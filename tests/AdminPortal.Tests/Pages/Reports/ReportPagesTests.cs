using System.Net;
using System.Text;
using MiniExcelLibs;

namespace TrainingDomain.AdminPortal.Tests.Pages.Reports;

public class ReportPages(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Q1 = "kind=Quarter&year=2018&quarter=1&policy=Calendar";

    [Fact]
    public async Task TheReportShowsTotalsCentresProgrammesPlanAndTheCountingRules()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var page = await client.GetDocument("/Reports?" + Q1);

        page.CellsOf("#total-classes").ShouldBe("Số lớp đã mở|3|0");
        page.CellsOf("#total-turns").ShouldBe("Lượt học viên|9|0");
        page.TextOf("#no-class h2").ShouldBe("Trung tâm chưa mở lớp (10)");
        page.QuerySelectorAll("#no-class li").Select(li => li.TextContent).ShouldContain("Trung tâm Chính trị huyện Kim Thành");
        var city = page.QuerySelectorAll("#per-centre tbody tr").Single(r => r.TextContent.Contains("thành phố Hải Dương"));
        city.QuerySelectorAll("td").Select(c => c.TextContent).Take(5).ShouldBe(["Trung tâm Chính trị thành phố Hải Dương", "2", "7", "0", "0"]);
        page.QuerySelectorAll("#per-programme tbody tr").Select(r => string.Join('|', r.QuerySelectorAll("td").Take(4).Select(c => c.TextContent)))
            .ShouldBe(["NQ|Học tập, quán triệt nghị quyết|1|4", "NTD|Bồi dưỡng nhận thức về Đảng|2|5"]);
        page.TextOf("#counting-rules").ShouldContain("Count.LearnerTurn v1");
        page.QuerySelectorAll("#plan tbody tr").Last().TextContent.ShouldContain("Tổng cộng");
    }

    [Fact]
    public async Task TheExcelFileHoldsTheSameNumbers()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        using var response = await client.GetAsync("/Reports?handler=Excel&" + Q1, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("bao-cao-quy-1-2018-calendar.xlsx");
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var summary = file.Query(useHeaderRow: true, sheetName: "Tổng hợp").Cast<IDictionary<string, object>>().ToList();
        Convert.ToInt32(summary.Single(r => (string)r["Chỉ tiêu"] == "Số lớp đã mở")["Kỳ này"]).ShouldBe(TestData.Q1Classes);
        Convert.ToInt32(summary.Single(r => (string)r["Chỉ tiêu"] == "Lượt học viên")["Kỳ này"]).ShouldBe(TestData.Q1LearnerTurns);
        file.Position = 0;
        var centres = file.Query(useHeaderRow: true, sheetName: "Theo trung tâm").Cast<IDictionary<string, object>>().ToList();
        Convert.ToInt32(centres.Single(r => (string)r["Trung tâm"] == "Trung tâm Chính trị huyện Kim Thành")["Số lớp đã mở"]).ShouldBe(0);
    }

    [Fact]
    public async Task TheCsvFileHoldsTheSameNumbers()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        using var response = await client.GetAsync("/Reports?handler=Csv&" + Q1, TestContext.Current.CancellationToken);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = Encoding.UTF8.GetString(bytes);
        text.ShouldContain("Số lớp đã mở,3,0\r\n");
        text.ShouldContain("Lượt học viên,9,0\r\n");
        text.ShouldContain("Trung tâm Chính trị huyện Kim Thành,0,0,0,0\r\n");
    }

    [Theory]
    [InlineData("")]
    [InlineData("handler=Csv&")]
    [InlineData("handler=Excel&")]
    public async Task CentreStaffAreRefusedAnotherCentresReportInEveryFormat(string handler)
    {
        using var client = await portal.SignedInAs(TestAccounts.Staff291);
        using var response = await client.GetAsync($"/Reports?{handler}{Q1}&center={TestData.CityCenter}", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ACentreManagersExcelHoldsTheirCentreOnly()
    {
        using var client = await portal.SignedInAs(TestAccounts.Manager288);
        using var response = await client.GetAsync("/Reports?handler=Excel&" + Q1, TestContext.Current.CancellationToken);

        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var centres = file.Query(useHeaderRow: true, sheetName: "Theo trung tâm").Cast<IDictionary<string, object>>().Select(r => (string)r["Trung tâm"]).ToList();
        centres.ShouldBe(["Trung tâm Chính trị thành phố Hải Dương", "Tổng cộng"]);
    }

    [Fact]
    public async Task AnInvalidQuarterGetsTheFormWithTheMessageInsteadOfAFile()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        using var response = await client.GetAsync("/Reports?handler=Excel&kind=Quarter&year=2018&quarter=0", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PageClient.Parse(response)).TextOf("[data-valmsg-for='Quarter']").ShouldBe("Quý: \"0\" không hợp lệ; nhập quý từ 1 đến 4.");
    }

    [Fact]
    public async Task ThePrintLayoutCarriesThePartyDocumentHeading()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var page = await client.GetDocument("/Reports/Print?" + Q1 + "&number=12-BC/BTGTU&signer=Nguyễn Văn Trưởng");

        page.TextOf(".issuer").ShouldBe("TỈNH ỦY HẢI DƯƠNG BAN TUYÊN GIÁO * Số 12-BC/BTGTU");
        page.TextOf(".nation").ShouldBe("ĐẢNG CỘNG SẢN VIỆT NAM Hải Dương, ngày 13 tháng 4 năm 2018");
        page.TextOf(".document-title").ShouldBe("BÁO CÁO");
        page.TextOf(".document-subject").ShouldContain("Quý I/2018");
        page.CellsOf("#print-centres tr.total").ShouldBe("|Tổng cộng|3|9|0|0");
        page.TextOf(".signature").ShouldBe("T/M BAN TUYÊN GIÁO TRƯỞNG BAN Nguyễn Văn Trưởng");
        page.QuerySelector("link[href^='/css/print.css']").ShouldNotBeNull();
    }

    [Fact]
    public async Task AMistypedDocumentDateIsExplainedInVietnamese()
    {
        using var client = await portal.SignedInAs(TestAccounts.Admin);
        var page = await client.GetDocument("/Reports/Print?" + Q1 + "&date=31/02/2018");

        page.TextOf("[data-valmsg-for='Date']").ShouldBe("Ngày ban hành: \"31/02/2018\" không phải ngày hợp lệ theo dạng dd/MM/yyyy.");
    }
}
