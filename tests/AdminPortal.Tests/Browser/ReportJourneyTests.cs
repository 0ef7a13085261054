using Microsoft.Playwright;
using MiniExcelLibs;

namespace TrainingDomain.AdminPortal.Tests.Browser;

/// <summary>The Hải Dương report of 13/04/2018, on the generator's haiduong-2018q1 scenario: 72 classes, 7.443 learner-turns, Kim Thành without a class.</summary>
public class ReportJourney(DemoBrowserSession session) : IClassFixture<DemoBrowserSession>
{
    [Fact]
    public async Task AProvinceAdminSignsInOpensQuarterOneAndDownloadsTheSameNumbersInExcel()
    {
        var page = await session.NewPage();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{page.Url}: {message.Text} ({message.Location})");
            }
        };

        await page.GotoAsync($"{session.BaseUrl}/Dashboard");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Đăng nhập");
        await page.GetByLabel("Thư điện tử").FillAsync(TestAccounts.Admin.Email);
        await page.GetByLabel("Mật khẩu").FillAsync(TestAccounts.Password);
        await BrowserSession.Screenshot(page, "report-1-login");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tổng quan: Quý II/2018");
        await page.GetByLabel("Năm").FillAsync("2018");
        await page.GetByLabel("Quý (khi chọn quý)").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tổng quan: Quý I/2018");
        await Assertions.Expect(page.Locator("#tile-classes .value")).ToHaveTextAsync("72");
        await Assertions.Expect(page.Locator("#tile-turns .value")).ToHaveTextAsync("7.443");
        await Assertions.Expect(page.Locator("#tile-no-class")).ToContainTextAsync("Trung tâm Chính trị huyện Kim Thành");
        // Chart.js drew on the canvases (a drawn canvas gets a size from the library).
        await Assertions.Expect(page.Locator("#chart-trend")).ToHaveAttributeAsync("style", new System.Text.RegularExpressions.Regex("height"));
        await BrowserSession.Screenshot(page, "report-2-dashboard-q1-2018");

        await page.GetByRole(AriaRole.Link, new() { Name = "Xem báo cáo đầy đủ" }).ClickAsync();
        await Assertions.Expect(page.Locator("#no-class")).ToContainTextAsync("Trung tâm Chính trị huyện Kim Thành");
        await BrowserSession.Screenshot(page, "report-3-report-q1-2018");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Tải Excel" }).ClickAsync());
        download.SuggestedFilename.ShouldBe("bao-cao-quy-1-2018-calendar.xlsx");
        var path = Path.Combine(BrowserSession.ScreenshotFolder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var summary = MiniExcel.Query(path, useHeaderRow: true, sheetName: "Tổng hợp").Cast<IDictionary<string, object>>().ToList();
        Convert.ToInt32(summary.Single(r => (string)r["Chỉ tiêu"] == "Số lớp đã mở")["Kỳ này"]).ShouldBe(72);
        Convert.ToInt32(summary.Single(r => (string)r["Chỉ tiêu"] == "Lượt học viên")["Kỳ này"]).ShouldBe(7443);
        Convert.ToInt32(summary.Single(r => (string)r["Chỉ tiêu"] == "Trung tâm có mở lớp")["Kỳ này"]).ShouldBe(11);
        ((string)summary.Single(r => (string)r["Chỉ tiêu"] == "Tên trung tâm chưa mở lớp")["Kỳ này"]).ShouldContain("Trung tâm Chính trị huyện Kim Thành");

        await page.GetByRole(AriaRole.Link, new() { Name = "Bản in (A4)" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nation")).ToContainTextAsync("ĐẢNG CỘNG SẢN VIỆT NAM");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await BrowserSession.Screenshot(page, "report-4-print-a4");
        errors.ShouldBeEmpty("no script or CSP error in the console");
    }
}
